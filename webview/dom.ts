// Builds HTML elements the safe way: attributes with setAttribute, text with
// textContent. Nothing here (or anywhere in the webview) parses markup.
type Child = Node | string | undefined | false;

export function html<K extends keyof HTMLElementTagNameMap>(
    tag: K, attrs: Record<string, string | undefined> = {}, children: Child[] = [],
): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
    for (const child of children) {
        if (child === undefined || child === false) continue;
        element.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return element;
}

/** Whether a keyboard event is typing into a form control (and must not trigger shortcuts). */
export function isTyping(event: KeyboardEvent): boolean {
    const target = event.target as Element | null;
    return !!target?.closest('input, select, textarea, [contenteditable="true"]');
}
