// The GitHub Action's steps (action.yml runs `node run.mjs install|review|comment`).
// Plain Node, no dependencies: it runs straight from the action's checkout.
import { annotation } from './github.mjs';
import { install } from './install.mjs';
import { comment } from './pr-comment.mjs';
import { review } from './review.mjs';

const PHASES = { install, review, comment };
const [major, minor] = process.versions.node.split('.').map(Number);

async function main(phase) {
    if (major < 20 || (major === 20 && minor < 10)) {
        throw new Error(`The Journey CLI needs Node 20.10 or newer, the runner has ${process.version}: add actions/setup-node before this action.`);
    }
    if (!Object.hasOwn(PHASES, phase)) throw new Error(`usage: run.mjs ${Object.keys(PHASES).join('|')}`);
    await PHASES[phase](process.env, process.cwd());
}

main(process.argv[2]).catch(error => {
    // An ::error:: command: the message shows on the run's page, not only in the log.
    console.log(annotation('error', error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
});
