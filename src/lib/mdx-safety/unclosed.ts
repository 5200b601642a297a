/**
 * Where an editor must look when something is opened and never closed. The
 * parser reports where it gave up (the end of the paragraph or file), which
 * can be far from the mistake; these find the opening itself.
 *
 *   "The group <strong>meets"  →  the <strong> at 9:11, not 9:1
 *   "a minimum of {3 separate" →  the { at 8:14, not the end of the file
 */

export interface Unclosed {
  /** What was opened: `<strong>`, `{`. */
  what: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** The parser gives the tag's place only in its text: "Expected a closing tag for `<strong>` (9:11-9:19) before the end of `paragraph`". */
export function unclosedTag(reason: string): Unclosed | undefined {
  const match = /^Expected a closing tag for `(<[^`]*>)` \((\d+):(\d+)-\d+:\d+\)(?: before the end of `(\w+)`)?/.exec(reason);
  if (!match) return undefined;
  const [, tag = '', line, column, container] = match;
  const where =
    container === 'paragraph'
      ? 'before the end of its paragraph'
      : container
        ? `before the end of the ${container}`
        : 'before the end of the file';
  const close = tag.replace('<', '</');
  const hint =
    container === 'paragraph'
      ? `add ${close} where the element ends, before the blank line that ends the paragraph; a tag opened in a paragraph must close in it`
      : `add ${close} where the element ends`;
  return {
    what: tag,
    line: Number(line),
    column: Number(column),
    message: `${tag} is opened here but has no closing tag ${close} ${where}`,
    hint,
  };
}

/** Offset of the first `{` with no `}` after the frontmatter, skipping `\{` and code spans. */
function firstUnmatchedBrace(text: string): number | undefined {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const open: number[] = [];
  for (let i = frontmatter?.[0].length ?? 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '`') {
      const fence = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(fence, i + fence.length);
      if (end >= 0) i = end + fence.length - 1;
    } else if (char === '{') open.push(i);
    else if (char === '}') open.pop();
  }
  return open[0];
}

/** For "Unexpected end of file in expression, expected a corresponding closing brace for `{`", the brace itself. */
export function unclosedBrace(reason: string, text: string): Unclosed | undefined {
  if (!/expected a corresponding closing brace for `\{`/.test(reason)) return undefined;
  const offset = firstUnmatchedBrace(text);
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return {
    what: '{',
    line: before.length,
    column: before.at(-1)!.length + 1,
    message: 'this { has no closing }, so everything after it is read as code',
  };
}
