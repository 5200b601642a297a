/**
 * Reads the data files the reference plugins use, each validated by its
 * schema with the same friendly errors as the rest of the content:
 *
 *   content/legislation.yaml                      → legislation (src/schemas/legislation.ts)
 *   content/<partnership>/glossary.yaml           → glossary per partnership (src/schemas/glossary.ts)
 *   content/<partnership>/cross-references.yaml   → names and appendices (src/schemas/cross-references.ts)
 *
 * Every file is optional: a missing one means "nothing to link", not an error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { crossReferencesFileSchema, type CrossReferencesFile } from '../../schemas/cross-references.ts';
import { glossaryFileSchema, type GlossaryFile } from '../../schemas/glossary.ts';
import { legislationFileSchema, type LegislationEntry } from '../../schemas/legislation.ts';
import { parseWithFriendlyErrors } from '../content/parse-with-friendly-errors.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import type { ContentError } from '../errors/content-error.ts';
import { readContentFile } from '../content/content-file.ts';
import type { ContentSet } from '../content/model.ts';

export interface DataFile<T> {
  /** Project-relative path. */
  file: string;
  data: T;
  /** 1-based line of a value, for findings about it. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

export interface ReferenceData {
  legislation?: DataFile<{ legislation: LegislationEntry[] }>;
  /** By partnership id. */
  glossaries: Map<string, DataFile<GlossaryFile>>;
  /** By partnership id. */
  crossReferences: Map<string, DataFile<CrossReferencesFile>>;
  errors: ContentError[];
}

function readDataFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  what: string,
  errors: ContentError[],
): DataFile<z.infer<S>> | undefined {
  if (!existsSync(join(root, file))) return undefined;
  const read = readContentFile(root, file, { what: `this ${what} file` });
  if (!read.ok) {
    errors.push(read.error);
    return undefined;
  }
  const source = parseYamlSource(read.text, file);
  if (source.errors.length) {
    errors.push(...source.errors);
    return undefined;
  }
  const parsed = parseWithFriendlyErrors(schema, source, file, what);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return undefined;
  }
  return { file, data: parsed.data, lineOf: source.lineOf };
}

/** Reads the legislation file and each partnership's glossary and cross-references. */
export function loadReferenceData(content: Pick<ContentSet, 'root' | 'partnerships'>, contentDir = 'content'): ReferenceData {
  const errors: ContentError[] = [];
  const legislation = readDataFile(content.root, `${contentDir}/legislation.yaml`, legislationFileSchema, 'legislation', errors);
  const glossaries = new Map<string, DataFile<GlossaryFile>>();
  const crossReferences = new Map<string, DataFile<CrossReferencesFile>>();
  for (const { id } of content.partnerships) {
    const glossary = readDataFile(content.root, `${contentDir}/${id}/glossary.yaml`, glossaryFileSchema, 'glossary', errors);
    if (glossary) glossaries.set(id, glossary);
    const references = readDataFile(
      content.root,
      `${contentDir}/${id}/cross-references.yaml`,
      crossReferencesFileSchema,
      'cross-references',
      errors,
    );
    if (references) crossReferences.set(id, references);
  }
  return { legislation, glossaries, crossReferences, errors };
}
