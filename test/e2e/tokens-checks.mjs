// Semantic colours and inlay hints in a real VS Code (issue 12 §2): ids are coloured by
// kind, and the hints (shown while Ctrl+Alt is held: the run sets editor.inlayHints.enabled
// to offUnlessPressed so that other checks read the lines as written) follow the settings,
// changed as a user does, in the Settings editor.

/** The computed colour of the token `word` on the line containing `lineText`. */
async function colourOf(editor, lineText, word) {
    const token = editor.locator('.view-line', { hasText: lineText }).locator('span > span').filter({ hasText: new RegExp(`^\\s*${word}\\s*$`) }).first();
    return token.evaluate(el => getComputedStyle(el).color);
}

/** Polls `read` until `ok` holds (every 250 ms, up to `timeoutMs`); returns the last value read. */
async function until(read, ok, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    let value = await read();
    while (!ok(value) && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 250));
        value = await read();
    }
    return value;
}

/** Ticks or unticks a boolean setting in the Settings editor, then closes it (its tab's close button). */
async function setBooleanSetting(page, key, description, value) {
    const settings = page.locator('.settings-editor');
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.insertText('Preferences: Open User Settings');   // at once: typing is slow on a busy machine
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Preferences: Open User Settings' }).first().waitFor();
    await page.keyboard.press('Enter');
    await settings.waitFor();
    await page.keyboard.insertText(key);                  // the search box has the focus
    const row = settings.locator('.setting-item-bool', { hasText: description }).first();
    const checkbox = row.locator('.setting-value-checkbox');
    await checkbox.waitFor();
    if ((await checkbox.getAttribute('aria-checked')) !== String(value)) await checkbox.click();
    await row.locator(`.setting-value-checkbox[aria-checked="${value}"]`).waitFor({ timeout: 10_000 });
    const tab = page.locator('.tabs-container .tab', { hasText: 'Settings' });
    await tab.hover();
    await tab.locator('.codicon-close').click();
    await settings.waitFor({ state: 'hidden', timeout: 10_000 });
}

export async function tokensChecks({ page, editor, check, expect, screenshot }) {
    await check('tokens: ids are coloured by kind (phase, channel, department differ from each other and from plain text)', async () => {
        const plain = await editor.locator('.view-line span.mtk1').first().evaluate(el => getComputedStyle(el).color);
        const phase = await until(() => colourOf(editor, 'in consideration', 'consideration'), colour => colour !== plain);
        const channel = await colourOf(editor, 'via store', 'store');
        const department = await colourOf(editor, 'owner marketing', 'marketing');
        const keyword = await colourOf(editor, 'in consideration', 'in');
        await screenshot('semantic-tokens');
        const colours = { plain, phase, channel, department, keyword };
        expect(new Set(Object.values(colours)).size === 5, `colours not all different: ${JSON.stringify(colours)}`);
        return JSON.stringify(colours);
    });

    const hintedLines = async () => {
        const text = name => editor.locator('.view-line', { hasText: name }).first().innerText();
        return { label: await text('in consideration'), step: await text('phase orientation'), score: await text('score 3') };
    };
    const withHints = async read => {
        await page.keyboard.down('Control');
        await page.keyboard.down('Alt');
        try {
            return await read();
        } finally {
            await page.keyboard.up('Alt');
            await page.keyboard.up('Control');
        }
    };

    await check('inlay hints: the label after an id, the phase step, what a score means', async () => {
        await editor.click({ position: { x: 200, y: 10 } });
        const lines = await withHints(() => until(hintedLines, l => l.label.includes('Consideration') && l.step.includes('1/3') && l.score.includes('fair')));
        await withHints(() => screenshot('inlay-hints'));
        expect(lines.label.includes('Consideration'), `no label hint: ${JSON.stringify(lines.label)}`);
        expect(lines.step.includes('1/3'), `no phase step: ${JSON.stringify(lines.step)}`);
        expect(lines.score.includes('fair'), `no score meaning: ${JSON.stringify(lines.score)}`);
        return JSON.stringify(lines).replace(/\s+/g, ' ');
    });

    await check('inlay hints: journey.inlayHints.values off removes the meanings, keeps the labels', async () => {
        await setBooleanSetting(page, 'journey.inlayHints.values', 'Show what a', false);
        try {
            await editor.click({ position: { x: 200, y: 10 } });
            const lines = await withHints(() => until(hintedLines, l => !l.score.includes('fair')));
            expect(!lines.score.includes('fair'), `the score meaning is still shown: ${JSON.stringify(lines.score)}`);
            expect(lines.label.includes('Consideration'), `the label hint went too: ${JSON.stringify(lines.label)}`);
            return JSON.stringify(lines).replace(/\s+/g, ' ');
        } finally {
            await setBooleanSetting(page, 'journey.inlayHints.values', 'Show what a', true);
            await editor.click({ position: { x: 200, y: 10 } });
        }
    });
}
