/**
 * Parses YAML (a data file, or an MDX file's frontmatter) keeping source
 * positions, so every later error can name the line of the field at fault.
 * Uses the `yaml` package's LineCounter rather than re-scanning text by hand.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { aliasBombError, yamlErrors } from './yaml-errors.ts';
import { parseFlatYaml } from './flat-yaml.ts';

export interface YamlSource {
  /** The parsed value, or undefined when the YAML itself did not parse. */
  data: unknown;
  /** 1-based line of the value at `path` (e.g. `['duties', 0, 'cadence']`); falls back to the nearest parent. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  errors: ContentError[];
}

/**
 * @param text   the YAML text
 * @param file   path for messages
 * @param lineOffset lines before the YAML in the file (1 for frontmatter after `---`)
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  // Most frontmatter is flat `key: value` lines: read without building a YAML document (flat-yaml.ts).
  const flat = parseFlatYaml(text);
  if (flat) {
    const first = Math.min(...flat.lines.values());
    const lineOf = (path: ReadonlyArray<PropertyKey>) =>
      ((path.length ? flat.lines.get(String(path[0])) : undefined) ?? first) + lineOffset;
    return { data: flat.data, lineOf, errors: [] };
  }
  const lineCounter = new LineCounter();
  // `core` schema: dates stay strings, so "2019-06-25" is checked by our date schema, not turned into a UTC Date.
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const errors = yamlErrors(text, doc.errors, file, lineOffset, (offset) => lineCounter.linePos(offset));
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  function lineOf(path: ReadonlyArray<PropertyKey>): number {
    let node: unknown = doc.contents;
    let best = node && (node as Node).range ? lineAt((node as Node).range![0]) : 1 + lineOffset;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node | undefined;
        if (keyNode?.range) best = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if ((node as Node | undefined)?.range) best = lineAt((node as Node).range![0]);
      } else break;
    }
    return best;
  }

  if (errors.length) return { data: undefined, lineOf, errors };
  try {
    return { data: doc.toJS(), lineOf, errors };
  } catch (error) {
    // The parser refuses to expand aliases past its limit (an "alias bomb"); anything else is a bug, not content.
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    return { data: undefined, lineOf, errors: [aliasBombError(text, file, lineOffset)] };
  }
}

export interface FrontmatterSource extends YamlSource {
  /** The MDX body after the closing `---`. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
}

/** Splits `---\n<yaml>\n---\n<body>` and parses the YAML with positions. */
export function parseFrontmatter(text: string, file: string): FrontmatterSource {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return {
      data: undefined,
      lineOf: () => 1,
      body: text,
      bodyStartLine: 1,
      errors: [
        contentError({
          file,
          line: 1,
          message: 'expected the file to start with frontmatter between two "---" lines',
          hint: 'start the file with "---", then the fields (id, number, heading, parent, order), then "---", then the clause text',
          rule: 'frontmatter',
        }),
      ],
    };
  }
  const yamlSource = parseYamlSource(match[1] ?? '', file, 1);
  const consumed = match[0];
  let bodyStartLine = 1;
  for (let at = consumed.indexOf('\n'); at !== -1; at = consumed.indexOf('\n', at + 1)) bodyStartLine++;
  return { ...yamlSource, body: text.slice(consumed.length), bodyStartLine };
}
