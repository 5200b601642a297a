/**
 * Records count for a duty only through a name they share with it: a review
 * record's `subject`, a publication's `type` and `publisher`. A mistyped name
 * (`subject: constitutoin`) matches no duty, so the record would be ignored
 * in silence and the duty reported overdue; this reports the record instead,
 * at its line, with the nearest names a duty of the partnership uses.
 * (A meeting's `body` is checked against the bodies and subgroups listed in
 * the records, in check-record-references.ts; a body may meet without a duty.)
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { closeMatches, nearest } from '../content/integrity.ts';
import type { ContentSet } from '../content/model.ts';
import type { Duty, DutyOf } from '../../schemas/duty.ts';
import { checkEvents } from './check-events.ts';
import type { PartnershipRecords } from './types.ts';

const quoted = (names: Iterable<string>) => [...names].map((name) => `"${name}"`).join(', ');

/** "did you mean …?" when a known name is a slip away; otherwise the nearest few names in use. */
function suggest(wanted: string, known: Set<string>, what: string): string {
  const sentence = `${what[0]!.toUpperCase()}${what.slice(1)}`;
  if (!known.size) return `no clause of this partnership declares such a duty yet. ${sentence}`;
  const close = closeMatches(wanted, known);
  return close.length
    ? `did you mean ${quoted(close)}? ${sentence}`
    : `${what}; the nearest names in use: ${quoted(nearest(wanted, known))}`;
}

function reviewSubjects(records: PartnershipRecords, duties: Duty[]): ContentError[] {
  const subjects = new Set(
    duties.flatMap((duty) => (duty.kind === 'review' || duty.kind === 'annual-deadline' || duty.kind === 'one-off' ? [duty.subject] : [])),
  );
  return records.reviews
    .filter((entry) => !subjects.has(entry.data.subject))
    .map((entry) =>
      contentError({
        file: entry.file,
        line: entry.lineOf(['subject']),
        field: 'subject',
        rule: 'unknown-subject',
        message: `no duty counts reviews with subject "${entry.data.subject}", so this record would be ignored`,
        hint: suggest(
          entry.data.subject,
          subjects,
          'the subject must be the "subject" of a review, annual-deadline or one-off duty in one of this partnership’s clauses',
        ),
      }),
    );
}

function publicationDuties(records: PartnershipRecords, duties: Duty[]): ContentError[] {
  const publications = duties.filter((duty): duty is DutyOf<'publication'> => duty.kind === 'publication');
  const types = new Set(publications.map((duty) => duty.publicationType));
  const errors: ContentError[] = [];
  for (const entry of records.publications) {
    const { type, publisher } = entry.data;
    if (!types.has(type)) {
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(['type']),
          field: 'type',
          rule: 'unknown-subject',
          message: `no duty counts publications of type "${type}", so this record would be ignored`,
          hint: suggest(type, types, 'the type must be the "publicationType" of a publication duty in one of this partnership’s clauses'),
        }),
      );
      continue;
    }
    const publishers = new Set(publications.filter((duty) => duty.publicationType === type).map((duty) => duty.publisher ?? ''));
    if (publishers.has(publisher ?? '')) continue;
    const named = new Set([...publishers].filter(Boolean));
    errors.push(
      contentError({
        file: entry.file,
        line: entry.lineOf(publisher ? ['publisher'] : ['type']),
        field: 'publisher',
        rule: 'unknown-subject',
        message: publisher
          ? `no ${type} duty is published by "${publisher}", so this record would be ignored`
          : `every ${type} duty names its publisher (${quoted(named)}), and this record names none, so it would be ignored`,
        hint: publisher
          ? `${publishers.has('') ? 'leave "publisher" out for the partnership itself, or ' : ''}${suggest(publisher, named, 'the publisher must be one a publication duty names')}`
          : `add "publisher:" with one of ${quoted(named)}`,
      }),
    );
  }
  return errors;
}

/** Every review, publication and event record of each partnership that matches none of its duties. */
export function checkRecordSubjects(content: Pick<ContentSet, 'clauses'>, records: Map<string, PartnershipRecords>): ContentError[] {
  return [...records.values()].flatMap((partnershipRecords) => {
    const duties = content.clauses
      .filter((clause) => clause.partnership === partnershipRecords.partnership)
      .flatMap((clause) => clause.data.duties);
    return [
      ...reviewSubjects(partnershipRecords, duties),
      ...publicationDuties(partnershipRecords, duties),
      ...checkEvents(partnershipRecords, duties),
    ];
  });
}
