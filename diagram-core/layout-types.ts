// The laid-out diagram: every box and every wrapped line has its place.
import type { ElementId, Evidence, JourneyKind, LaneKind, Priority } from './model.js';

export interface Box { x: number; y: number; width: number; height: number }

export interface TextBlock {
    lines: string[];
    /** Left edge, or centre when anchor is 'middle'. */
    x: number;
    /** Baseline of the first line. */
    y: number;
    fontSize: number;
    lineHeight: number;
    bold?: boolean;
    anchor?: 'start' | 'middle';
}

/** Something the user can point at: a phase, a touchpoint, a lane entry, an improvement, a persona. */
export interface Selectable { id: ElementId; box: Box; label: string }

export interface PhaseColumn extends Selectable {
    index: number;
    header: Box;
    title: TextBlock;
    owner?: TextBlock;
    /** The phase's description and metrics, under its title. */
    details: TextBlock[];
    /** Spoken by screen readers and shown as a tooltip: the full, unclamped text. */
    description: string;
    badge?: Badge;
}

export interface DepartmentSpan { id: ElementId; box: Box; text: TextBlock }

export type RowKey = LaneKind | 'touchpoints' | 'emotion';
export interface Row { key: RowKey; title: string; box: Box; text: TextBlock }

export interface Card extends Selectable {
    title: TextBlock;
    details: TextBlock[];
    classes: string[];
    /** Spoken by screen readers and shown as a tooltip: the full, unclamped text. */
    description: string;
    /** "Plan 1, 3": the action-plan items that address this element. */
    badge?: Badge;
    /** Evidence marks (R, D, A), each at the top left of its 14×12 box. */
    evidence?: EvidenceMark[];
    /** A persona card the preview can fold: where its fold control sits, and whether it is folded. */
    fold?: { x: number; y: number; folded: boolean };
}

export interface Badge { text: string; x: number; y: number }
export interface EvidenceMark { evidence: Evidence; x: number; y: number }

/** A score on the poor → excellent scale: dots, and the number and word beside them. */
export interface ScoreMarks { x: number; y: number; score: number; max: number; text: string }
export interface TouchpointCard extends Card { score?: ScoreMarks; atRisk?: TextBlock; between: boolean }

export interface EmotionPoint { x: number; y: number; value: number; elementId: ElementId }
/** A touchpoint's own emotion: a labelled point at the touchpoint, off the phase-to-phase line. */
export interface EmotionMoment extends EmotionPoint { label: string }
export interface EmotionCurve { persona?: string; label: string; index: number; points: EmotionPoint[]; moments: EmotionMoment[] }
export interface EmotionChart {
    box: Box;
    scale: Array<{ value: number; y: number }>;
    zeroY: number;
    curves: EmotionCurve[];
    /** Every point at the lowest value, when that value is a low (below 0, or a clear dip); empty otherwise. */
    lowest: EmotionPoint[];
    /** The curves' names, under the row title (only when there is more than one curve). */
    key: Array<{ index: number; text: TextBlock }>;
}

export type LegendSymbol = 'score' | 'digital' | 'physical' | 'between' | 'critical' | 'at-risk'
    | 'evidence-research' | 'evidence-data' | 'evidence-assumption' | 'lowest'
    | 'diff-added' | 'diff-removed' | 'diff-changed' | 'diff-moved' | 'diff-reordered';
export interface LegendItem { symbol: LegendSymbol; x: number; y: number; text: TextBlock; score?: number }
export interface Legend { box: Box; title: TextBlock; items: LegendItem[] }

export interface PlanColumn { priority: Priority | 'unplanned'; box: Box; title: TextBlock }
export interface PlanLink { from: ElementId; to: ElementId }
export interface ActionPlan { box: Box; title: TextBlock; columns: PlanColumn[]; cards: Card[]; links: PlanLink[] }

export interface Header {
    title: TextBlock;
    subtitle: TextBlock;
    goal?: TextBlock;
    description?: TextBlock;
    personas: Card[];
}

export interface DiagramLayout {
    width: number;
    height: number;
    kind: JourneyKind;
    header: Header;
    departments: DepartmentSpan[];
    columns: PhaseColumn[];
    rows: Row[];
    /** Vertical lines between phases, where touchpoints between two phases sit. */
    boundaries: Array<{ x: number; y1: number; y2: number }>;
    entries: Card[];
    touchpoints: TouchpointCard[];
    emotion?: EmotionChart;
    plan?: ActionPlan;
    legend?: Legend;
}

export interface LayoutOptions {
    /** Show only what applies to this persona (by persona name); everything else when absent. */
    persona?: string;
    /** Row keys to leave out. */
    hiddenRows?: readonly RowKey[];
    /** Draw a legend of the marks below the map. */
    legend?: boolean;
    /** Add the change marks of `journey diff --svg` to the legend. */
    diffLegend?: boolean;
    /** Ids of persona cards shown folded (name and one line). */
    foldedPersonas?: readonly ElementId[];
    /** Persona cards get a fold control (the preview). */
    foldable?: boolean;
    /** An element (the selected one) whose texts are shown in full instead of clamped. */
    expanded?: ElementId;
}
