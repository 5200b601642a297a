/**
 * Reads each partnership's evidence records, `content/<partnership>/records/`:
 * subgroups.yaml, reviews.yaml, publications.yaml, meetings.yaml,
 * acknowledgements.yaml (acknowledged past lapses) and events.yaml (events
 * that start a time limit). Each file
 * is optional (a missing file means no records of that kind) and goes
 * through the same friendly-error parse as all content, so a bad date or an
 * unknown field comes back as a ContentError with file and line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { acknowledgementsFileSchema } from '../../schemas/acknowledgement.ts';
import { eventsFileSchema } from '../../schemas/event.ts';
import { meetingsFileSchema } from '../../schemas/meeting.ts';
import { publicationsFileSchema } from '../../schemas/publication.ts';
import { reviewsFileSchema } from '../../schemas/review.ts';
import { subgroupsFileSchema } from '../../schemas/subgroup.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { readContentFile } from '../content/content-file.ts';
import { nearest } from '../content/integrity.ts';
import { parseWithFriendlyErrors } from '../content/parse-with-friendly-errors.ts';
import { parseYamlSource, type YamlSource } from '../content/yaml-source.ts';
import { checkRecordReferences } from './check-record-references.ts';
import type { PartnershipRecords, RecordEntry, RecordFiles } from './types.ts';

export interface LoadRecordsOptions {
  /** Project root; paths in results are relative to it. */
  root: string;
  /** Partnership folder names to read records for. */
  partnerships: string[];
  /** Content folder relative to root. Default `content`. */
  contentDir?: string;
}

export interface LoadedRecords {
  byPartnership: Map<string, PartnershipRecords>;
  errors: ContentError[];
}

export function recordFiles(partnership: string, contentDir = 'content'): RecordFiles {
  const dir = `${contentDir}/${partnership}/records`;
  return {
    subgroups: `${dir}/subgroups.yaml`,
    reviews: `${dir}/reviews.yaml`,
    publications: `${dir}/publications.yaml`,
    meetings: `${dir}/meetings.yaml`,
    acknowledgements: `${dir}/acknowledgements.yaml`,
    events: `${dir}/events.yaml`,
  };
}

type Parsed<S extends z.ZodType> = { data: z.infer<S>; source: YamlSource } | undefined;

function readRecordFile<S extends z.ZodType>(root: string, file: string, schema: S, what: string, errors: ContentError[]): Parsed<S> {
  if (!existsSync(join(root, file))) return undefined;
  const read = readContentFile(root, file, { what: 'this records file' });
  if (!read.ok) {
    errors.push(read.error);
    return undefined;
  }
  const source = parseYamlSource(read.text, file);
  errors.push(...source.errors);
  if (source.errors.length) return undefined;
  // An empty file means "no records yet", not an error.
  if (source.data === null || source.data === undefined) return undefined;
  const result = parseWithFriendlyErrors(schema, source, file, what);
  if (!result.ok) {
    errors.push(...result.errors);
    return undefined;
  }
  return { data: result.data, source };
}

/**
 * Files in records/ that no duty reads: a misspelt name ("review.yaml") would
 * otherwise be ignored, and its records with it, however broken.
 */
function unknownRecordFiles(root: string, files: RecordFiles): ContentError[] {
  const known = Object.values(files);
  const dir = known[0]!.replace(/\/[^/]+$/, '');
  if (!existsSync(join(root, dir))) return [];
  const names = known.map((file) => file.slice(dir.length + 1));
  return readdirSync(join(root, dir))
    .filter((name) => !name.startsWith('.') && name !== 'README.md' && !names.includes(name))
    .sort()
    .map((name) =>
      contentError({
        file: `${dir}/${name}`,
        rule: 'unknown-records-file',
        message: `no duty reads a records file called "${name}", so its records would be ignored`,
        hint: `did you mean ${nearest(name, names, 1)[0]}? The records files are ${names.join(', ')}`,
      }),
    );
}

function entries<T>(items: T[], file: string, source: YamlSource, prefix: ReadonlyArray<string | number> = []): RecordEntry<T>[] {
  return items.map((data, index) => ({
    data,
    file,
    line: source.lineOf([...prefix, index]),
    lineOf: (path) => source.lineOf([...prefix, index, ...path]),
  }));
}

export function loadRecords({ root, partnerships, contentDir = 'content' }: LoadRecordsOptions): LoadedRecords {
  const errors: ContentError[] = [];
  const byPartnership = new Map<string, PartnershipRecords>();
  for (const partnership of partnerships) {
    const files = recordFiles(partnership, contentDir);
    errors.push(...unknownRecordFiles(root, files));
    const subgroups = readRecordFile(root, files.subgroups, subgroupsFileSchema, 'subgroup', errors);
    const reviews = readRecordFile(root, files.reviews, reviewsFileSchema, 'review', errors);
    const publications = readRecordFile(root, files.publications, publicationsFileSchema, 'publication', errors);
    const meetings = readRecordFile(root, files.meetings, meetingsFileSchema, 'meeting', errors);
    const acknowledgements = readRecordFile(root, files.acknowledgements, acknowledgementsFileSchema, 'acknowledgement', errors);
    const events = readRecordFile(root, files.events, eventsFileSchema, 'event', errors);
    const records: PartnershipRecords = {
      partnership,
      files,
      subgroups: subgroups ? entries(subgroups.data, files.subgroups, subgroups.source) : [],
      reviews: reviews ? entries(reviews.data, files.reviews, reviews.source) : [],
      publications: publications ? entries(publications.data, files.publications, publications.source) : [],
      meetings: meetings ? entries(meetings.data.meetings, files.meetings, meetings.source, ['meetings']) : [],
      bodies: meetings ? entries(meetings.data.bodies, files.meetings, meetings.source, ['bodies']) : [],
      acknowledgements: acknowledgements ? entries(acknowledgements.data, files.acknowledgements, acknowledgements.source) : [],
      events: events ? entries(events.data, files.events, events.source) : [],
    };
    errors.push(...checkRecordReferences(records));
    byPartnership.set(partnership, records);
  }
  return { byPartnership, errors };
}
