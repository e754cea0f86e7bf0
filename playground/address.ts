// The page's address as its share link: rewritten (without a history entry) once
// typing or scrolling pauses, and copied by the Share button.
import { t } from '../language-server/l10n.js';
import type { WebviewState } from '../webview/protocol.js';
import { encodeShared } from './share.js';

/** How long typing must pause before the address is updated. */
const UPDATE_AFTER_MS = 400;

export class AddressLink {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private written = location.hash;

    constructor(private readonly text: () => string, private readonly view: () => WebviewState | undefined) {
        // A link pasted into the address bar of this tab: open it as it would open in a new one.
        window.addEventListener('hashchange', () => { if (location.hash !== this.written) location.reload(); });
    }

    schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), UPDATE_AFTER_MS);
    }

    async update(): Promise<void> {
        clearTimeout(this.timer);
        this.written = `#${await encodeShared({ text: this.text(), view: this.view() })}`;
        history.replaceState(null, '', this.written);
    }

    /** Updates the address now and copies it; returns what to tell the user. */
    async copy(): Promise<string> {
        await this.update();
        return navigator.clipboard.writeText(location.href).then(
            () => t('Link copied: it holds the whole journey, nothing is uploaded'),
            () => t('The address now holds the whole journey: copy it to share'));
    }
}
