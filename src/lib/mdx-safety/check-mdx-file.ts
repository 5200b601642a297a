/**
 * The driver: parse one MDX file and run every rule over every node of its
 * tree. Findings come back in file order, as ContentErrors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Definition } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { ContentError } from '../errors/content-error.ts';
import { parseMdx } from './parse-mdx.ts';
import { isPlainProseFile } from '../markdown/plain-prose.ts';
import type { MdxSafetyRule } from './rule.ts';
import { allowedAttributesRule } from './rules/allowed-attributes.ts';
import { allowedElements } from './rules/allowed-elements.ts';
import { noEsm } from './rules/no-esm.ts';
import { noEventHandlers } from './rules/no-event-handlers.ts';
import { noExpressions } from './rules/no-expressions.ts';
import { allowedLinks } from './rules/allowed-links.ts';

export const MDX_SAFETY_RULES: readonly MdxSafetyRule[] = [
  noEsm,
  noExpressions,
  allowedElements,
  noEventHandlers,
  allowedLinks,
  allowedAttributesRule,
];

const byPosition = (a: ContentError, b: ContentError) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Check MDX text; `file` is the project-relative path used in findings. */
export function checkMdxSource(text: string, file: string, imageHosts: readonly string[] = []): ContentError[] {
  // Plain prose is paragraphs, list items and text only, where no rule can find anything.
  if (isPlainProseFile(text)) return [];
  const parsed = parseMdx(text, file);
  if (!parsed.ok) return [parsed.error];
  const definitions = new Map<string, string>();
  visit(parsed.tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const context = { file, imageHosts, definitions };
  const findings: ContentError[] = [];
  visit(parsed.tree, (node: Node) => {
    for (const rule of MDX_SAFETY_RULES) findings.push(...rule.check(node, context));
  });
  return findings.sort(byPosition);
}

/** Check one file, given the project root and the file's path relative to it. */
export function checkMdxFile(root: string, file: string, imageHosts: readonly string[] = []): ContentError[] {
  return checkMdxSource(readFileSync(join(root, file), 'utf8'), file, imageHosts);
}
