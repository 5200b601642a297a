/**
 * Parses a whole MDX file (frontmatter included, so positions are the file's
 * own lines) the way the site reads it: Markdown + MDX + GFM. A file that
 * does not parse becomes one ContentError at the parser's line and column,
 * with a hint in an editor's words rather than a stack trace.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFileMessage } from 'vfile-message';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { unclosedBrace, unclosedTag } from './unclosed.ts';

export const MDX_SYNTAX_RULE = 'mdx-syntax';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** The parser's reason is precise; the hint says what an editor most likely meant. */
function hintFor(message: VFileMessage): string {
  const reason = message.reason;
  if (reason.includes('Unexpected character `!`')) {
    return 'HTML comments <!-- … --> cannot be used in clause text; delete the comment and explain the change in the pull request instead';
  }
  if (message.ruleId === 'end-tag-mismatch' || /closing tag/.test(reason)) {
    return 'check that every opening tag such as <td> has its closing tag </td>, in the same order, and that a tag opened in a paragraph closes in it';
  }
  if (message.source?.includes('mdx-jsx')) {
    return 'a < starts a tag in MDX. To write a less-than sign as text, put a backslash before it: \\<';
  }
  if (message.source?.includes('mdxjs-esm')) {
    return 'a line starting with "import" or "export" is read as code; reword the sentence so it does not start with that word, or delete it';
  }
  if (message.source?.includes('mdx-expression')) {
    return 'a { starts code in MDX. To write a curly bracket as text, put a backslash before it: \\{ and \\}';
  }
  return 'check the text near this point for a stray {, } or <; put a backslash before one to write it as text';
}

export type ParsedMdx = { ok: true; tree: Root } | { ok: false; error: ContentError };

export function parseMdx(text: string, file: string): ParsedMdx {
  try {
    return { ok: true, tree: processor.parse(text) };
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    // The parser suggests MDX comments ({/* … */}), which the safety check rejects as expressions.
    const reason = error.reason.replace(/\s*\(note: .*\)$/, '');
    // Something opened and never closed is reported where it was opened, not where the parser gave up.
    const unclosed = unclosedTag(reason) ?? unclosedBrace(reason, text);
    return {
      ok: false,
      error: contentError({
        file,
        line: unclosed?.line ?? error.line ?? undefined,
        column: unclosed?.column ?? error.column ?? undefined,
        field: unclosed?.what,
        message: `this is not valid MDX, so the page cannot be built: ${unclosed?.message ?? reason}`,
        hint: unclosed?.hint ?? hintFor(error),
        rule: MDX_SYNTAX_RULE,
      }),
    };
  }
}
