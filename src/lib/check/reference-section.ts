/**
 * The references section of the check's report (src/lib/references/reference-report.ts),
 * added to whichever report the duties produced: after the text report, as a
 * `references` field of the JSON one. GitHub annotations are for problems, so
 * that format gets none of this information.
 *
 *   References (information for editors, not errors)
 *     west-sussex/constitution (Constitution): links 3 to clauses, 5 to documents, 0 explicit, 25 to legislation; 31 acronyms marked
 *       referenced but not published:
 *         Appendix 5: WSSCP Structure Chart — named in 6.71 (content/west-sussex/constitution/clauses/6-71.mdx:8)
 *       left as text:
 *         content/west-sussex/collaborative-working-agreement/clauses/1.mdx:8  "Collaborative Working Agreement" (document): names the document it is in
 *     acronyms not in a glossary: none
 */
import { documentKey, type ContentSet } from '../content/model.ts';
import { location } from '../errors/content-error.ts';
import { buildReferenceReport, type DocumentReferenceReport, type ReferenceReport } from '../references/reference-report.ts';

function documentLines(d: DocumentReferenceReport): string[] {
  const { clauses, documents, explicit, legislation, acronyms } = d.linked;
  const out = [
    `  ${documentKey(d.partnership, d.document)} (${d.title}): links ${clauses} to clauses, ${documents} to documents, ${explicit} explicit, ${legislation} to legislation; ${acronyms} acronyms marked`,
  ];
  if (d.notPublished.length) out.push('    referenced but not published:');
  for (const item of d.notPublished) {
    const named = item.mentions.map((m) => `${m.label} (${location(m)})`).join(', ');
    out.push(`      ${item.name}${item.title ? `: ${item.title}` : ''}${named ? ` — named in ${named}` : ''}`);
  }
  if (d.notLinked.length) out.push('    left as text:');
  for (const m of d.notLinked) out.push(`      ${location(m)}  "${m.text}" (${m.kind}): ${m.why}`);
  return out;
}

export function formatReferenceReportText(report: ReferenceReport): string {
  const acronyms = report.unknownAcronyms.map((a) => `    ${location(a)}  ${a.term}`);
  return [
    'References (information for editors, not errors)',
    ...report.documents.flatMap(documentLines),
    `  acronyms not in a glossary: ${acronyms.length ? '' : 'none'}`.trimEnd(),
    ...acronyms,
  ].join('\n');
}

/** The duties' report with the references section added, in the same format. */
export function withReferenceReport(format: 'text' | 'json' | 'github', content: ContentSet, stdout: string): string {
  if (format === 'github') return stdout;
  const report = buildReferenceReport(content);
  // The JSON formatter knows only duties; the section joins its output rather than widening its input.
  if (format === 'json') return JSON.stringify({ ...JSON.parse(stdout), references: report }, null, 2);
  return `${stdout}\n\n${formatReferenceReportText(report)}`;
}
