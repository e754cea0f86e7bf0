// `journey`: check journeys from the command line and in CI.
import '../../scripts/polyfill.mjs';
import { Command, CommanderError } from 'commander';
import { t } from '../../language-server/l10n.js';
import { registerCheckCommand } from './check-command.js';
import { registerLanguageOption, useCliLanguage } from './cli-language.js';
import { isCheckWorker, serveCheckWorker } from './check-parallel.js';
import { registerDiffCommand } from './diff-command.js';
import { registerExportCommand } from './export-command.js';
import { registerFormatCommand } from './format-command.js';
import { registerImportCommand } from './import-command.js';
import { registerNewCommand } from './new-command.js';
import { registerRenderCommand } from './render-command.js';
import { inertLines } from '../../diagram-core/inert-text.js';
import { tell } from './cli-output.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';

useCliLanguage();

const program = new Command('journey')
    .description(t('Customer journey maps as code: check journeys for CI and code review.'))
    .version(version, '-V, --version', t('print the version of journey'))
    .helpOption('-h, --help', t('display help for command'))
    .helpCommand('help [command]', t('display help for command'))
    .exitOverride()
    // Commander repeats what it was given (an unknown option, a file name): inert too.
    .configureOutput({ writeErr: text => process.stderr.write(inertLines(text)) })
    .showHelpAfterError(t('(run with --help for usage)'));
registerLanguageOption(program);

// Each command lives in its own file and registers itself here.
for (const register of [registerCheckCommand, registerFormatCommand, registerDiffCommand, registerExportCommand, registerImportCommand, registerNewCommand, registerRenderCommand]) register(program);

async function main(): Promise<void> {
    try {
        await program.parseAsync(process.argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            process.exitCode = error.exitCode === 0 ? 0 : 2;
        } else if (error instanceof UsageError) {
            tell(`journey: ${error.message}`);
            process.exitCode = 2;
        } else {
            throw error;
        }
    }
}

// `journey … | head`: the reader has gone, so there is nobody left to tell; stop quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        process.exit(process.exitCode ?? 0);
    });
}

if (isCheckWorker()) void serveCheckWorker();
else void main();
