// Fixes that add the line a problem says is missing: a channel's mode, an owner,
// a channel, an evaluation period, evidence, a score, `follows`, `improves`.
import { AstUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import {
    isChannel, isCriticalMark, isDescriptionSetting, isEmotionSetting, isEvaluationSetting, isEvidenceSetting, isFollowsSetting,
    isForSetting, isGoalSetting, isImprovesSetting, isJourney, isKindSetting, isLaneEntry, isMarketSetting, isPhase, isScoreSetting,
    isTouchpoint,
    type Channel, type Department, type Journey, type Phase, type Touchpoint,
} from '../generated/ast.js';
import { t } from '../l10n.js';
import { displayName, firstOf, followedPersonas, journeyKind, ownerOf, phasesOf, SCORE_MAX, SCORE_MIN } from '../journey-queries.js';
import type { FixProvider, FixRequest, QuickFix } from './quick-fix.js';
import { addLineAfter, addMemberLine, appendToHeader, nodeAt, replaceProperty } from './text-layout.js';
import { visibleElements } from './visible-elements.js';

const isSetting = (node: unknown) => isKindSetting(node) || isMarketSetting(node) || isGoalSetting(node) || isDescriptionSetting(node)
    || isEvaluationSetting(node) || isImprovesSetting(node) || isFollowsSetting(node);

/** A journey setting goes after the journey's other settings (or first). */
export function addJourneySetting(request: FixRequest, journey: Journey, text: string): TextEdit {
    const last = journey.members.filter(isSetting).at(-1);
    return last ? addLineAfter(request.document, last, text) : addMemberLine(request.document, journey, text, true);
}

export const addChannelMode: FixProvider = ({ document, diagnostic }) => {
    const channel = nodeAt(document, diagnostic.range.start, isChannel);
    if (!channel || channel.mode) return [];
    return ['digital', 'physical'].map(mode => ({
        title: t('Add `{0}`: channel \'{1}\' is {0}', mode, displayName(channel)),
        edits: [appendToHeader(channel, mode)],
    }));
};

/** `owner <department>` for a phase or touchpoint: the owners of the phases around it first. */
export const addOwner: FixProvider = request => {
    const { document, diagnostic, services } = request;
    const at = diagnostic.range.start;
    const node: Phase | Touchpoint | undefined = nodeAt(document, at, isPhase) ?? nodeAt(document, at, isTouchpoint);
    if (!node) return [];
    const departments = visibleElements<Department>(services, node, 'OwnerSetting', 'department');
    const near = isPhase(node) ? neighbourOwners(node) : [];
    departments.sort((a, b) => rank(near, a.node) - rank(near, b.node));
    return departments.map(({ name, node: department }) => ({
        title: t('Add `owner {0}` ({1})', name, displayName(department)),
        edits: [addMemberLine(document, node, `owner ${name}`)],
        preferred: departments.length === 1,
    }));
};

function neighbourOwners(phase: Phase): Department[] {
    const phases = phasesOf(phase.$container);
    const at = phases.indexOf(phase);
    return [phases[at - 1], phases[at + 1]].flatMap(p => (p && ownerOf(p) ? [ownerOf(p)!] : []));
}

const rank = (near: readonly AstNode[], node: AstNode) => (near.includes(node) ? near.indexOf(node) : near.length);

export const addChannel: FixProvider = ({ document, diagnostic, services }) => {
    const touchpoint = nodeAt(document, diagnostic.range.start, isTouchpoint);
    if (!touchpoint) return [];
    const channels = visibleElements<Channel>(services, touchpoint, 'ChannelSetting', 'channels');
    return channels.map(({ name, node }) => ({
        title: t('Add `via {0}` ({1})', name, displayName(node)),
        edits: [addMemberLine(document, touchpoint, `via ${name}`)],
        preferred: channels.length === 1,
    }));
};

const evaluations = () => [t('Every quarter'), t('Every half year'), t('Every year')];

export const addEvaluation: FixProvider = request => {
    const journey = nodeAt(request.document, request.diagnostic.range.start, isJourney);
    if (!journey) return [];
    return evaluations().map(period => ({
        title: t('Add `evaluation "{0}"`', period),
        edits: [addJourneySetting(request, journey, `evaluation "${period}"`)],
    }));
};

/** `evidence research` or `evidence data` for a score (instead of `evidence assumption`), or no score until it is measured. */
export const addEvidence: FixProvider = ({ document, diagnostic }) => {
    const touchpoint = nodeAt(document, diagnostic.range.start, isTouchpoint);
    const score = touchpoint && firstOf(touchpoint.members, isScoreSetting);
    if (!touchpoint || !score) return [];
    const evidence = firstOf(touchpoint.members, isEvidenceSetting);
    const fixes: QuickFix[] = ['research', 'data'].map(kind => ({
        title: t('Add `evidence {0}`', kind),
        edits: [evidence ? replaceProperty(evidence, 'evidence', kind)! : addLineAfter(document, score, `evidence ${kind}`)],
    }));
    return fixes;
};

export const addScore: FixProvider = ({ document, diagnostic }) => {
    const mark = nodeAt(document, diagnostic.range.start, isCriticalMark);
    if (!mark) return [];
    const meaning: Record<number, string> = { [SCORE_MIN]: t('the company does badly here'), [SCORE_MAX]: t('it does optimally') };
    return Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i).map(score => ({
        title: meaning[score] ? t('Add `score {0}` ({1})', score, meaning[score]) : t('Add `score {0}`', score),
        edits: [addLineAfter(document, mark, `score ${score}`)],
    }));
};

