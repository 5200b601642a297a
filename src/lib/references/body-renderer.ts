/**
 * Renders words a clause had in an earlier version (an amendment's `was`)
 * through the one clause pipeline (clause-pipeline.ts), as that clause, so
 * its references, legislation and acronyms are linked as its current words
 * are. The reference model is the content's one analysis (memoised); a
 * revoked clause, which has no file now, is rendered as a stand-in of its
 * document. Words that do not parse are shown as plain paragraphs.
 *
 *   const render = bodyRenderer(content, imageHosts);
 *   render(clause, 'Amendments will normally be referred to the Board.') → '<p>Amendments will …</p>'
 */
import type { ClauseEntry, ContentSet } from '../content/model.ts';
import { bodyText } from '../content/fidelity.ts';
import { parseClauseBody } from '../markdown/parse-clause-body.ts';
import { buildGlossary, type Glossary } from './acronyms.ts';
import { analyseReferences } from './analyse-references.ts';
import { runClausePipeline } from './clause-pipeline.ts';

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function bodyRenderer(content: ContentSet, imageHosts: readonly string[] = []): (clause: ClauseEntry, body: string) => string {
  const { model } = analyseReferences(content);
  const legislation = model.data.legislation?.data.legislation ?? [];
  const glossaries = new Map<string, Glossary | undefined>();
  const glossaryOf = (partnership: string) => {
    if (!glossaries.has(partnership)) {
      const file = model.data.glossaries.get(partnership);
      glossaries.set(partnership, file ? buildGlossary(partnership, file.data) : undefined);
    }
    return glossaries.get(partnership);
  };
  return (clause, body) => {
    try {
      const tree = parseClauseBody(body);
      const glossary = glossaryOf(clause.partnership);
      return runClausePipeline(tree, { model, clause, legislation, glossary, html: true, throwOnErrors: false, lineOffset: 0, imageHosts })
        .html!;
    } catch {
      return bodyText(body)
        .split('\n')
        .filter(Boolean)
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('\n');
    }
  };
}
