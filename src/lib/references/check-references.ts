/**
 * Everything about references an editor should hear before the build, for
 * `npm run check` and the editors' report: invalid data files, cross-references
 * that name missing documents, dangling explicit references (errors), and
 * acronyms missing from the glossary (warnings).
 */
import { documentKey, type ContentSet } from '../content/model.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { nearest } from '../content/integrity.ts';
import { analyseReferences, unknownAcronyms } from './analyse-references.ts';

/** Explicit `clause:`/`doc:` links that point nowhere, with the nearest valid ids. */
export function checkExplicitReferences(content: ContentSet): ContentError[] {
  return analyseReferences(content).clauses.flatMap((c) => c.errors);
}

/** The reference data files: schema problems, and documents named in cross-references.yaml that do not exist. */
export function checkReferenceData(content: ContentSet): ContentError[] {
  const { model } = analyseReferences(content);
  const errors = [...model.data.errors];
  for (const [partnership, file] of model.data.crossReferences) {
    const ids = [...model.documents.values()].filter((d) => d.partnership === partnership).map((d) => d.id);
    const check = (id: string, path: PropertyKey[], field: string) => {
      if (model.documents.has(documentKey(partnership, id))) return;
      errors.push(
        contentError({
          file: file.file,
          line: file.lineOf(path),
          field,
          rule: 'reference',
          message: `no document "${id}" in ${partnership}`,
          hint: `use a document folder name of this partnership; nearest: ${nearest(id, ids).join(', ') || 'none'}`,
        }),
      );
    };
    file.data.documents.forEach((described, i) => {
      check(described.document, ['documents', i, 'document'], `documents[${i}].document`);
      described.appendices.forEach((appendix, j) => {
        if (appendix.document)
          check(appendix.document, ['documents', i, 'appendices', j, 'document'], `documents[${i}].appendices[${j}].document`);
      });
    });
  }
  return errors;
}

/** All of the above plus unknown acronyms (warnings), in file order. */
export function checkReferences(content: ContentSet): ContentError[] {
  return [...checkReferenceData(content), ...checkExplicitReferences(content), ...unknownAcronyms(content)];
}
