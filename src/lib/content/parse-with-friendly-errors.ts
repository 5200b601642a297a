/**
 * Every content file's data goes through here: one zod parse, one way of
 * turning its issues into ContentErrors with a line, a field, what was
 * expected, what was found and a hint (the words: ./zod-issue-wording.ts).
 * Modelled on Starlight's `parseWithFriendlyErrors`.
 */
import type { z } from 'astro/zod';
import { contentError, type ContentError } from '../errors/content-error.ts';
import type { YamlSource } from './yaml-source.ts';
import { describeIssue, fieldName } from './zod-issue-wording.ts';

type Def = { type?: string; shape?: Record<string, unknown>; element?: unknown; innerType?: unknown; options?: unknown[] };
const defOf = (node: unknown) => (node as { def?: Def } | undefined)?.def;

/** Field names of the object schema at `path`, through optional, default and array wrappers. */
function allowedKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = () => {
    while (defOf(node)?.innerType && defOf(node)?.type !== 'object') node = defOf(node)!.innerType;
  };
  unwrap();
  for (const key of path) {
    const def = defOf(node);
    if (def?.type === 'object' && def.shape) node = def.shape[key as string];
    else if (def?.type === 'array') node = def.element;
    else return [];
    unwrap();
  }
  const shape = defOf(node)?.shape;
  return shape ? Object.keys(shape) : [];
}

export type FriendlyResult<T> = { ok: true; data: T; errors: [] } | { ok: false; data?: undefined; errors: ContentError[] };

/** Parse `source.data` with `schema`; on failure, one ContentError per field at fault. */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  source: Pick<YamlSource, 'data' | 'lineOf'>,
  file: string,
  what: string,
): FriendlyResult<z.infer<S>> {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return { ok: true, data: result.data, errors: [] };
  const context = { data: source.data, allowedKeys: (path: PropertyKey[]) => allowedKeys(schema, path) };
  const seen = new Set<string>();
  const errors: ContentError[] = [];
  for (const words of result.error.issues.flatMap((issue) => describeIssue(issue, context))) {
    // A value failing two checks (a pattern, then a refinement) is one mistake: report the first.
    const key = fieldName(words.path);
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(
      contentError({
        file,
        line: source.lineOf(words.path),
        field: words.field,
        message: words.message,
        hint: words.hint ?? `see what each ${what} field takes in src/schemas/${what}.ts`,
        rule: 'schema',
      }),
    );
  }
  return { ok: false, errors };
}
