/**
 * Checks on the duties declared in clause frontmatter that need more than
 * the schema: ids unique within a partnership, every body a frequency or
 * per-meeting duty counts meetings of is listed in that partnership's records, every
 * duty's strength is quoted from its clause (a duty without one is a warning), and every
 * acknowledged lapse names a duty the partnership declares. Findings point
 * at the clause file and the duty's line, or the acknowledgement's.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { nearest } from '../content/integrity.ts';
import { documentKey, dutyKey, type ContentSet } from '../content/model.ts';
import { clauseRef } from './evaluate.ts';
import type { PartnershipRecords } from './types.ts';

/** Whether a duty's quoted words are in the clause's text, ignoring case and line breaks. */
export function quotedIn(text: string, quote: string): boolean {
  return text.toLowerCase().replace(/\s+/g, ' ').includes(quote.toLowerCase().replace(/\s+/g, ' '));
}

export function checkDuties(content: Pick<ContentSet, 'documents' | 'clauses'>, records: Map<string, PartnershipRecords>): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  const inForce = new Set(content.documents.filter((d) => d.data.status === 'in-force').map((d) => documentKey(d.partnership, d.id)));
  for (const clause of content.clauses) {
    clause.data.duties.forEach((duty, index) => {
      const where = clauseRef(clause, index);
      const key = dutyKey(clause.partnership, duty.id);
      const first = seen.get(key);
      if (first) {
        errors.push(
          contentError({
            file: clause.file,
            line: where.line,
            field: `duties[${index}].id`,
            rule: 'duplicate-id',
            message: `duplicate duty id "${duty.id}"; ${first} already declares it`,
            hint: 'duty ids must be unique within a partnership; name it after what must be done, e.g. "steering-group-meetings"',
          }),
        );
      } else seen.set(key, clause.file);

      // A strength is quoted from the clause: the words must be there, so the level rests on the text.
      const quote = duty.strength?.quote;
      if (!duty.strength && inForce.has(documentKey(clause.partnership, clause.document))) {
        // Checked as required meanwhile, so content written before strengths were quoted still builds.
        errors.push(
          contentError({
            file: clause.file,
            line: where.line,
            field: `duties[${index}].strength`,
            rule: 'strength-quote',
            severity: 'warning',
            message: "missing; expected the clause's word for how strongly it obliges, such as { level: required, quote: must }",
            hint: 'add strength: { level: required, quote: … } for "must", "shall", "will", or { level: advisory, quote: … } for "should", "ideally", "preferably", quoting the clause as printed; until then a lapse fails the check as if the clause said "must"',
          }),
        );
      } else if (quote && !quotedIn(clause.body, quote)) {
        errors.push(
          contentError({
            file: clause.file,
            line: clause.lineOf(`duties.${index}.strength`),
            field: `duties[${index}].strength.quote`,
            rule: 'strength-quote',
            message: `"${quote}" is not in the clause's text, so the duty's strength (${duty.strength!.level}) does not rest on what the clause says`,
            hint: 'quote the word or words of the clause that set how strong the duty is, as printed: "must", "will", "ideally"',
          }),
        );
      }

      if ((duty.kind !== 'frequency' && duty.kind !== 'per-meeting') || !inForce.has(documentKey(clause.partnership, clause.document)))
        return;
      const partnershipRecords = records.get(clause.partnership);
      const known = new Set([
        ...(partnershipRecords?.bodies ?? []).map((b) => b.data.id),
        ...(partnershipRecords?.subgroups ?? []).map((s) => s.data.id),
      ]);
      if (!known.has(duty.body)) {
        errors.push(
          contentError({
            file: clause.file,
            line: where.line,
            field: `duties[${index}].body`,
            rule: 'unknown-subgroup',
            message: `no body or subgroup "${duty.body}" in content/${clause.partnership}/records/`,
            hint: known.size
              ? `did you mean ${nearest(duty.body, known)
                  .map((id) => `"${id}"`)
                  .join(', ')}? Or list it under "bodies:" in meetings.yaml`
              : `list it under "bodies:" in content/${clause.partnership}/records/meetings.yaml`,
          }),
        );
      }
    });
  }
  for (const [partnership, partnershipRecords] of records) {
    errors.push(...unknownMembers(content, partnership, partnershipRecords));
    const declared = new Set(content.clauses.filter((c) => c.partnership === partnership).flatMap((c) => c.data.duties.map((d) => d.id)));
    for (const entry of partnershipRecords.acknowledgements) {
      if (declared.has(entry.data.duty)) continue;
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(['duty']),
          field: 'duty',
          rule: 'unknown-duty',
          message: `no duty "${entry.data.duty}" is declared in ${partnership}'s documents`,
          hint: declared.size
            ? `did you mean ${nearest(entry.data.duty, declared)
                .map((id) => `"${id}"`)
                .join(', ')}? Use the id from the duty in the clause frontmatter`
            : 'acknowledge only lapses of duties declared in the clause frontmatter',
        }),
      );
    }
  }
  return errors;
}

/** A record's `member` or `members` must name a member some duty of the partnership lists (`each: { members }`), or it would count for no one. */
function unknownMembers(content: Pick<ContentSet, 'clauses'>, partnership: string, records: PartnershipRecords): ContentError[] {
  const listed = new Set(
    content.clauses
      .filter((c) => c.partnership === partnership)
      .flatMap((c) =>
        c.data.duties.flatMap((d) => ('each' in d && d.each && d.each !== 'subgroup' ? d.each.members.map((m) => m.id) : [])),
      ),
  );
  const named = [
    ...[...records.reviews, ...records.acknowledgements].map((entry) => ({ entry, member: entry.data.member, path: ['member'] })),
    ...records.meetings.flatMap((entry) => entry.data.members.map((member, i) => ({ entry, member, path: ['members', i] }))),
  ];
  return named
    .filter(({ member }) => member !== undefined && !listed.has(member))
    .map(({ entry, member, path }) =>
      contentError({
        file: entry.file,
        line: entry.lineOf(path),
        field: path.join('.'),
        rule: 'unknown-member',
        message: `no duty of ${partnership} lists a member "${member}" (each: { members })`,
        hint: listed.size
          ? `did you mean ${nearest(member!, listed)
              .map((id) => `"${id}"`)
              .join(', ')}? Use the id the duty lists`
          : 'name a member only for a duty whose clause lists its members, under each: { members: [{ id, name }] }',
      }),
    );
}
