/**
 * One clause as the text of its `.mdx` file: YAML frontmatter (written by the
 * `yaml` package, so numbers like "6.10" stay quoted strings) and the body.
 *
 *   { id: '6-53', number: '6.53', heading: 'Quoracy', parent: '6-5', order: 30 }, "i) To be…"
 *   → "---\nid: 6-53\nnumber: \"6.53\"\nheading: Quoracy\nparent: 6-5\norder: 30\n---\n\ni) To be…\n"
 */
import { stringify } from 'yaml';

export interface ClauseFrontmatter {
  id: string;
  number?: string;
  heading?: string;
  parent?: string;
  order: number;
  topics?: string[];
}

export function clauseFile(frontmatter: ClauseFrontmatter, body: string): string {
  const { id, number, heading, parent, order, topics } = frontmatter;
  const data = Object.fromEntries(
    Object.entries({ id, number, heading, parent, order, topics }).filter(([, value]) => value !== undefined),
  );
  const yaml = stringify(data, { lineWidth: 0 });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}
