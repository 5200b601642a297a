/**
 * Rule: no `import` or `export` statements. They would load or expose code
 * when the clause is compiled; a clause file holds frontmatter and text only.
 * One finding per statement, at the statement's own line.
 */
import type { Program } from 'estree';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { ContentError } from '../../errors/content-error.ts';
import { excerpt, finding, placeOf, type MdxSafetyRule } from '../rule.ts';

const HINTS = {
  import:
    'delete this line. Clause text cannot load code; if a clause needs something Markdown cannot do, ask the site’s developers for a content component',
  export: 'delete this statement. Facts about the clause (number, heading, duties) go in the frontmatter between the --- lines',
};

function statements(node: MdxjsEsm): Array<{ kind: 'import' | 'export'; line?: number; column?: number; text: string }> {
  const program = node.data?.estree as Program | undefined;
  const start = node.position?.start;
  if (!program?.body.length || !start) {
    const kind = /^\s*import\b/.test(node.value) ? 'import' : 'export';
    return [{ kind, ...placeOf(node), text: node.value }];
  }
  return program.body.map((statement) => {
    // estree offsets are file offsets; slice the statement's own text from the node's value.
    const from = (statement.range?.[0] ?? start.offset!) - start.offset!;
    const to = (statement.range?.[1] ?? start.offset! + node.value.length) - start.offset!;
    return {
      kind: statement.type === 'ImportDeclaration' ? 'import' : 'export',
      line: statement.loc?.start.line,
      // estree columns count from 0; editors count from 1.
      column: statement.loc ? statement.loc.start.column + 1 : undefined,
      text: node.value.slice(from, to),
    };
  });
}

export const noEsm: MdxSafetyRule = {
  name: 'no-esm',
  check(node, context): ContentError[] {
    if (node.type !== 'mdxjsEsm') return [];
    return statements(node as MdxjsEsm).map(({ kind, line, column, text }) =>
      finding(
        context,
        { line, column },
        {
          field: excerpt(text),
          message: `an ${kind} statement is not allowed in clause text; a clause file holds frontmatter and text (Markdown and the allowed elements) only`,
          hint: HINTS[kind],
        },
      ),
    );
  },
};
