// The words of the map and of the preview around it, in English and Dutch, in one place.
// The webview may import no package (so not @vscode/l10n): this is a plain table. English is
// the key, `{0}`… are arguments. The preview sets the language from VS Code's, the CLI from --lang.

let dutch = false;

/** `nl`, `nl-BE`, `nl_NL.UTF-8` → Dutch; anything else → English. */
export function setDiagramLanguage(language: string | undefined): void {
    dutch = /^nl(?:$|[-_.@])/i.test(language?.trim() ?? '');
}

/** `english` in the diagram's language, with `{0}`… filled in. */
export function w(english: string, ...args: Array<string | number>): string {
    const text = dutch ? DUTCH_WORDS[english] ?? english : english;
    return args.length === 0 ? text : text.replace(/\{(\d+)\}/g, (match, i: string) => (i in args ? String(args[Number(i)]) : match));
}

export const DUTCH_WORDS: Record<string, string> = {
    // the map (diagram-core)
    'very poor': 'zeer slecht', poor: 'slecht', fair: 'redelijk', good: 'goed', excellent: 'uitstekend',
    Legend: 'Legenda', 'Legend and changes': 'Legenda en wijzigingen',
    'digital channel': 'digitaal kanaal', 'physical channel': 'fysiek kanaal',
    'touchpoint after a phase (between two)': 'touchpoint na een fase (tussen twee)',
    'critical moment of truth': 'kritiek moment of truth', 'at risk: critical, score 1–2': 'in gevaar: kritiek, score 1–2',
    research: 'onderzoek', data: 'data', assumption: 'aanname',
    'lowest point of the emotion curve': 'laagste punt van de emotiecurve',
    'new in this version': 'nieuw in deze versie', 'gone in this version': 'weg in deze versie',
    'a value or name changed (tooltip: old → new)': 'een waarde of naam gewijzigd (tooltip: oud → nieuw)',
    'moved to another phase or lane': 'verplaatst naar een andere fase of baan', 'another place in its phase': 'een andere plaats in zijn fase',
    Emotion: 'Emotie', Touchpoints: 'Touchpoints', 'Points of contact': 'Contactmomenten',
    Thinks: 'Denkt', Feels: 'Voelt', Does: 'Doet', Questions: 'Vragen', 'Unmet needs': 'Onvervulde behoeften',
    'Pain points': 'Pijnpunten', Gains: 'Gains', Ideas: 'Ideeën', 'Proposed changes': 'Voorgestelde veranderingen',
    'Front office': 'Frontoffice', 'Back office': 'Backoffice', 'Supporting processes': 'Ondersteunende processen',
    'Current state': 'Huidige situatie', 'Future state': 'Gewenste situatie', 'Day in the life': 'Een dag uit het leven',
    'Service blueprint': 'Service blueprint', 'Goal: {0}': 'Doel: {0}', 'evaluation: {0}': 'evaluatie: {0}',
    'Action plan': 'Actieplan', Now: 'Nu', Next: 'Hierna', Later: 'Later', 'No priority yet': 'Nog geen prioriteit',
    'Plan {0}': 'Plan {0}', 'Addresses: {0}': 'Pakt aan: {0}',
    Age: 'Leeftijd', Gender: 'Geslacht', Lives: 'Woont', Income: 'Inkomen', Interest: 'Interesse', Pain: 'Pain', Gain: 'Gain',
    Customer: 'Klant',
    // the preview around the map (webview)
    'Loading the diagram…': 'Het diagram wordt geladen…', 'Journey diagram': 'Klantreisdiagram', 'Journey diagram: {0}': 'Klantreisdiagram: {0}',
    'Showing the last correct diagram — {0} in {1}': 'Het laatste correcte diagram — {0} in {1}',
    'Fix the {0} in {1} to see the diagram.': 'Herstel de {0} in {1} om het diagram te zien.',
    'Fix the {0} in {1}.': 'Herstel de {0} in {1}.',
    '1 error': '1 fout', '{0} errors': '{0} fouten',
    '{0} holds shared definitions ({1}) for the journeys that import it; it has no map of its own. Open a journey that imports it to see a map.':
        '{0} bevat gedeelde definities ({1}) voor de klantreizen die het importeren; het heeft zelf geen kaart. Open een klantreis die het importeert om een kaart te zien.',
    '{0} has no journey yet. Add journey name "Title" { … } to see its map.':
        '{0} heeft nog geen klantreis. Voeg journey naam "Titel" { … } toe om de kaart te zien.',
    '1 persona': '1 persona', '{0} personas': "{0} persona's", '1 channel': '1 kanaal', '{0} channels': '{0} kanalen',
    '1 department': '1 afdeling', '{0} departments': '{0} afdelingen',
    'Zoom out': 'Uitzoomen', 'Zoom out (-)': 'Uitzoomen (-)', 'Reset zoom to 100%': 'Zoom terug naar 100%', 'Actual size (0)': 'Ware grootte (0)',
    'Zoom in': 'Inzoomen', 'Zoom in (+)': 'Inzoomen (+)', 'Reset zoom to 100% (now {0})': 'Zoom terug naar 100% (nu {0})',
    'Fit width': 'Passend in breedte', 'Fit to width': 'Passend maken in de breedte', 'Scale the map to the width of the panel': 'Schaal de kaart naar de breedte van het paneel',
    'Fit map': 'Hele kaart', 'Fit whole map': 'De hele kaart passend maken', 'Scale the whole map to the panel': 'Schaal de hele kaart naar het paneel',
    'Show only what applies to one persona': 'Toon alleen wat voor één persona geldt', Persona: 'Persona', 'All personas': "Alle persona's",
    'Rows to show': 'Rijen om te tonen', 'Show or hide rows of the map': 'Toon of verberg rijen van de kaart', Rows: 'Rijen',
    'Export SVG': 'SVG exporteren', 'Export as SVG file': 'Exporteren als SVG-bestand', 'Save the diagram as an SVG file': 'Sla het diagram op als SVG-bestand',
    'Export PNG': 'PNG exporteren', 'Export as PNG image': 'Exporteren als PNG-afbeelding',
    'Save the diagram as a PNG image (twice the size)': 'Sla het diagram op als PNG-afbeelding (dubbele grootte)',
    'Copy SVG': 'SVG kopiëren', 'Copy as SVG': 'Kopiëren als SVG', 'Copy the diagram to the clipboard as SVG': 'Kopieer het diagram als SVG naar het klembord',
    'Show the legend': 'Toon de legenda', 'Show what the marks of the map mean, under the map': 'Toon onder de kaart wat de markeringen betekenen',
    'Diagram tools': 'Diagramgereedschap', 'More tools': 'Meer gereedschap',
    'Go to phase': 'Ga naar fase', 'Scroll to a phase of the map': 'Scroll naar een fase van de kaart',
};
