/**
 * The one shape every content problem takes, whoever finds it: the schema, the
 * reference resolver, the compliance check or the MDX safety check. Editors
 * read these, so each says where (file, line), what (field or text), what was
 * expected, and how to fix it.
 */
export type Severity = 'error' | 'warning';

export interface ContentError {
  /** Path relative to the project root, e.g. `content/west-sussex/constitution/clauses/6-53.mdx`. */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number;
  /** 1-based column, where known. */
  column?: number;
  /** The frontmatter field (`parent`, `duties[0].cadence`) or the text at fault. */
  field?: string;
  /** What is wrong and what was expected: "expected a date written as YYYY-MM-DD". */
  message: string;
  /** How to fix it, in an editor's words. */
  hint?: string;
  severity: Severity;
  /** Which check found it, e.g. `schema`, `duplicate-id`, `reference`, `compliance`, `mdx-safety`. */
  rule: string;
}

/** Build a ContentError with `severity: 'error'` unless told otherwise. */
export function contentError(fields: Omit<ContentError, 'severity'> & { severity?: Severity }): ContentError {
  return { severity: 'error', ...fields };
}

const count = (errors: ContentError[]) => `${errors.length} content problem${errors.length === 1 ? '' : 's'}`;

/**
 * Thrown when content cannot be used, by whatever finds it: the content
 * loader, the site settings, the reference plugins. It carries every problem
 * found, not just the first, and its message lists them all through
 * formatContentError.
 *
 * Shaped for Astro to print whole when `astro build` or `astro dev` stops on
 * it. Astro prints only the first entry of an error's `errors` array, without
 * its file or line, so the list is `problems`, not `errors`; it adds the stack
 * trace, so there is none; and it guesses "Browser APIs are not available"
 * for any error whose toString() says "document", which these messages do, so
 * toString() only counts the problems and Astro shows our hint instead.
 */
export class ContentErrors extends Error {
  readonly hint = 'Each problem above names the file and line to fix; `npm run check` lists the same problems.';
  readonly problems: ContentError[];
  constructor(problems: ContentError[]) {
    super(`${count(problems)}:\n${problems.map((e) => formatContentError(e)).join('\n')}`);
    this.name = 'ContentErrors';
    this.problems = problems;
    this.stack = '';
  }

  override toString(): string {
    return `${this.name}: ${count(this.problems)}`;
  }
}

/** `file:line:col`, as far as known: where every report points an editor. */
export function location(error: Pick<ContentError, 'file' | 'line' | 'column'>): string {
  if (error.line === undefined) return error.file;
  return error.column === undefined ? `${error.file}:${error.line}` : `${error.file}:${error.line}:${error.column}`;
}

/** `content/…/6-53.mdx:4  error  parent: no clause "6-9" in this document …\n  hint: …` */
export function formatContentError(error: ContentError): string {
  const field = error.field ? `${error.field}: ` : '';
  const lines = [`${location(error)}  ${error.severity}  ${field}${error.message}  [${error.rule}]`];
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join('\n');
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A GitHub Actions workflow command, so the finding shows on the pull request's line. */
export function formatGithubAnnotation(error: ContentError): string {
  const props = [`file=${escapeProperty(error.file)}`];
  if (error.line !== undefined) props.push(`line=${error.line}`);
  if (error.column !== undefined) props.push(`col=${error.column}`);
  props.push(`title=${escapeProperty(`${error.rule}${error.field ? `: ${error.field}` : ''}`)}`);
  const body = error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
  return `::${error.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(body)}`;
}
