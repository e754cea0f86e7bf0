// A quick fix in VS Code, end to end (issue 12 §1): Ctrl+. on a channel without
// its mode (`channel-mode-missing`) offers "Add `digital`"; picking it writes
// `digital` at the end of the line and the warning's squiggle goes.
import * as fs from 'node:fs';
import * as path from 'node:path';

const FILE = 'quick-fix.journey';
// One problem only: channel website has no mode.
const TEXT = `journey fix "Fix" {
    channel website "Website"
    channel store "Store" physical
    phase visit "Visit"
    touchpoint site "Site" {
        in visit
        via website
    }
    touchpoint counter "Counter" {
        in visit
        via store
    }
}
`;

/** `check` and `screenshot` are run-e2e.mjs's; `workspace` the folder code-server has open. */
export async function quickFixChecks({ page, check, screenshot, workspace }) {
    fs.writeFileSync(path.join(workspace, FILE), TEXT);
    await check('quick fix: Ctrl+. on `channel-mode-missing`, "Add `digital`" writes it and the squiggle goes', async () => {
        const quickOpen = page.locator('.quick-input-widget');
        await page.keyboard.press('Control+P');
        await quickOpen.locator('input').waitFor();
        await page.keyboard.type(FILE);
        await quickOpen.locator('.monaco-list-row', { hasText: FILE }).first().waitFor();
        await page.keyboard.press('Enter');
        const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${FILE}"]`);
        const squiggles = editor.locator('.squiggly-warning');
        await squiggles.first().waitFor({ timeout: 30_000 });
        // The cursor on the channel's id (line 2, column 14: inside `website`), where the warning is.
        await page.keyboard.press('Control+G');
        await quickOpen.locator('input').waitFor();
        await page.keyboard.type('2:14');
        await page.keyboard.press('Enter');
        await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 2, Col 14' }).waitFor();
        await page.keyboard.press('Control+.');
        const rows = page.locator('.action-widget .monaco-list-row');
        await rows.filter({ hasText: 'Add `digital`' }).first().waitFor({ timeout: 20_000 });
        await screenshot('quick-fix-menu');
        const offered = (await rows.allInnerTexts()).map(text => text.trim()).filter(Boolean);
        // Pick it as a user does with the keyboard: move the focus down to it, then Enter.
        for (let i = 0; i < offered.length; i++) {
            const focused = await page.locator('.action-widget .monaco-list-row.focused').innerText().catch(() => '');
            if (focused.includes('Add `digital`')) break;
            await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await editor.locator('.view-line', { hasText: 'channel website "Website" digital' }).waitFor({ timeout: 10_000 });
        await squiggles.first().waitFor({ state: 'detached', timeout: 20_000 });
        await screenshot('quick-fix-applied');
        await page.keyboard.press('Control+S');
        await page.keyboard.press('Control+W');
        return `offered: ${offered.join(' | ')}`;
    });
}
