// The standard phase models practitioners use (see shared/domain/README.md),
// and the journey kinds' own columns. Used by completion snippets and `journey new`.
export interface PhaseTemplate { id: string; label: string; owner?: string }
export interface PhaseModel { key: string; title: string; source: string; phases: PhaseTemplate[] }

const P = (id: string, label: string, owner?: string): PhaseTemplate => ({ id, label, owner });

export const PHASE_MODELS: PhaseModel[] = [
    { key: '3', title: '3 phases (Lemon & Verhoef)', source: 'Lemon & Verhoef 2016', phases: [
        P('pre_purchase', 'Pre-purchase'), P('purchase', 'Purchase'), P('post_purchase', 'Post-purchase')] },
    { key: '4', title: '4 phases (awareness → retention)', source: 'four-phase model', phases: [
        P('awareness', 'Awareness'), P('consideration', 'Consideration'), P('purchase', 'Purchase'),
        P('retention', 'Retention & advocacy')] },
    { key: '5', title: '5 phases (orientation → loyalty)', source: 'five-step model', phases: [
        P('orientation', 'Orientation'), P('consideration', 'Consideration'), P('decision', 'Decision'),
        P('service', 'Customer service'), P('loyalty', 'Loyalty')] },
    { key: '7', title: '7 phases (suspect → ambassador)', source: 'seven-phase model', phases: [
        P('suspect', 'Suspect', 'marketing'), P('prospect', 'Prospect', 'marketing'), P('lead', 'Lead', 'marketing'),
        P('hot_lead', 'Hot lead', 'sales'), P('customer', 'Customer', 'sales'),
        P('returning_customer', 'Returning customer', 'account_management'), P('ambassador', 'Ambassador', 'account_management')] },
    { key: '9', title: '9 phases (need → ambassador)', source: 'nine-phase model', phases: [
        P('need', 'Latent or concrete need'), P('orientation', 'Orientation'), P('consideration', 'Consideration'),
        P('decision', 'Decision moment'), P('purchase', 'Purchase'), P('delivery', 'Delivery'), P('usage', 'Usage'),
        P('loyalty', 'Loyalty'), P('ambassador', 'Ambassador')] },
    { key: '10', title: '10 phases (latent need → ambassador)', source: 'ten-phase model', phases: [
        P('latent_need', 'Latent need'), P('concrete_need', 'Concrete need'), P('orientation', 'Orientation'),
        P('consideration', 'Consideration'), P('decision', 'Decision moment'), P('purchase', 'Purchase'),
        P('delivery', 'Delivery'), P('usage', 'Usage'), P('loyalty', 'Loyalty'), P('ambassador', 'Ambassador')] },
    { key: 'day', title: 'day in the life (morning → night)', source: 'day-in-the-life map', phases: [
        P('morning', 'Morning'), P('afternoon', 'Afternoon'), P('evening', 'Evening'), P('night', 'Night')] },
];

export const DEPARTMENT_LABELS: Record<string, string> = {
    marketing: 'Marketing', sales: 'Sales', account_management: 'Account management',
};

/** The phases of a model as journey text, one phase per line, owners included when the model has them. */
export function phaseLines(model: PhaseModel): string[] {
    const owners = [...new Set(model.phases.flatMap(p => p.owner ? [p.owner] : []))];
    const departments = owners.map(id => `department ${id} "${DEPARTMENT_LABELS[id] ?? id}"`);
    const phases = model.phases.map(p => p.owner
        ? `phase ${p.id} "${p.label}" {\n    owner ${p.owner}\n}`
        : `phase ${p.id} "${p.label}"`);
    return [...departments, ...phases];
}

export function findPhaseModel(key: string): PhaseModel | undefined {
    return PHASE_MODELS.find(model => model.key === key);
}
