// Persona cards fold and unfold in the preview: a click, Enter or Space on a
// card's fold control. Handled before the selection sees the event, so folding
// a card does not jump to its source.
export function installFoldControls(scrollArea: HTMLElement, toggle: (personaId: string) => void): void {
    const foldOf = (target: EventTarget | null) =>
        (target instanceof Element ? target.closest('svg [data-fold]') : null)?.getAttribute('data-fold') ?? undefined;
    scrollArea.addEventListener('click', event => {
        const id = foldOf(event.target);
        if (id === undefined) return;
        event.stopPropagation();
        toggle(id);
    }, { capture: true });
    scrollArea.addEventListener('keydown', event => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const id = foldOf(event.target);
        if (id === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        toggle(id);
    }, { capture: true });
}
