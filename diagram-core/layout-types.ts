// The laid-out diagram: every box and every wrapped line has its place.
import type { ElementId, JourneyKind, LaneKind, Priority } from './model.js';

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
    badge?: Badge;
}

export interface DepartmentSpan { id: ElementId; box: Box; text: TextBlock }

export type RowKey = LaneKind | 'touchpoints' | 'emotion';
export interface Row { key: RowKey; title: string; box: Box; text: TextBlock }

export interface Card extends Selectable {
    title: TextBlock;
    details: TextBlock[];
    classes: string[];
    /** Spoken by screen readers and shown as a tooltip. */
    description: string;
    /** "Plan 1, 3": the action-plan items that address this element. */
    badge?: Badge;
}

export interface Badge { text: string; x: number; y: number }

export interface ScoreMarks { x: number; y: number; score: number; max: number }
export interface TouchpointCard extends Card { score?: ScoreMarks; between: boolean }

export interface EmotionPoint { x: number; y: number; value: number; elementId: ElementId }
export interface EmotionCurve { persona?: string; label: string; index: number; points: EmotionPoint[] }
export interface EmotionChart {
    box: Box;
    scale: Array<{ value: number; y: number }>;
    zeroY: number;
    curves: EmotionCurve[];
    lowest?: EmotionPoint;
}

export interface PlanColumn { priority: Priority | 'unplanned'; box: Box; title: TextBlock }
export interface PlanLink { from: ElementId; to: ElementId }
export interface ActionPlan { box: Box; title: TextBlock; columns: PlanColumn[]; cards: Card[]; links: PlanLink[] }

export interface Header {
    title: TextBlock;
    subtitle: TextBlock;
    goal?: TextBlock;
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
}

export interface LayoutOptions {
    /** Show only what applies to this persona (by persona name); everything else when absent. */
    persona?: string;
    /** Row keys to leave out. */
    hiddenRows?: readonly RowKey[];
}
