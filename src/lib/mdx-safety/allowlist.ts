/**
 * What clause MDX may contain besides plain Markdown: the one allowlist the
 * MDX safety check (src/lib/mdx-safety) reads. Each entry is an element or
 * content component name and the attributes it may carry, as literal strings.
 *
 * To allow one of the project's own content components, add it here by name
 * with its attributes (e.g. `Callout: ['type']`) in the same change that adds
 * the component; nothing else in the check needs to change.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  // Tables. Spans and header scope are the only attributes that change meaning.
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  // Text and lists, for the rare clause Markdown cannot express (a list inside a table cell).
  p: [],
  ul: [],
  ol: [],
  li: [],
  strong: [],
  em: [],
  br: [],
  // An abbreviation needs its expansion in `title` to be useful.
  abbr: ['title'],
  sup: [],
  sub: [],
  // The project's own content components go below this line (none yet).
});

export function isAllowedElement(name: string): boolean {
  return Object.hasOwn(ALLOWED_ELEMENTS, name);
}

export function allowedAttributes(name: string): readonly string[] {
  return isAllowedElement(name) ? ALLOWED_ELEMENTS[name]! : [];
}

/** "<table>, <thead>, …, <sub>", for messages that say what is allowed. */
export function describeAllowedElements(): string {
  return Object.keys(ALLOWED_ELEMENTS)
    .map((name) => `<${name}>`)
    .join(', ');
}

/** "<td> allows only colspan, rowspan" or "<p> allows no attributes". */
export function describeAllowedAttributes(name: string): string {
  const allowed = allowedAttributes(name);
  return allowed.length ? `<${name}> allows only ${allowed.join(', ')}` : `<${name}> allows no attributes`;
}
