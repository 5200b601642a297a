/**
 * Acronyms a clause uses that its partnership's glossary does not explain,
 * as warnings for the editors' report: one per acronym per clause file, at
 * its first use. analyse-references.ts runs it on each body it parses.
 *
 *   content/west-sussex/constitution/clauses/6-513.mdx:14:23  warning  WSCC: "WSCC" is used but not in content/west-sussex/glossary.yaml
 */
import type { Root } from 'mdast';
import type { ClauseEntry } from '../content/model.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { findAcronyms, lookUp, type Glossary } from './acronyms.ts';
import { applyRewriter } from './apply-rewriter.ts';

const SKIP = new Set(['inlineCode', 'code']);

/** The acronyms one clause body uses that its glossary does not explain; `tree` is read, not changed. */
export function unknownAcronymsIn(tree: Root, clause: ClauseEntry, glossary: Glossary): ContentError[] {
  const warnings: ContentError[] = [];
  const reported = new Set<string>();
  applyRewriter(tree, {
    text(value, site) {
      if (site.ancestors.some((a) => SKIP.has(a.type))) return undefined;
      for (const token of findAcronyms(value, glossary)) {
        if (
          lookUp(glossary, token) ||
          glossary.notAcronyms.has(token.stem) ||
          glossary.notAcronyms.has(token.text) ||
          reported.has(token.stem)
        )
          continue;
        reported.add(token.stem);
        warnings.push(
          contentError({
            severity: 'warning',
            rule: 'unknown-acronym',
            file: clause.file,
            line: site.line === undefined ? undefined : site.line + clause.bodyStartLine - 1,
            column: site.line === undefined || site.column === undefined ? undefined : site.column + token.start,
            field: token.stem,
            message: `"${token.stem}" is used but not in content/${clause.partnership}/glossary.yaml`,
            hint: 'add it to the glossary with what it stands for (definedInSource: false if the documents never spell it out), or list it under notAcronyms if it is not an acronym',
          }),
        );
      }
      return undefined;
    },
  });
  return warnings;
}
