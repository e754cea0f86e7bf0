// Langium 4.4 (through Chevrotain 13) calls Object.groupBy, which Node 20 lacks.
// Loaded first by every entry point (server, CLI, langium-cli, tests).
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) (groups[key(item, index++)] ??= []).push(item);
        return groups;
    };
}
