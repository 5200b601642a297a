/**
 * `npm run anomalies`: lists where the source documents' printed numbering is
 * irregular (numbers printed twice, skipped, or in a different style). These
 * are warnings: the site keeps the source's numbering as printed.
 *
 *   npm run anomalies                 human-readable list
 *   npm run anomalies -- --format github   workflow annotations
 */
import { formatContentError, formatGithubAnnotation } from '../src/lib/errors/content-error.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { documentKey } from '../src/lib/content/model.ts';
import { numberingAnomalies } from '../src/lib/content/numbering-anomalies.ts';

const github = process.argv.includes('github') || process.argv.includes('--format=github');
const content = loadContent({ root: process.cwd() });
let total = 0;
for (const document of content.documents) {
  const key = documentKey(document.partnership, document.id);
  const clauses = content.clauses.filter((c) => documentKey(c.partnership, c.document) === key);
  const findings = numberingAnomalies(clauses);
  total += findings.length;
  if (github) for (const f of findings) console.log(formatGithubAnnotation(f));
  else if (findings.length)
    console.log(
      `\n${key}: ${findings.length} numbering anomal${findings.length === 1 ? 'y' : 'ies'}\n${findings.map((f) => formatContentError(f)).join('\n')}`,
    );
}
if (!github)
  console.log(
    `\n${total} numbering anomal${total === 1 ? 'y' : 'ies'} in ${content.documents.length} documents (warnings; the printed numbering is kept).`,
  );