/** `follows <persona>` for each persona the line names that the journey does not follow. */
export const addFollows: FixProvider = request => {
    const at = request.diagnostic.range.start;
    const line = nodeAt(request.document, at, isForSetting) ?? nodeAt(request.document, at, isLaneEntry) ?? nodeAt(request.document, at, isEmotionSetting);
    const journey = line && AstUtils.getContainerOfType(line, isJourney);
    if (!line || !journey) return [];
    const refs = isEmotionSetting(line) ? (line.persona ? [line.persona] : []) : line.personas;
    const followed = new Set(followedPersonas(journey));
    const missing = [...new Set(refs.filter(ref => ref.ref && !followed.has(ref.ref)).map(ref => ref.$refText))];
    return missing.map(persona => ({
        title: t('Add `follows {0}` to the journey', persona),
        edits: [followPersona(request, journey, persona)],
        preferred: missing.length === 1,
    }));
};

/** `follows <name>`: added to the journey's `follows` line, or as a new one. */
export function followPersona(request: FixRequest, journey: Journey, name: string): TextEdit {
    const follows = firstOf(journey.members, isFollowsSetting);
    if (!follows) return addJourneySetting(request, journey, `follows ${name}`);
    const end = follows.$cstNode!.range.end;
    return { range: { start: end, end }, newText: `, ${name}` };
}

/** `improves <journey>` naming each current-state journey this one can see. */
export const addImproves: FixProvider = request => {
    const journey = nodeAt(request.document, request.diagnostic.range.start, isJourney);
    if (!journey) return [];
    const current = visibleElements<Journey>(request.services, journey, 'ImprovesSetting', 'journey')
        .filter(({ node }) => node !== journey && journeyKind(node) === 'current');
    const kind = firstOf(journey.members, isKindSetting);
    return current.map(({ name, node }) => ({
        title: t('Add `improves {0}` ({1})', name, displayName(node)),
        edits: [kind ? addLineAfter(request.document, kind, `improves ${name}`) : addJourneySetting(request, journey, `improves ${name}`)],
        preferred: current.length === 1,
    }));
};

/** `improves` in a journey that is no future state, or naming the wrong journey. */
export const fixImproves: FixProvider = request => {
    const { document, diagnostic, services } = request;
    const journey = nodeAt(document, diagnostic.range.start, isJourney);
    const line = journey && firstOf(journey.members, isImprovesSetting);
    if (!journey || !line) return [];
    const onTarget = diagnostic.range.start.character !== line.$cstNode!.range.start.character
        || diagnostic.range.start.line !== line.$cstNode!.range.start.line;
    if (!onTarget) {
        const kind = firstOf(journey.members, isKindSetting);
        return [{
            title: t('Make this a future-state journey (`kind future`)'),
            edits: [kind ? replaceProperty(kind, 'kind', 'future')! : addJourneySetting(request, journey, 'kind future')],
        }];
    }
    return visibleElements<Journey>(services, journey, 'ImprovesSetting', 'journey')
        .filter(({ node }) => node !== journey && journeyKind(node) === 'current')
        .map(({ name, node }) => ({
            title: t('Improve on \'{0}\' instead (`improves {1}`)', displayName(node), name),
            edits: [replaceProperty(line, 'journey', name)!],
        }));
};
