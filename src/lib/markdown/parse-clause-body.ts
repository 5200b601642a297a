/**
 * The one way clause bodies become mdast for the check, the editors' report
 * and the pages: remark-parse + remark-mdx + remark-gfm, one processor for the
 * life of the process, with plain prose taking the fast path that builds the
 * same tree directly (plain-prose.ts). One contract: a tree, or the parser's
 * VFileMessage thrown for text that is not valid MDX (the MDX safety check
 * reports that with its position; callers that only analyse catch it).
 *
 *   parseClauseBody('\nThe group meets.\n') → root [paragraph [text "The group meets."]]
 *   parseClauseBody('{oops')                → throws the parser's VFileMessage
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { plainProseTree } from './plain-prose.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Markdown + MDX + GFM through micromark, always; throws a VFileMessage on invalid MDX. */
export function parseWithMicromark(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

/** A clause body as mdast; positions are the body's own (line 1 is the body's first line). */
export function parseClauseBody(body: string): Root {
  return plainProseTree(body) ?? parseWithMicromark(body);
}
