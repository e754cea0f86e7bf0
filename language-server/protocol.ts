// Messages between the language server and its clients beyond standard LSP.
// The server sends a document's diagram when it changes; the client may also ask for it.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { DiagramModel } from '../diagram-core/model.js';

export interface DiagramParams { uri: string; /** Which journey, when a file holds several; the first otherwise. */ journey?: string }
export interface DiagramResult {
    uri: string;
    /** The diagram of the last version without errors; absent when there never was one. */
    model?: DiagramModel;
    /** Errors found so far in the current text. When above 0, `model` is the last good one: show it as stale. */
    errors: number;
    stale: boolean;
    /** Names of all journeys in the file, to choose from. */
    journeys: string[];
    /** A file without journeys that defines personas, channels or departments for others to import: how many of each. */
    shared?: SharedDefinitions;
}
export interface SharedDefinitions { personas: number; channels: number; departments: number }
export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('journey/diagram');
/** The diagram of a document the client has asked for, sent on each change: first when linked, again if validation finds errors. */
export const DiagramChangedNotification = new NotificationType<DiagramResult>('journey/diagramChanged');

export interface DiffParams {
    uri: string;
    /** The other version's text, e.g. from `git show REV:path`; empty when the file did not exist. */
    oldText: string;
    /** What the other version is, for the heading: a revision such as "HEAD". */
    oldLabel?: string;
}
/** The semantic diff of the other version against the document's current text, as Markdown. */
export interface DiffResult { markdown: string }
export const DiffRequest = new RequestType<DiffParams, DiffResult, void>('journey/diff');

/** A new journey from the template `journey new` writes (language-server/new-journey.ts), for the editor's New Journey…. */
export interface NewJourneyParams { kind: string; /** A phase model's key: '3' … '10', 'day'. */ model: string; title: string }
export interface NewJourneyResult { /** The journey's id, also the file name it suggests. */ id: string; text: string }
export const NewJourneyRequest = new RequestType<NewJourneyParams, NewJourneyResult, void>('journey/newJourney');
