/**
 * The renumber command as one function, so the script and the tests run the
 * same thing: plans the clause edits (plan-renumber.ts), adds the links,
 * addresses, amendment record and glossary citations that follow, and
 * reports what it cannot change (free-text.ts). Writes nothing; returns the
 * edits and the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../content/load-content.ts';
import { documentKey } from '../content/model.ts';
import { rewriteCitations, rewriteLinks, staleReferences } from './free-text.ts';
import { movedAddresses, planRenumber, renumberAmendment, type Decision, type FileEdit } from './plan-renumber.ts';

export interface RenumberRequest {
  root: string;
  /** `west-sussex/constitution` */
  document: string;
  /** The clause's id, or its number where only one clause prints it. */
  from: string;
  /** Its new printed number. */
  to: string;
  newIds?: boolean;
  /** When and on whose decision; without it nothing is recorded (a dry run). */
  decision?: Decision;
}

export function runRenumber({ root, document: key, from, to, newIds = false, decision }: RenumberRequest): {
  edits: FileEdit[];
  report: string;
} {
  const content = loadContent({ root });
  if (content.errors.some((e) => e.severity === 'error'))
    throw new Error('the content has errors; run npm run check and fix them before renumbering');
  const plan = planRenumber(content, key, from, to, { newIds });
  const { document, renumbered } = plan;
  const edits: FileEdit[] = [...plan.edits];
  for (const link of rewriteLinks(content, document, renumbered)) {
    const own = edits.find((e) => e.path === link.path);
    if (own)
      own.after = rewriteLinks({ ...content, texts: new Map([[link.path, own.after]]) }, document, renumbered)[0]?.after ?? own.after;
    else edits.push(link);
  }
  const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
  const addressFile = `${document.dir}/addresses.yaml`;
  const addresses = read(addressFile);
  if (addresses !== undefined && movedAddresses(addresses, renumbered) !== addresses)
    edits.push({ path: addressFile, before: addresses, after: movedAddresses(addresses, renumbered) });
  const amendmentFile = `${document.dir}/amendments.yaml`;
  const amendments = read(amendmentFile);
  if (decision)
    edits.push({
      path: amendmentFile,
      before: amendments ?? '',
      after: renumberAmendment(amendments, renumbered[0]!.oldNumber!, to, renumbered, decision),
    });
  const glossaryFile = `content/${document.partnership}/glossary.yaml`;
  const others = content.clauses.filter((c) => documentKey(c.partnership, c.document) === key && !renumbered.some((r) => r.clause === c));
  const glossary = read(glossaryFile);
  const citations = glossary === undefined ? undefined : rewriteCitations(glossary, glossaryFile, document, renumbered, others);
  if (citations && citations.text !== glossary) edits.push({ path: glossaryFile, before: glossary!, after: citations.text });
  const stale = staleReferences(content, renumbered);

  const lines = [`Renumbering ${key} ${from} → ${to}: ${renumbered.length} clause${renumbered.length === 1 ? '' : 's'}`];
  for (const r of renumbered)
    lines.push(
      `  ${r.oldNumber ?? '(no number)'} → ${r.newNumber ?? '(no number)'}   ${r.oldId === r.newId ? `id ${r.oldId} kept` : `id ${r.oldId} → ${r.newId}, old address redirects`}`,
    );
  lines.push('', `Files ${decision ? 'changed' : 'that would change (dry run: nothing written)'}:`);
  for (const edit of edits) lines.push(`  ${edit.path}${edit.to ? ` → ${edit.to}` : ''}`);
  lines.push(
    '',
    'Free-text citations:',
    ...(citations?.findings.length ? citations.findings.map((f) => `  ${f.at}  ${f.message}`) : ['  none']),
  );
  lines.push(
    '',
    `References whose printed words now name the wrong number (${stale.length}):`,
    ...(stale.length ? stale.map((f) => `  ${f.at}  ${f.message}`) : ['  none']),
  );
  return { edits, report: lines.join('\n') };
}
