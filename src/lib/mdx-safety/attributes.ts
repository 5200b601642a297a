/**
 * Sorts each JSX attribute into exactly one class, so the attribute rules
 * never report the same attribute twice: an `onclick={…}` is an event
 * handler, not also an expression and a disallowed attribute.
 */
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

export type AttributeClass = 'spread-expression' | 'event-handler' | 'value-expression' | 'script-url' | 'plain';

export type JsxAttribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/**
 * Browsers ignore control characters and spaces inside a URL's scheme, and
 * schemes are case-insensitive, so `JaVa\tScript:` still runs script.
 */
export function scriptScheme(value: string): 'javascript:' | 'vbscript:' | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what a browser drops from a scheme
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (squeezed.startsWith('javascript:')) return 'javascript:';
  return squeezed.startsWith('vbscript:') ? 'vbscript:' : undefined;
}

export const isScriptUrl = (value: string): boolean => scriptScheme(value) !== undefined;

export function classifyAttribute(attribute: JsxAttribute): AttributeClass {
  if (attribute.type === 'mdxJsxExpressionAttribute') return 'spread-expression';
  if (/^on/i.test(attribute.name)) return 'event-handler';
  if (attribute.value && typeof attribute.value === 'object') return 'value-expression';
  if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) return 'script-url';
  return 'plain';
}

/** `onclick="…"`, `title="…"`, `{...props}`: how the attribute reads in the file. */
export function describeAttribute(attribute: JsxAttribute): string {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value}}`;
  if (attribute.value === null || attribute.value === undefined) return attribute.name;
  if (typeof attribute.value === 'object') return `${attribute.name}={${attribute.value.value}}`;
  return `${attribute.name}="${attribute.value}"`;
}
