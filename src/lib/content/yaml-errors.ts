/**
 * What to tell an editor when YAML does not parse. The `yaml` package reports
 * a tab as a cascade of "unexpected token" errors that never say "tab", an
 * unclosed quote at the end of the file, and a document that expands aliases
 * past its limit (an "alias bomb") by throwing. Each of these becomes one
 * error, at the line where the fault is, that names it.
 *
 *   "\tdate: 2025-01-01" on line 2   → reviews.yaml:2  … line 2 is indented with a tab …
 *   'a: "unclosed' on line 1          → reviews.yaml:1  … this quote (") is never closed …
 */
import type { YAMLError } from 'yaml';
import { contentError, type ContentError } from '../errors/content-error.ts';

const GENERAL_HINT = 'check indentation, that each field is written "name: value", and that text containing ": " or "#" is in quotes';

/** The first line (1-based) indented with a tab, if any. */
function tabIndentedLine(lines: string[]): number | undefined {
  const at = lines.findIndex((line) => /^ *\t/.test(line));
  return at < 0 ? undefined : at + 1;
}

/** The first line whose value opens a quote it never closes. */
function unclosedQuoteLine(lines: string[], quote: '"' | "'"): number | undefined {
  const opens = new RegExp(`^\\s*(?:-\\s+)?(?:[^\\s#:'"][^:#]*:\\s+)?${quote}`);
  const at = lines.findIndex((line) => {
    if (!opens.test(line)) return false;
    const rest = line.slice(line.indexOf(quote) + 1);
    return quote === '"' ? !/(^|[^\\])"/.test(rest) : !/'/.test(rest.replaceAll("''", ''));
  });
  return at < 0 ? undefined : at + 1;
}

/** One error per fault, named where it is; `lineAt` maps a character offset to its line and column. */
export function yamlErrors(
  text: string,
  errors: YAMLError[],
  file: string,
  lineOffset: number,
  lineAt: (offset: number) => { line: number; col: number },
): ContentError[] {
  if (!errors.length) return [];
  const lines = text.split('\n');
  const at = (line: number, message: string, hint: string) => contentError({ file, line: line + lineOffset, message, hint, rule: 'yaml' });
  const tab = tabIndentedLine(lines);
  if (tab !== undefined) {
    return [
      at(
        tab,
        `line ${tab} is indented with a tab; YAML needs spaces`,
        'replace the tab at the start of the line with spaces, lined up with the lines around it',
      ),
    ];
  }
  const quoteError = errors.find((e) => e.code === 'MISSING_CHAR' && /quote/.test(e.message));
  if (quoteError) {
    const quote = quoteError.message.includes('"') ? '"' : "'";
    const line = unclosedQuoteLine(lines, quote) ?? lineAt(quoteError.pos[0]).line;
    return [
      at(
        line,
        `this quote (${quote}) is never closed, so everything after it is read as one piece of text`,
        `end the text with ${quote} on the same line`,
      ),
    ];
  }
  return errors.map((err) => {
    const pos = lineAt(err.pos[0]);
    return contentError({
      file,
      line: pos.line + lineOffset,
      column: pos.col,
      message: `this is not valid YAML: ${err.message.split('\n')[0]}`,
      hint: GENERAL_HINT,
      rule: 'yaml',
    });
  });
}

/** The error for a document whose aliases would expand past the parser's limit, at the first alias. */
export function aliasBombError(text: string, file: string, lineOffset: number): ContentError {
  const line = text.split('\n').findIndex((l) => /(^|[\s,[{:-])\*[\w-]+/.test(l.replace(/#.*/, ''))) + 1 || 1;
  return contentError({
    file,
    line: line + lineOffset,
    message: 'this YAML repeats its aliases (*name) so often that reading it could exhaust the memory of the build',
    hint: 'write the values out where they are used instead of repeating an alias',
    rule: 'yaml',
  });
}
