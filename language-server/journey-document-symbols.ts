// The outline: each element by its label with its id beside it, an icon per kind, and the map's
// structure: a journey's personas, channels and departments, its phases with their touchpoints
// (by placement), and the action plan. Shared definitions outside a journey are grouped by kind.
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import {
    isAfterPhase, isBetweenPhases, isImprovement, isJourney, isMetric, isPhase, isTouchpoint,
    type Journey, type JourneyFile, type Phase, type Touchpoint,
} from './generated/ast.js';
import { elementKind } from './journey-node-kinds.js';
import { displayName, placementOf } from './journey-queries.js';
import { t } from './l10n.js';

type Named = AstNode & { name: string; label?: string };

/** A journey's own definitions come first, in this order. */
const DEFINITIONS = ['Persona', 'Channel', 'Department'];

export class JourneyDocumentSymbolProvider implements DocumentSymbolProvider {
    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const file = document.parseResult.value as JourneyFile;
        const journeys = file.elements.filter(isJourney).flatMap(journey => symbolOf(journey, journeyChildren(journey)));
        return [...sharedGroups(file.elements.filter(element => !isJourney(element))), ...journeys];
    }
}

/** Definitions outside any journey, one group per kind: "Personas (2)", in the order the file first uses them. */
function sharedGroups(elements: readonly Named[]): DocumentSymbol[] {
    const kinds = [...new Set(elements.map(element => element.$type))];
    return kinds.flatMap(kind => {
        const members = elements.filter(element => element.$type === kind).flatMap(element => symbolOf(element));
        const title = { Persona: t('Personas'), Channel: t('Channels'), Department: t('Departments') }[kind] ?? kind;
        return group(`${title} (${members.length})`, SymbolKind.Package, members);
    });
}

function journeyChildren(journey: Journey): DocumentSymbol[] {
    const members = journey.members as AstNode[];
    const placed = new Map<Phase, DocumentSymbol[]>();
    const unplaced: DocumentSymbol[] = [];
    for (const touchpoint of members.filter(isTouchpoint)) {
        const [phase, where] = placementWords(touchpoint);
        const symbol = symbolOf(touchpoint, metricsOf(touchpoint), where);
        if (!phase) unplaced.push(...symbol);
        else if (placed.has(phase)) placed.get(phase)!.push(...symbol);
        else placed.set(phase, symbol);
    }
    const definitions = DEFINITIONS.flatMap(kind => members.filter(m => m.$type === kind).flatMap(m => symbolOf(m as Named)));
    const phases = members.filter(isPhase).flatMap(phase => symbolOf(phase, [...metricsOf(phase), ...placed.get(phase) ?? []]));
    const plan = members.filter(isImprovement).flatMap(improvement => symbolOf(improvement, metricsOf(improvement)));
    return [...definitions, ...phases, ...unplaced, ...group(t('Action plan'), SymbolKind.Package, plan)];
}

/** The phase a touchpoint is listed under, and how it sits there. */
function placementWords(touchpoint: Touchpoint): [Phase | undefined, string] {
    const placement = placementOf(touchpoint);
    if (!placement) return [undefined, t('not placed')];
    if (isBetweenPhases(placement)) {
        return [placement.from?.ref, t('between {0} and {1}', placement.from?.$refText ?? '', placement.to?.$refText ?? '')];
    }
    if (!placement.phase?.ref) return [undefined, t('not placed')];
    return [placement.phase.ref, isAfterPhase(placement) ? t('after {0}', placement.phase.$refText) : ''];
}

function metricsOf(node: { members: readonly AstNode[] }): DocumentSymbol[] {
    return node.members.filter(isMetric).flatMap(metric => symbolOf(metric));
}

/** One element: its label as the name, its id (and `where`) as the detail. Nothing while it has no text yet. */
function symbolOf(node: Named, children: DocumentSymbol[] = [], where = ''): DocumentSymbol[] {
    const cst = node.$cstNode;
    if (!cst || !node.name) return [];
    const detail = [node.label !== undefined ? node.name : '', where].filter(Boolean).join(' · ');
    return [{
        name: displayName(node),
        detail,
        kind: elementKind(node.$type)?.symbol ?? SymbolKind.Field,
        range: cst.range,
        selectionRange: GrammarUtils.findNodeForProperty(cst, 'name')?.range ?? cst.range,
        children,
    }];
}

/** A heading over some symbols, spanning them; none when there are none. */
function group(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol[] {
    if (children.length === 0) return [];
    const range: Range = { start: children[0].range.start, end: children[children.length - 1].range.end };
    return [{ name, kind, range, selectionRange: children[0].selectionRange, children }];
}
