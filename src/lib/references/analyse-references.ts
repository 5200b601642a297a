/**
 * Runs every clause body through the one clause pipeline (clause-pipeline.ts:
 * clause references, legislation, acronyms) and keeps what each plugin found.
 * The reverse index, the explicit-reference check, the unpublished-appendix
 * list and the counts all read this one pass, so they agree with what the
 * built pages link; with `{ html: true }` (the site model) the same pass
 * renders each clause's HTML. Memoised per ContentSet: a build loads the
 * content once and analyses it once.
 */
import type { Root } from 'mdast';
import { parseClauseBody } from '../markdown/parse-clause-body.ts';
import type { ClauseEntry, ContentSet } from '../content/model.ts';
import type { ContentError } from '../errors/content-error.ts';
import { buildGlossary } from './acronyms.ts';
import type { ReferenceRecord, UnresolvedMention } from './clause-reference-rewriter.ts';
import { runClausePipeline } from './clause-pipeline.ts';
import type { Citation } from './legislation-citations.ts';
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
  /** The clause as HTML, when the analysis was asked for it (the site model). */
  html?: string;
  /** The body is not valid MDX; the build reports it, and nothing here was found. */
  unparsable?: true;
}

export interface ReferenceAnalysis {
  model: ReferenceModel;
  clauses: ClauseAnalysis[];
  /** Whether each clause's `html` was rendered too. */
  html: boolean;
}

const memo = new WeakMap<ContentSet, ReferenceAnalysis>();

/** Acronyms the clauses use that their partnership's glossary does not explain, in clause order (warnings). */
export function unknownAcronyms(content: ContentSet): ContentError[] {
  return analyseReferences(content).clauses.flatMap((c) => c.unknownAcronyms);
}

/**
 * `html` renders each clause too; `imageHosts` (site.yaml's) matters only to
 * the HTML, since what the plugins find never depends on an image.
 */
export function analyseReferences(content: ContentSet, { html = false, imageHosts = [] as readonly string[] } = {}): ReferenceAnalysis {
  const cached = memo.get(content);
  if (cached && (cached.html || !html)) return cached;
  const model = buildReferenceModel(content);
  const legislation = model.data.legislation?.data.legislation ?? [];
  const glossaries = new Map([...model.data.glossaries].map(([p, file]) => [p, buildGlossary(p, file.data)]));
  const clauses = content.clauses.map((clause): ClauseAnalysis => {
    let tree: Root;
    try {
      tree = parseClauseBody(clause.body);
    } catch {
      return {
        clause,
        references: [],
        unresolved: [],
        errors: [],
        citations: [],
        acronyms: [],
        unknownAcronyms: [],
        text: '',
        unparsable: true,
      };
    }
    // Read before the plugins change the tree.
    const text = clauseTreeText(tree);
    const glossary = glossaries.get(clause.partnership);
    const unknown = unknownAcronymsIn(tree, clause, glossary ?? buildGlossary(clause.partnership, undefined));
    const run = runClausePipeline(tree, { model, clause, legislation, glossary, html, imageHosts, throwOnErrors: false });
    const found = run.file.data;
    return {
      clause,
      ...found.clauseReferences!,
      citations: found.legislation?.citations ?? [],
      acronyms: found.acronyms?.marked ?? [],
      unknownAcronyms: unknown,
      text,
      html: run.html,
    };
  });
  const analysis = { model, clauses, html };
  memo.set(content, analysis);
  return analysis;
}
