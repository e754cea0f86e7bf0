// Progress on stderr, only for work on many files and only on a terminal.
const THRESHOLD = 50;

export function progressReporter(verb: string, total: number): { update: (done: number) => void; done: () => void } {
    const shown = total >= THRESHOLD && process.stderr.isTTY;
    return {
        update: done => { if (shown && done % 10 === 0) process.stderr.write(`\r${verb} ${done}/${total} files…`); },
        done: () => { if (shown) process.stderr.write('\r\x1b[K'); },
    };
}
