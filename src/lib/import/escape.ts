/**
 * Makes a line of source text safe to put in an MDX body while keeping the
 * Markdown the extracts already carry (bold, real links).
 *
 *   "the [HWB website](#)"   → "the HWB website"       (the link target was lost)
 *   "<i>who has</i> …"       → "*who has* …"
 *   "costs {TBC} < 5"        → "costs \{TBC\} \< 5"
 *   "1. Not a list"          → "1\. Not a list"         (only at the start of a line)
 *   "---\t--"                → "\---\t--"               (not a thematic break)
 */

/** Inline text: lost links unwrapped, inline HTML turned into Markdown, MDX syntax escaped. */
export function escapeInline(text: string): string {
  return text
    .replace(/\[((?:\\.|[^\]\\])*)\]\(#\)/g, (_, label: string) => label.replace(/\\([()[\]])/g, '$1'))
    .replace(/<(i|em)>(.*?)<\/\1>/g, '*$2*')
    .replace(/<(b|strong)>(.*?)<\/\1>/g, '**$2**')
    .replace(/[{}<]/g, (c) => `\\${c}`);
}

/** Stops a paragraph line from being read as a list item, heading, quote or rule. */
export function escapeLineStart(line: string): string {
  return (
    line
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      .replace(/^([-+*])(?=\s|$)/, '\\$1')
      .replace(/^([#>=])/, '\\$1')
      // "---", "***" or "---\t--" alone would be a thematic break (or a setext underline).
      .replace(/^(?=[-_*=][-_*=\s]*$)/, '\\')
  );
}

/** A paragraph line: inline escapes, then start-of-line escapes. */
export function escapeLine(line: string): string {
  return escapeLineStart(escapeInline(line));
}
