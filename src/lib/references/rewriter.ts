/**
 * The shape every reference plugin's logic takes: a rewriter for one clause,
 * shown each text run and each link of the clause's mdast in document order
 * (apply-rewriter.ts walks the tree), answering with replacement nodes or a
 * new address, and recording what it found. The remark plugins
 * (remark-references.ts) wrap the three rewriters; recognition lives here
 * once, whatever reads the records (pages, the reverse index, the check).
 *
 *   text("see section 6.52 above", site) → [text "see ", link "/…/6-52/" ["section 6.52"], text " above"]
 */
import type { PhrasingContent } from 'mdast';

export interface Ancestor {
  /** mdast node type: `paragraph`, `link`, `heading`, `mdxJsxTextElement`… */
  type: string;
  /** Element name for MDX JSX elements (`abbr`, `a`), else undefined. */
  name?: string | null;
}

export interface TextSite {
  /** Enclosing nodes, nearest first, up to (not including) the root. */
  ancestors: Ancestor[];
  /** The text is the first thing in its paragraph, heading or table cell. */
  startsBlock: boolean;
  /** 1-based position in the clause body, where known. */
  line?: number;
  column?: number;
}

export interface LinkSite extends TextSite {
  url: string;
  /** The link's text content. */
  text: string;
  /** The link has no content (`[](clause:6-52)`). */
  empty: boolean;
  /** Text immediately before the link in the same parent ("Regulation 18 of the "). */
  previousText?: string;
}

export interface LinkChange {
  url: string;
  title?: string;
  /** HTML attributes for the `<a>`, e.g. `{ className: ['clause-ref'] }`. */
  hProperties?: Record<string, unknown>;
  /** New content for an empty link. */
  children?: PhrasingContent[];
}

export interface PageRewriter {
  /** Replacement nodes for a text run, or undefined to leave it as it is. */
  text?(value: string, site: TextSite): PhrasingContent[] | undefined;
  /** A change to a link, or undefined to leave it as it is. */
  link?(site: LinkSite): LinkChange | undefined;
  /** Called once after the whole clause; may throw to fail the build. */
  finish?(): void;
}

const NEVER_INSIDE = new Set(['heading', 'inlineCode', 'code', 'link', 'linkReference', 'definition', 'footnoteDefinition']);
const NEVER_INSIDE_ELEMENTS = new Set(['a', 'abbr', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Text in headings, code, existing links and `<abbr>`/`<a>` elements is never given new links. */
export function mayLink(ancestors: Ancestor[]): boolean {
  return !ancestors.some((a) => NEVER_INSIDE.has(a.type) || (a.name != null && NEVER_INSIDE_ELEMENTS.has(a.name)));
}

/** Replaces `value[start, end)` spans with nodes, keeping the text between them. */
export function splice(value: string, pieces: { start: number; end: number; node: PhrasingContent }[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.start > at) out.push({ type: 'text', value: value.slice(at, piece.start) });
    out.push(piece.node);
    at = piece.end;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}
