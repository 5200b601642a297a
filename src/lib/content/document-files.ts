/**
 * The optional YAML files beside a document's document.yaml that describe
 * its history rather than its text: addresses.yaml (every address it has
 * published) and amendments.yaml (the decisions that changed its words).
 * Read and validated here once, for the check, the build and the renumber
 * command alike.
 */
import { existsSync } from 'node:fs';
import type { z } from 'astro/zod';
import { addressesFileSchema, type AddressesFile } from '../../schemas/address.ts';
import { amendmentsFileSchema, type AmendmentsFile } from '../../schemas/amendment.ts';
import type { ContentError } from '../errors/content-error.ts';
import { readContentFile } from './content-file.ts';
import type { DocumentEntry } from './model.ts';
import { parseWithFriendlyErrors } from './parse-with-friendly-errors.ts';
import { join } from 'node:path';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface DocumentFile<T> {
  /** Project-relative path. */
  file: string;
  data: T;
  lineOf: YamlSource['lineOf'];
}

export interface DocumentHistoryFiles {
  /** Absent when the document has no addresses.yaml (it has never been published). */
  addresses?: DocumentFile<AddressesFile>;
  amendments?: DocumentFile<AmendmentsFile>;
  errors: ContentError[];
}

function readOptional<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  what: string,
): { found?: DocumentFile<z.infer<S>>; errors: ContentError[] } {
  if (!existsSync(join(root, file))) return { errors: [] };
  const read = readContentFile(root, file, { what });
  if (!read.ok) return { errors: [read.error] };
  const source = parseYamlSource(read.text, file);
  if (source.errors.length) return { errors: source.errors };
  const parsed = parseWithFriendlyErrors(schema, source, file, what);
  return parsed.ok ? { found: { file, data: parsed.data, lineOf: source.lineOf }, errors: [] } : { errors: parsed.errors };
}

const memo = new WeakMap<DocumentEntry, DocumentHistoryFiles>();

/** The document's addresses.yaml and amendments.yaml, read once per loaded document. */
export function documentHistoryFiles(root: string, document: DocumentEntry): DocumentHistoryFiles {
  const cached = memo.get(document);
  if (cached) return cached;
  const addresses = readOptional(root, `${document.dir}/addresses.yaml`, addressesFileSchema, 'address');
  const amendments = readOptional(root, `${document.dir}/amendments.yaml`, amendmentsFileSchema, 'amendment');
  const files = { addresses: addresses.found, amendments: amendments.found, errors: [...addresses.errors, ...amendments.errors] };
  memo.set(document, files);
  return files;
}
