// The page's own controls above the editor and the diagram: what to start from,
// share, downloads, and a status line. Real buttons and labels; main.ts wires them.
import { t } from '../language-server/l10n.js';
import { html } from '../webview/dom.js';
import type { DownloadFormat } from './downloads.js';
import { STARTER_GROUPS, type Starter } from './starters.js';

export interface PageActions {
    start(starter: Starter): void;
    share(): void;
    download(format: DownloadFormat): void;
}

export interface PageControls { status: HTMLElement; problems: HTMLElement; starter: HTMLSelectElement }

export function buildControls(header: HTMLElement, starters: Starter[], actions: PageActions): PageControls {
    const groups = [...new Set(starters.map(s => s.group))].map(group => html('optgroup', { label: STARTER_GROUPS[group]() },
        starters.filter(s => s.group === group).map(s => html('option', { value: s.id }, [s.label]))));
    const starter = html('select', { id: 'starter' }, [html('option', { value: '' }, [t('Choose…')]), ...groups]);
    starter.addEventListener('change', () => {
        const chosen = starters.find(s => s.id === starter.value);
        starter.value = '';
        if (chosen) actions.start(chosen);
    });
    const label = html('label', { for: 'starter' }, [t('Start from')]);
    const share = button(t('Share link'), t('Put the journey and the view into the address and copy it'), () => actions.share());
    const downloads = (['journey', 'svg', 'png'] as const).map(format =>
        button(format === 'journey' ? '.journey' : format.toUpperCase(), downloadTitle(format), () => actions.download(format)));
    const status = html('span', { class: 'page-status', role: 'status', 'aria-live': 'polite' });
    const problems = html('span', { class: 'problems', 'aria-live': 'polite' });
    header.append(
        html('h1', {}, [t('Journey playground')]),
        html('span', { class: 'group' }, [label, starter]),
        html('span', { class: 'group' }, [share]),
        html('span', { class: 'group', role: 'group', 'aria-label': t('Download') }, [html('span', {}, [t('Download')]), ...downloads]),
        problems, status,
    );
    return { status, problems, starter };
}

function downloadTitle(format: DownloadFormat): string {
    if (format === 'journey') return t('Download the text as a .journey file');
    return t('Download the diagram as {0}, as `journey render -o map.{1}` draws it', format.toUpperCase(), format);
}

function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
    const b = html('button', { type: 'button', title }, [text]);
    b.addEventListener('click', onClick);
    return b;
}
