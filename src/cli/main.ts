// `journey`: check journeys from the command line and in CI.
import '../../scripts/polyfill.mjs';
import { Command, CommanderError } from 'commander';
import { runCheck } from './check-command.js';
import { UsageError } from './usage-error.js';

const program = new Command('journey')
    .description('Customer journey maps as code: check journeys for CI and code review.')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');

program.command('check')
    .description('Validate .journey files and folders, as the editor does.')
    .argument('<paths...>', 'files or folders (all .journey files under a folder)')
    .addHelpText('after', `
Output: one line per problem, "path:line:col: severity: message [code]".
Exit code: 0 without errors, 1 with errors, 2 on bad usage or an unreadable file.

Examples:
  journey check examples/
  journey check journeys/floor-renovation.journey company.journey`)
    .action(async (paths: string[]) => { process.exitCode = await runCheck(paths); });

async function main(): Promise<void> {
    try {
        await program.parseAsync(process.argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            process.exitCode = error.exitCode === 0 ? 0 : 2;
        } else if (error instanceof UsageError) {
            console.error(`journey: ${error.message}`);
            process.exitCode = 2;
        } else {
            throw error;
        }
    }
}

void main();
