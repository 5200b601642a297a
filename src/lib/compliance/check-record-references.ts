/**
 * Checks across one partnership's record files: subgroups belong to the
 * partnership folder they are in, ids are unique, and every meeting,
 * review and acknowledgement names a body or subgroup that exists. Each
 * finding points at the line of the field at fault.
 */
import { contentError, type ContentError } from '../errors/content-error.ts';
import { nearest } from '../content/integrity.ts';
import type { PartnershipRecords } from './types.ts';

function suggestion(wanted: string, known: Set<string>): string {
  if (!known.size) return 'none are listed yet';
  return `did you mean ${nearest(wanted, known)
    .map((id) => `"${id}"`)
    .join(', ')}?`;
}

export function checkRecordReferences(records: PartnershipRecords): ContentError[] {
  const errors: ContentError[] = [];
  const subgroupIds = new Set<string>();
  for (const entry of records.subgroups) {
    const { id, partnership } = entry.data;
    if (partnership !== records.partnership) {
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(['partnership']),
          field: 'partnership',
          rule: 'schema',
          message: `expected "${records.partnership}" (the folder this file is in), found "${partnership}"`,
          hint: 'set partnership to the name of the folder above records/',
        }),
      );
    }
    if (subgroupIds.has(id)) {
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(['id']),
          field: 'id',
          rule: 'duplicate-id',
          message: `duplicate subgroup id "${id}"`,
          hint: 'give each subgroup its own id',
        }),
      );
    }
    subgroupIds.add(id);
  }

  const bodyIds = new Set<string>();
  for (const entry of records.bodies) {
    const { id } = entry.data;
    if (bodyIds.has(id) || subgroupIds.has(id)) {
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(['id']),
          field: 'id',
          rule: 'duplicate-id',
          message: `duplicate body id "${id}"${subgroupIds.has(id) ? '; a subgroup in subgroups.yaml already uses it' : ''}`,
          hint: 'list boards under bodies and subgroups in subgroups.yaml, each once',
        }),
      );
    }
    bodyIds.add(id);
  }

  const meetingBodies = new Set([...bodyIds, ...subgroupIds]);
  for (const entry of records.meetings) {
    const { body } = entry.data;
    if (!meetingBodies.has(body)) {
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(['body']),
          field: 'body',
          rule: 'unknown-subgroup',
          message: `no body or subgroup "${body}" in this partnership's records`,
          hint: `${suggestion(body, meetingBodies)} List a board under "bodies:" in ${records.files.meetings}, or a subgroup in ${records.files.subgroups}`,
        }),
      );
    }
  }
  const named = [
    ...[...records.reviews, ...records.acknowledgements].map((entry) => ({ entry, subgroup: entry.data.subgroup, path: ['subgroup'] })),
    ...records.meetings.flatMap((entry) => entry.data.subgroups.map((subgroup, i) => ({ entry, subgroup, path: ['subgroups', i] }))),
  ];
  for (const { entry, subgroup, path } of named) {
    if (subgroup !== undefined && !subgroupIds.has(subgroup)) {
      errors.push(
        contentError({
          file: entry.file,
          line: entry.lineOf(path),
          field: path.join('.'),
          rule: 'unknown-subgroup',
          message: `no subgroup "${subgroup}" in ${records.files.subgroups}`,
          hint: `${suggestion(subgroup, subgroupIds)} Or add the subgroup to ${records.files.subgroups}`,
        }),
      );
    }
  }
  return errors;
}
