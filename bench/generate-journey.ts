// Generates a realistic journey of a given size, for benchmarks and layout tests.
// `detailedPhases: false` writes each phase on one line (for the 10 MB journey of many phases).
export function generateJourney(touchpoints: number, phases = Math.max(3, Math.min(50, Math.ceil(touchpoints / 10))), detailedPhases = true): string {
    const lines = [
        `journey generated_${touchpoints} "Generated journey with ${touchpoints} touchpoints" {`,
        '    kind current',
        '    market B2C',
        '    goal "Measure how the tools scale"',
        '    persona family "Two-earners with young kids" {',
        '        age 35-45',
        '        pain "Planning around the kids is hopeless"',
        '    }',
        '    persona seniors "Retired couple"',
        '    department marketing "Marketing"',
        '    department sales "Sales"',
        '    channel website "Website" digital',
        '    channel store "Store" physical',
    ];
    for (let p = 0; p < phases; p++) {
        if (!detailedPhases) {
            lines.push(`    phase p${p} "Phase ${p + 1}"`);
            continue;
        }
        lines.push(`    phase p${p} "Phase ${p + 1}: a step of the customer's journey" {`,
            `        owner ${p < phases / 2 ? 'marketing' : 'sales'}`,
            `        emotion ${((p * 5) % 7) - 3}`,
            `        emotion seniors ${((p * 3) % 7) - 3}`,
            `        does "Compares options and reads reviews in phase ${p + 1}"`,
            `        pain "Waiting too long for an answer in phase ${p + 1}" evidence research`,
            '    }');
    }
    for (let t = 0; t < touchpoints; t++) {
        const p = t % phases;
        const between = t % 3 === 0 && p < phases - 1;
        lines.push(`    touchpoint t${t} "Touchpoint ${t + 1} with a label long enough to wrap onto a second line" {`,
            between ? `        between p${p} and p${p + 1}` : `        in p${p}`,
            `        via ${t % 2 ? 'website' : 'store'}`,
            `        owner ${t % 2 ? 'marketing' : 'sales'}`,
            `        for ${t % 4 === 0 ? 'seniors' : 'family'}`,
            `        score ${(t % 5) + 1}`,
            ...(t % 7 === 0 ? ['        critical'] : []),
            '    }');
    }
    lines.push('    improvement faster "Answer within a day" {', '        owner sales', '        priority now', '        addresses t0, p0', '    }', '}');
    return `${lines.join('\n')}\n`;
}

/** N phases and N touchpoints on the boundaries between them (`after` or `between`): the shape that once made validation quadratic. */
export function generateBoundaryJourney(phases: number, form: 'after' | 'between'): string {
    const lines = [`journey boundaries_${phases} "Boundaries" {`, '    channel website "Website" digital'];
    for (let p = 0; p < phases; p++) lines.push(`    phase p${p} "Phase ${p + 1}"`);
    for (let t = 0; t < phases; t++) {
        const p = t % (phases - 1);
        const place = form === 'after' ? `after p${p}` : `between p${p} and p${p + 1}`;
        lines.push(`    touchpoint t${t} "Touchpoint ${t + 1}" {`, `        ${place}`, '        via website', `        score ${(t % 5) + 1}`, '    }');
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}
