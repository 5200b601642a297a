/**
 * The one Markdown path for clause text. A clause body, parsed once
 * (src/lib/markdown/parse-clause-body.ts), goes through one unified pipeline:
 *
 *   unravel HTML-only paragraphs → drop links and images the link rule refuses
 *   → clause references → legislation → acronyms   (remark-references.ts, handed the model and the clause)
 *   → [html] remark-rehype through the allowlist → <th scope> → HTML string
 *
 * The check and the pages run the same steps; the pages ask for `html` too,
 * so one pass gives both what the plugins found and the clause's HTML. Content
 * MDX may hold only Markdown and allowlisted HTML (src/lib/mdx-safety), and
 * the allowlisted handlers drop anything else, so an HTML string is all a
 * clause can become; no clause is compiled into a JavaScript module.
 *
 *   "Three agencies make a **quorum**."  →  "<p>Three agencies make a <strong>quorum</strong>.</p>"
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { LegislationEntry } from '../../schemas/legislation.ts';
import type { ClauseEntry } from '../content/model.ts';
import rehypeHeaderScope from '../markdown/header-scope.ts';
import { unravelHtmlParagraphs } from '../markdown/unravel-html-paragraphs.ts';
import { allowlistedHandlers, dropDisallowedUrls } from '../mdx-safety/allowlisted-html.ts';
import type { Glossary } from './acronyms.ts';
import type { ReferenceModel } from './reference-model.ts';
import { remarkAcronyms, remarkClauseReferences, remarkLegislation } from './remark-references.ts';

export interface ClausePipelineOptions {
  model: ReferenceModel;
  clause: ClauseEntry;
  legislation: LegislationEntry[];
  /** The clause's partnership's glossary, if it has one. */
  glossary: Glossary | undefined;
  /** Also turn the tree into HTML (the pages); the check only needs what the plugins found. */
  html: boolean;
  /** Throw dangling explicit references as ContentErrors (default); the check collects them instead. */
  throwOnErrors?: boolean;
  /** Lines before the tree's first line in the clause file (default: the frontmatter's). */
  lineOffset?: number;
  /** Hosts images may come from besides this site (`imageHosts` in content/site.yaml). Default none. */
  imageHosts?: readonly string[];
}

/** Shared by every clause: the steps that need no options. */
const toHtml = unified().use(remarkRehype, { handlers: allowlistedHandlers }).use(rehypeHeaderScope).use(rehypeStringify).freeze();

/** Runs the pipeline over a parsed body (the tree is changed); the file's `data` holds what each plugin found. */
export function runClausePipeline(tree: Root, options: ClausePipelineOptions): { file: VFile; html?: string } {
  const { model, clause, legislation, glossary, throwOnErrors, lineOffset, imageHosts = [] } = options;
  const file = new VFile({ path: clause.file });
  unified()
    .use(unravelHtmlParagraphs)
    .use(dropDisallowedUrls, { imageHosts })
    .use(remarkClauseReferences, { model, clause, throwOnErrors, lineOffset })
    .use(remarkLegislation, { legislation })
    .use(remarkAcronyms, { glossary })
    .runSync(tree, file);
  if (!options.html) return { file };
  return { file, html: String(toHtml.stringify(toHtml.runSync(tree, file), file)) };
}
