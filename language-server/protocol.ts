// Messages between the language server and its clients beyond standard LSP.
// The server notifies that a document's diagram changed; the client pulls it.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { DiagramModel } from '../diagram-core/model.js';

export interface DiagramChangedParams { uri: string }
export const DiagramChangedNotification = new NotificationType<DiagramChangedParams>('journey/diagramChanged');

export interface DiagramParams { uri: string; /** Which journey, when a file holds several; the first otherwise. */ journey?: string }
export interface DiagramResult {
    uri: string;
    /** The diagram of the last version without errors; absent when there never was one. */
    model?: DiagramModel;
    /** Errors in the current text. When above 0, `model` is the last good one: show it as stale. */
    errors: number;
    stale: boolean;
    /** Names of all journeys in the file, to choose from. */
    journeys: string[];
}
export const DiagramRequest = new RequestType<DiagramParams, DiagramResult, void>('journey/diagram');
