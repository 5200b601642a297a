/**
 * Runs the duty finder over every shipped document's clauses and prints its
 * precision and recall against the duties those clauses already encode
 * (src/lib/import/finder-figures.ts).
 *
 *   npm run duty-finder-figures [-- --root DIR] [-- --list]
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load-content.ts';
import { findDuties } from '../src/lib/import/find-duties.ts';
import { finderFigures, formatFigures } from '../src/lib/import/finder-figures.ts';
import { clauseText } from '../src/lib/markdown/clause-text.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() }, list: { type: 'boolean', default: false } } });
const content = loadContent({ root: values.root });
const documents = Map.groupBy(content.clauses, (c) => `${c.partnership}/${c.document}`);
const proposals = [...documents].flatMap(([document, clauses]) =>
  findDuties(clauses.map((c) => ({ id: c.data.id, heading: c.data.heading, text: clauseText(c.body) }))).map((p) => ({ ...p, document })),
);
const encoded = content.clauses.map((c) => ({
  document: `${c.partnership}/${c.document}`,
  id: c.data.id,
  kinds: c.data.duties.map((d) => d.kind),
}));
if (values.list) for (const p of proposals) console.log(`${p.document} ${p.clause} ${p.kind} "${p.cadence}": ${p.words}`);
console.log(formatFigures(finderFigures(encoded, proposals)));
