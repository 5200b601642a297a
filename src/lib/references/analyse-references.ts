/**
 * Runs the three reference plugins' logic over every clause body, in the
 * order the build runs them (clause references, legislation, acronyms), and
 * keeps what each found. The reverse index, the explicit-reference check,
 * the unpublished-appendix list and the counts all read this one pass, so
 * they agree with what the built pages link. Memoised per ContentSet.
 */
import type { Root } from 'mdast';
import { parseClauseBody as parseBody } from '../markdown/parse-clause-body.ts';
import type { ClauseEntry, ContentSet } from '../content/model.ts';
import type { ContentError } from '../errors/content-error.ts';
import { buildGlossary } from './acronyms.ts';
import { acronymRewriter } from './acronym-rewriter.ts';
import { applyRewriter } from './apply-rewriter.ts';
import { clauseReferenceRewriter, type ReferenceRecord, type UnresolvedMention } from './clause-reference-rewriter.ts';
import type { Citation } from './legislation-citations.ts';
import { legislationRewriter } from './legislation-rewriter.ts';
import { buildReferenceModel, type ReferenceModel } from './reference-model.ts';
import { unknownAcronymsIn } from './unknown-acronyms.ts';
import { clauseTreeText } from '../markdown/clause-text.ts';

export interface ClauseAnalysis {
  clause: ClauseEntry;
  references: ReferenceRecord[];
  unresolved: UnresolvedMention[];
  /** Dangling explicit references. */
  errors: ContentError[];
  citations: Citation[];
  /** Glossary terms marked on the clause's page. */
  acronyms: string[];
  /** Acronyms used but not in the glossary (warnings). */
  unknownAcronyms: ContentError[];
  /** The body's plain text, before any link was added (src/lib/markdown/clause-text.ts). */
  text: string;
  /** The body is not valid MDX; the build reports it, and nothing here was found. */
  unparsable?: true;
}

export interface ReferenceAnalysis {
  model: ReferenceModel;
  clauses: ClauseAnalysis[];
}

/** A clause body as mdast (the body only: positions are relative to bodyStartLine), or undefined if it is not valid MDX. */
export function parseClauseBody(body: string): Root | undefined {
  try {
    return parseBody(body);
  } catch {
    return undefined;
  }
}

const memo = new WeakMap<ContentSet, ReferenceAnalysis>();

/** Acronyms the clauses use that their partnership's glossary does not explain, in clause order (warnings). */
export function unknownAcronyms(content: ContentSet): ContentError[] {
  return analyseReferences(content).clauses.flatMap((c) => c.unknownAcronyms);
}

export function analyseReferences(content: ContentSet): ReferenceAnalysis {
  const cached = memo.get(content);
  if (cached) return cached;
  const model = buildReferenceModel(content);
  const legislation = model.data.legislation?.data.legislation ?? [];
  const glossaries = new Map([...model.data.glossaries].map(([p, file]) => [p, buildGlossary(p, file.data)]));
  const clauses = content.clauses.map((clause): ClauseAnalysis => {
    const tree = parseClauseBody(clause.body);
    if (!tree) return { clause, references: [], unresolved: [], errors: [], citations: [], acronyms: [], unknownAcronyms: [], text: '', unparsable: true };
    // Read before the rewriters change the tree.
    const text = clauseTreeText(tree);
    const unknown = unknownAcronymsIn(tree, clause, glossaries.get(clause.partnership) ?? buildGlossary(clause.partnership, undefined));
    const references = clauseReferenceRewriter(model, clause, { lineOffset: clause.bodyStartLine - 1, throwOnErrors: false });
    applyRewriter(tree, references);
    const citations = legislationRewriter(legislation);
    applyRewriter(tree, citations);
    const glossary = glossaries.get(clause.partnership);
    const acronyms = glossary ? acronymRewriter(glossary) : undefined;
    if (acronyms) applyRewriter(tree, acronyms);
    return {
      clause,
      ...references.run,
      citations: citations.run.citations,
      acronyms: acronyms?.run.marked ?? [],
      unknownAcronyms: unknown,
      text,
    };
  });
  const analysis = { model, clauses };
  memo.set(content, analysis);
  return analysis;
}
