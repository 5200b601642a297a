/**
 * The three reference plugins for clause text, as unified/remark plugins that
 * are handed what they need as options (the shape of Starlight's
 * `remarkAsides(options)`): the analysed reference model and the clause for
 * clause references, the legislation list, the partnership's glossary. Each
 * records what it found in `file.data`, for the reverse index, the counts and
 * the editors' report. They run in this order in clause-pipeline.ts: clause
 * references first (so legislation and acronyms leave its links alone), then
 * legislation, then acronyms (marked inside links without nesting a link).
 *
 *   "in accordance with section 6.52 above" (clause 6.57 iii)
 *     → in accordance with <a href="/west-sussex/constitution/6-52/" class="clause-ref">section 6.52</a> above
 *   "The Children Act 2004, S16(I)"
 *     → The <a href="https://www.legislation.gov.uk/ukpga/2004/31/contents" class="legislation-ref">Children Act 2004</a>, <a …/section/16I">S16(I)</a>
 *   "The WSSCP …" → The <a href="/west-sussex/glossary/#wsscp" class="acronym"><abbr title="West Sussex Safeguarding Children Partnership">WSSCP</abbr></a> …
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LegislationEntry } from '../../schemas/legislation.ts';
import type { ClauseEntry } from '../content/model.ts';
import type { Glossary } from './acronyms.ts';
import { acronymRewriter, type AcronymRun } from './acronym-rewriter.ts';
import { applyRewriter } from './apply-rewriter.ts';
import { clauseReferenceRewriter, type ClauseReferenceRun } from './clause-reference-rewriter.ts';
import { legislationRewriter, type LegislationRun } from './legislation-rewriter.ts';
import type { ReferenceModel } from './reference-model.ts';

declare module 'vfile' {
  interface DataMap {
    /** What remarkClauseReferences found and linked. */
    clauseReferences: ClauseReferenceRun;
    /** What remarkLegislation linked. */
    legislation: LegislationRun;
    /** The glossary terms remarkAcronyms marked. */
    acronyms: AcronymRun;
  }
}

export interface ClauseReferencesOptions {
  model: ReferenceModel;
  clause: ClauseEntry;
  /** Throw the dangling explicit references (ContentErrors) once the clause is done; otherwise only record them. */
  throwOnErrors?: boolean;
  /** Lines before the tree's first line in the clause file; default: the frontmatter's (the tree is the body's). */
  lineOffset?: number;
}

export function remarkClauseReferences({
  model,
  clause,
  throwOnErrors = true,
  lineOffset = clause.bodyStartLine - 1,
}: ClauseReferencesOptions) {
  return (tree: Root, file: VFile) => {
    // Positions are the body's own; the records name lines of the clause file.
    const rewriter = clauseReferenceRewriter(model, clause, { lineOffset, throwOnErrors });
    file.data.clauseReferences = rewriter.run;
    applyRewriter(tree, rewriter);
  };
}

export function remarkLegislation({ legislation }: { legislation: LegislationEntry[] }) {
  return (tree: Root, file: VFile) => {
    if (!legislation.length) return;
    const rewriter = legislationRewriter(legislation);
    file.data.legislation = rewriter.run;
    applyRewriter(tree, rewriter);
  };
}

export function remarkAcronyms({ glossary }: { glossary: Glossary | undefined }) {
  return (tree: Root, file: VFile) => {
    if (!glossary) return;
    const rewriter = acronymRewriter(glossary);
    file.data.acronyms = rewriter.run;
    applyRewriter(tree, rewriter);
  };
}
