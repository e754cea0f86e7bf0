// The language of the CLI: `--lang nl|en`, else the locale of the shell (LC_ALL,
// LC_MESSAGES, LANG, the first one set, as POSIX tools read them); English otherwise.
// Chosen before the commands are registered, so their help is in that language too.
import { Option, type Command } from 'commander';
import { setDiagramLanguage } from '../../diagram-core/words.js';
import { languageOf, setLanguage, t, type Language } from '../../language-server/l10n.js';

const LANGUAGES: readonly Language[] = ['en', 'nl'];
/** Worker threads of `journey check` inherit the environment, not the arguments: they read the choice here. */
const CHOSEN = 'JOURNEY_LANG';

function fromArguments(argv: readonly string[]): string | undefined {
    for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
        if (argv[i] === '--lang') return argv[i + 1];
        if (argv[i].startsWith('--lang=')) return argv[i].slice('--lang='.length);
    }
    return undefined;
}

export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language {
    const asked = fromArguments(argv);
    if (asked !== undefined) return languageOf(asked) ?? 'en';
    const locale = [env[CHOSEN], env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value);
    return languageOf(locale) ?? 'en';
}

export function useCliLanguage(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
    const language = chooseLanguage(argv, env);
    setLanguage(language);
    setDiagramLanguage(language);
    env[CHOSEN] = language;
}

const HELP_TITLES: Record<string, () => string> = {
    'Usage:': () => t('Usage:'), 'Arguments:': () => t('Arguments:'), 'Options:': () => t('Options:'),
    'Global Options:': () => t('Global Options:'), 'Commands:': () => t('Commands:'),
};

/** `--lang` itself, and the headings of `--help` in the chosen language (the subcommands inherit them). */
export function registerLanguageOption(program: Command): void {
    program.addOption(new Option('--lang <language>', t('the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)'))
        .choices(LANGUAGES));
    program.configureHelp({ styleTitle: title => HELP_TITLES[title]?.() ?? title });
}
