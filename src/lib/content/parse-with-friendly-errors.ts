/**
 * Every content file's data goes through here: one zod parse, one way of
 * turning its issues into ContentErrors with a line, a field, what was
 * expected and a hint. Modelled on Starlight's `parseWithFriendlyErrors`.
 */
import type { z } from 'astro/zod';
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let at = data;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

function describe(issue: Issue, allowed: string[], data: unknown): { message: string; hint?: string; field?: string; path: PropertyKey[] } {
  const path = [...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const parent = fieldName(path);
    return {
      path: [...path, keys[0]!],
      field: parent ? `${parent}.${keys[0]}` : keys[0],
      message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
      hint: allowed.length
        ? `remove it, or check the spelling; the fields allowed here are: ${allowed.join(', ')}`
        : 'remove it, or check the spelling',
    };
  }
  const expected =
    issue.code === 'invalid_value' ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    : issue.code === 'invalid_type' ? `${issue.expected}` : undefined;
  if (expected && path.length && valueAt(data, path) === undefined) {
    return { path, field: fieldName(path), message: `missing required field; expected ${expected}`, hint: `add "${String(path.at(-1))}:" with a value` };
  }
  if (issue.code === 'invalid_value') {
    return { path, field: fieldName(path), message: `expected ${expected}`, hint: 'use one of the listed values exactly, in lower case' };
  }
  return { path, field: fieldName(path), message: issue.message };
}

function allowedKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    const def = (node as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'object' && def.shape) node = def.shape[key as string];
    else if (def.type === 'array') node = def.element;
    else if (def.innerType) node = def.innerType;
    else return [];
    // unwrap optional/default wrappers
    while ((node as { def?: { innerType?: unknown; type?: string } })?.def?.innerType && (node as { def: { type: string } }).def.type !== 'object') {
      node = (node as { def: { innerType: unknown } }).def.innerType;
    }
  }
  const shape = (node as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

export type FriendlyResult<T> = { ok: true; data: T; errors: [] } | { ok: false; data?: undefined; errors: ContentError[] };

/** Parse `source.data` with `schema`; on failure, one ContentError per zod issue. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  source: Pick<YamlSource, 'data' | 'lineOf'>,
  file: string,
  what: string,
): FriendlyResult<z.infer<S>> {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { ok: true, data: result.data, errors: [] };
  const errors = result.error.issues.map((issue) => {
    const parentPath = issue.code === 'unrecognized_keys' ? [...issue.path] : [...issue.path].slice(0, -1);
    const d = describe(issue, allowedKeys(schema, parentPath), source.data);
    return contentError({
      file,
      line: source.lineOf(d.path),
      field: d.field || undefined,
      message: d.message,
      hint: d.hint ?? `see what each ${what} field takes in src/schemas/${what}.ts`,
      rule: 'schema',
    });
  });
  return { ok: false, errors };
}
