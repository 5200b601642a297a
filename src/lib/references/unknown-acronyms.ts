/**
 * Acronyms the clauses use that their partnership's glossary does not
 * explain, as warnings for the editors' report: one per acronym per clause
 * file, at its first use.
 *
 *   content/west-sussex/constitution/clauses/6-513.mdx:14:23  warning  WSCC: "WSCC" is used but not in content/west-sussex/glossary.yaml
 */
import type { ContentSet } from '../content/model.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { buildGlossary, findAcronyms, lookUp } from './acronyms.ts';
import { parseClauseBody } from './analyse-references.ts';
import { applyRewriter } from './apply-rewriter.ts';
import { loadReferenceData, type ReferenceData } from './reference-data.ts';

const SKIP = new Set(['inlineCode', 'code']);

export function unknownAcronyms(content: ContentSet, data: ReferenceData = loadReferenceData(content)): ContentError[] {
  const warnings: ContentError[] = [];
  const glossaries = new Map(content.partnerships.map((p) => [p.id, buildGlossary(p.id, data.glossaries.get(p.id)?.data)]));
  for (const clause of content.clauses) {
    const glossary = glossaries.get(clause.partnership) ?? buildGlossary(clause.partnership, undefined);
    const tree = parseClauseBody(clause.body);
    if (!tree) continue;
    const reported = new Set<string>();
    applyRewriter(tree, {
      text(value, site) {
        if (site.ancestors.some((a) => SKIP.has(a.type))) return undefined;
        for (const token of findAcronyms(value, glossary)) {
          if (lookUp(glossary, token) || glossary.notAcronyms.has(token.stem) || glossary.notAcronyms.has(token.text) || reported.has(token.stem)) continue;
          reported.add(token.stem);
          warnings.push(contentError({
            severity: 'warning',
            rule: 'unknown-acronym',
            file: clause.file,
            line: site.line === undefined ? undefined : site.line + clause.bodyStartLine - 1,
            column: site.line === undefined || site.column === undefined ? undefined : site.column + token.start,
            field: token.stem,
            message: `"${token.stem}" is used but not in content/${clause.partnership}/glossary.yaml`,
            hint: 'add it to the glossary with what it stands for (definedInSource: false if the documents never spell it out), or list it under notAcronyms if it is not an acronym',
          }));
        }
        return undefined;
      },
    });
  }
  return warnings;
}
