/**
 * The shape of one MDX safety rule, and the helpers every rule shares to
 * turn an AST node into a ContentError at the node's line and column.
 * Positions come from the parsed file, frontmatter included, so a finding's
 * line is the line an editor sees in the file.
 */
import type { Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { contentError, type ContentError } from '../errors/content-error.ts';

export const MDX_SAFETY_RULE = 'mdx-safety';

export interface RuleContext {
  /** Project-relative path of the file being checked. */
  file: string;
  /** Hosts images may come from besides this site (`imageHosts` in content/site.yaml). */
  imageHosts: readonly string[];
  /** The file's link definitions (`[ref]: address`) by identifier, for images written by reference. */
  definitions: ReadonlyMap<string, string>;
}

export interface MdxSafetyRule {
  /** Short name, for the rules list and tests: `no-esm`. */
  name: string;
  /** Findings for one node of the tree; most rules return [] for most nodes. */
  check(node: Node, context: RuleContext): ContentError[];
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** `<td>`, `<Foo.Bar>`, or `<>` for a fragment. */
export function tagOf(element: JsxElement): string {
  return `<${element.name ?? ''}>`;
}

export interface Place {
  line?: number;
  column?: number;
}

export function placeOf(node: { position?: Node['position'] } | undefined, fallback?: Node): Place {
  const start = node?.position?.start ?? fallback?.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

/** Long code or text shortened for a message: the first line, at most 60 characters. */
export function excerpt(text: string): string {
  const first = text.trim().split('\n')[0] ?? '';
  const more = first.length > 60 || text.trim().includes('\n');
  return `${first.slice(0, 60)}${more ? '…' : ''}`;
}

export function finding(context: RuleContext, place: Place, fields: { field: string; message: string; hint: string }): ContentError {
  return contentError({ file: context.file, ...place, ...fields, rule: MDX_SAFETY_RULE });
}
