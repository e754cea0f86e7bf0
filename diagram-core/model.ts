// The diagram model: what a journey map shows, as plain data. Built from the
// AST by language-server/to-diagram-model.ts; no Langium, VS Code or DOM here.

/** Zero-based position in the source text, as LSP counts it. */
export interface SourcePosition { line: number; character: number }
export interface SourceRange { start: SourcePosition; end: SourcePosition }

export type JourneyKind = 'current' | 'future' | 'day' | 'blueprint';
export type LaneKind = 'thinks' | 'feels' | 'does' | 'asks' | 'needs' | 'pain' | 'gain' | 'idea' | 'change'
    | 'frontoffice' | 'backoffice' | 'support';
export type Evidence = 'research' | 'data' | 'assumption';
export type Priority = 'now' | 'next' | 'later';

/** Every element the user can select has an id unique in the diagram: `phase:orientation`, `touchpoint:ads`. */
export type ElementId = string;

export interface Emotion { persona?: string; value: number }
export interface MetricValue { id: string; label: string; current?: string; target?: string }

export type PersonaAttribute = 'age' | 'gender' | 'lives' | 'income' | 'interest' | 'description' | 'pain' | 'gain';
/** One line of a persona, in the order written: `pain "No time" evidence research`. */
export interface PersonaDetail { attribute: PersonaAttribute; text: string; evidence?: Evidence }
export interface PersonaInfo { id: ElementId; name: string; label: string; details: PersonaDetail[]; range?: SourceRange }
export interface DepartmentInfo { id: ElementId; name: string; label: string }
export interface ChannelInfo { name: string; label: string; mode?: 'digital' | 'physical' }

export interface LaneEntry {
    id: ElementId;
    lane: LaneKind;
    text: string;
    personas: string[];
    evidence?: Evidence;
    range: SourceRange;
}

export interface PhaseInfo {
    id: ElementId;
    name: string;
    label: string;
    description?: string;
    owner?: DepartmentInfo;
    emotions: Emotion[];
    entries: LaneEntry[];
    metrics: MetricValue[];
    range: SourceRange;
}

/**
 * Where a touchpoint sits: in a phase, or on the boundary that takes the customer
 * out of a phase (`after a`, and `between a and b` for consecutive a, b).
 */
export type Placement = { kind: 'in'; phase: string } | { kind: 'after'; phase: string };

export interface TouchpointInfo {
    id: ElementId;
    name: string;
    label: string;
    placement?: Placement;
    channels: ChannelInfo[];
    owner?: DepartmentInfo;
    personas: string[];
    score?: number;
    emotions: Emotion[];
    critical: boolean;
    evidence?: Evidence;
    description?: string;
    metrics: MetricValue[];
    range: SourceRange;
}

export interface ImprovementInfo {
    id: ElementId;
    name: string;
    label: string;
    owner?: DepartmentInfo;
    priority?: Priority;
    description?: string;
    /** Element ids of the phases and touchpoints it addresses. */
    addresses: ElementId[];
    metrics: MetricValue[];
    range: SourceRange;
}

export interface DiagramModel {
    id: ElementId;
    name: string;
    title: string;
    kind: JourneyKind;
    market?: string;
    goal?: string;
    /** The journey's free description (Mermaid's accDescr), shown under the goal. */
    description?: string;
    evaluation?: string;
    improves?: string;
    personas: PersonaInfo[];
    phases: PhaseInfo[];
    touchpoints: TouchpointInfo[];
    improvements: ImprovementInfo[];
    range: SourceRange;
}

export const EMOTION_SCALE = { min: -3, max: 3 } as const;
export const SCORE_SCALE = { min: 1, max: 5, bad: 2 } as const;

export const LANE_TITLES: Record<LaneKind, string> = {
    thinks: 'Thinks', feels: 'Feels', does: 'Does', asks: 'Questions', needs: 'Unmet needs', pain: 'Pain points',
    gain: 'Gains', idea: 'Ideas', change: 'Proposed changes', frontoffice: 'Front office', backoffice: 'Back office',
    support: 'Supporting processes',
};

/** The row order of each map kind (shared/domain/README.md, "Four kinds of map"); `touchpoints` is the contact-moment row. */
export const LANE_ORDER: Record<JourneyKind, Array<LaneKind | 'touchpoints'>> = {
    current: ['thinks', 'feels', 'does', 'touchpoints', 'asks', 'needs', 'pain', 'gain', 'idea', 'change', 'frontoffice', 'backoffice', 'support'],
    future: ['thinks', 'feels', 'does', 'touchpoints', 'asks', 'needs', 'pain', 'gain', 'idea', 'change', 'frontoffice', 'backoffice', 'support'],
    day: ['thinks', 'feels', 'does', 'needs', 'pain', 'idea', 'touchpoints', 'asks', 'gain', 'change', 'frontoffice', 'backoffice', 'support'],
    blueprint: ['does', 'touchpoints', 'frontoffice', 'backoffice', 'support', 'thinks', 'feels', 'asks', 'needs', 'pain', 'gain', 'idea', 'change'],
};

export const KIND_TITLES: Record<JourneyKind, string> = {
    current: 'Current state', future: 'Future state', day: 'Day in the life', blueprint: 'Service blueprint',
};

/** Whether a touchpoint is a moment of truth going wrong: critical and scoring badly. */
export function isMomentOfTruthAtRisk(touchpoint: TouchpointInfo): boolean {
    return touchpoint.critical && touchpoint.score !== undefined && touchpoint.score <= SCORE_SCALE.bad;
}
