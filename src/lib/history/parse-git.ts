/**
 * Pure parsers for the two git outputs the history reads: the log (one
 * record per commit with the files it touched) and the working tree's
 * status. Both are requested NUL-separated, so any file name parses.
 */

export interface Commit {
  /** Full commit hash. */
  hash: string;
  /** When the commit was made, ISO 8601 with its offset: `2026-03-03T10:15:00+00:00`. */
  date: string;
  /** Author's name as recorded by git. */
  author: string;
  /** First line of the commit message. */
  subject: string;
  /** Project-relative paths of the files it changed (added, modified, renamed to or deleted). */
  files: string[];
}

/** Arguments giving the format parseLog reads: records start with \x1e, fields split by \x1f. */
export const LOG_FORMAT_ARGS = ['-z', '--format=%x1e%H%x1f%cI%x1f%an%x1f%s', '--name-only'];

/** Parse `git log` run with LOG_FORMAT_ARGS. */
export function parseLog(output: string): Commit[] {
  return output
    .split('\x1e')
    .filter((record) => record.trim())
    .map((record) => {
      const [header = '', ...names] = record.split('\0');
      const [hash = '', date = '', author = '', subject = ''] = header.split('\x1f');
      // The file list starts on the line after the header.
      const files = names.map((name) => name.replace(/^\n/, '')).filter(Boolean);
      return { hash, date, author, subject, files };
    });
}

/**
 * Parse `git status --porcelain -z`: the paths, relative to the repository
 * root, that differ from the last commit (modified, added, deleted, untracked).
 */
export function parseStatus(output: string): string[] {
  const paths: string[] = [];
  const entries = output.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    // A rename or copy is followed by its original path, which is not a separate change.
    if (/[RC]/.test(entry.slice(0, 2))) i++;
  }
  return paths;
}
