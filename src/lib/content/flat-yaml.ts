/**
 * A fast path for the commonest YAML here, a clause's frontmatter: one
 * `key: value` per line, values plain words, whole numbers, quoted strings
 * or a one-line `[list, of, words]`. It gives the value and each key's line
 * exactly as the `yaml` package (core schema) would, without building its
 * document; anything else returns undefined and takes the real parser.
 *
 *   'id: 6-53\nnumber: "6.53"\norder: 30\ntopics: [meetings, quoracy]'
 *     → { data: { id: '6-53', number: '6.53', order: 30, topics: ['meetings', 'quoracy'] }, lines: { id: 1, number: 2, … } }
 *
 * The test of record, test/content/flat-yaml.test.ts, compares it with the
 * `yaml` package on every YAML text of the content and the benchmark corpus.
 */

/** What the core schema would read as something other than a string: null, booleans, numbers. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[\da-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** A plain scalar that can only be a string: starts with a letter or digit (numbers are caught by NOT_A_STRING), no YAML indicators inside, no edge spaces. */
const PLAIN_WORDS = /^[\p{L}\p{N}][^:#[\]{},"'\\\t]*$/u;
const KEY = /^[A-Za-z][\w-]*$/;

function scalar(text: string, inList: boolean): { value: unknown } | undefined {
  if (/^(?:0|[1-9]\d{0,14})$/.test(text)) return { value: Number(text) };
  const quoted = /^"([^"\\]*)"$/.exec(text) ?? /^'([^']*)'$/.exec(text);
  if (quoted) return { value: quoted[1] };
  if (text.trim() !== text || !PLAIN_WORDS.test(text) || NOT_A_STRING.test(text)) return undefined;
  // In a flow list a comma ends the item, which PLAIN_WORDS already excludes.
  return inList || !/\s$/.test(text) ? { value: text } : undefined;
}

export interface FlatYaml {
  data: Record<string, unknown>;
  /** 1-based line of each key, before any line offset. */
  lines: Map<string, number>;
}

export function parseFlatYaml(text: string): FlatYaml | undefined {
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row === '') continue;
    const match = /^([^:\s]+): (.+)$/.exec(row);
    if (!match || !KEY.test(match[1]!) || lines.has(match[1]!)) return undefined;
    const raw = match[2]!;
    let value: unknown;
    const list = /^\[(.*)\]$/.exec(raw);
    if (list) {
      const items = list[1]!.trim() === '' ? [] : list[1]!.split(',').map((item) => scalar(item.trim(), true));
      if (items.some((item) => item === undefined) || /,\s*$/.test(list[1]!)) return undefined;
      value = items.map((item) => item!.value);
    } else {
      const one = scalar(raw, false);
      if (!one) return undefined;
      value = one.value;
    }
    data[match[1]!] = value;
    lines.set(match[1]!, i + 1);
  }
  return lines.size ? { data, lines } : undefined;
}
