/**
 * Reads the worked examples out of .github/CONTRIBUTING.md so a test can
 * check them against the real files and apply them to a copy. Each code
 * block of an example is preceded by a comment (invisible on GitHub) saying
 * what it is:
 *
 *   <!-- worked-example 1: is content/…/6-53.mdx -->            the whole file, as it is now
 *   <!-- worked-example 3: contains content/…/subgroups.yaml --> part of the file, as it is now
 *   <!-- worked-example 3: replace-part content/…/subgroups.yaml -->  the new version of that part
 *   <!-- worked-example 1: replace-text content/…/6-53-i.mdx -->      the new clause text (below the frontmatter)
 *   <!-- worked-example 2: append content/…/reviews.yaml -->          added at the end of the file
 *   <!-- worked-example 7: remove content/…/meetings.yaml -->         part of the file, as it is now, deleted
 *   <!-- worked-example 10: create content/…/source.txt -->          a new file, which must not exist yet
 *   <!-- worked-example 9: run . -->                                  `npm run …` commands, run in the project
 */

export type StepKind = 'is' | 'contains' | 'replace-part' | 'replace-text' | 'append' | 'remove' | 'create' | 'run';

export interface Step {
  example: number;
  kind: StepKind;
  path: string;
  /** The code block, without the guide's indentation. */
  text: string;
}

const MARKER = /^\s*<!-- worked-example (\d+): (is|contains|replace-part|replace-text|append|remove|create|run) (\S+) -->\s*$/;
const FENCE = /^(\s*)```/;

interface CodeBlock {
  /** Index of the line before the opening fence. */
  before: number;
  /** The block's lines, without the guide's indentation (a block in a list item is indented). */
  text: string;
}

/** Every fenced code block of the guide, in order. */
export function codeBlocks(guide: string): CodeBlock[] {
  const lines = guide.split('\n');
  const blocks: CodeBlock[] = [];
  for (let open = 0; open < lines.length; open++) {
    const indent = FENCE.exec(lines[open]!)?.[1];
    if (indent === undefined) continue;
    const close = lines.findIndex((line, at) => at > open && line.trim() === '```');
    if (close < 0) throw new Error(`the code block opened on line ${open + 1} is never closed`);
    const text = lines
      .slice(open + 1, close)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n');
    blocks.push({ before: open - 1, text: `${text}\n` });
    open = close;
  }
  return blocks;
}

/** Every marked code block of the guide, in order: the marker is the last non-blank line before the block. */
export function workedExampleSteps(guide: string): Step[] {
  const lines = guide.split('\n');
  const steps: Step[] = [];
  for (const block of codeBlocks(guide)) {
    let at = block.before;
    while (at >= 0 && lines[at]!.trim() === '') at--;
    const marker = MARKER.exec(lines[at] ?? '');
    if (marker) steps.push({ example: Number(marker[1]), kind: marker[2] as StepKind, path: marker[3]!, text: block.text });
  }
  const markers = lines.filter((line) => MARKER.test(line)).length;
  if (markers !== steps.length) throw new Error(`${markers - steps.length} worked-example marker(s) not directly followed by a code block`);
  return steps;
}

export interface Files {
  read(path: string): string;
  write(path: string, text: string): void;
  exists?(path: string): boolean;
  /** Runs one `npm run <script> -- <args>` line in the project; throws, with its output, when it fails. */
  run?(command: string): void;
}

/**
 * Checks an example's "as it is now" blocks against the files and applies
 * its changes to them; throws, naming the step, when a block no longer
 * matches the file it describes.
 */
export function applyWorkedExample(steps: Step[], files: Files): void {
  const parts = new Map<string, string>();
  for (const step of steps) {
    if (step.kind === 'run') {
      for (const command of step.text.split('\n').filter((line) => line.trim())) files.run!(command);
      continue;
    }
    if (step.kind === 'create') {
      if (files.exists?.(step.path)) throw new Error(`worked example ${step.example}, create ${step.path}: the file is already there`);
      files.write(step.path, step.text);
      continue;
    }
    const current = files.read(step.path);
    const where = `worked example ${step.example}, ${step.kind} ${step.path}`;
    switch (step.kind) {
      case 'is':
        if (current !== step.text) throw new Error(`${where}: the guide shows\n${step.text}\nbut the file is\n${current}`);
        break;
      case 'contains': {
        // A block is whole lines; the part may end mid-line in the file (before a trailing space, say).
        const part = step.text.replace(/\n$/, '');
        if (!current.includes(part)) throw new Error(`${where}: the file does not contain\n${step.text}`);
        parts.set(step.path, part);
        break;
      }
      case 'replace-part': {
        const part = parts.get(step.path);
        if (!part) throw new Error(`${where}: no "contains" block before it says which part to replace`);
        files.write(step.path, current.replace(part, step.text.replace(/\n$/, '')));
        break;
      }
      case 'replace-text': {
        const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(current)?.[0];
        if (!frontmatter) throw new Error(`${where}: the file has no frontmatter`);
        files.write(step.path, `${frontmatter}\n${step.text}`);
        break;
      }
      case 'append':
        files.write(step.path, `${current.replace(/\n*$/, '\n')}${step.text}`);
        break;
      case 'remove':
        if (!current.includes(step.text)) throw new Error(`${where}: the file does not contain\n${step.text}`);
        files.write(step.path, current.replace(step.text, ''));
        break;
    }
  }
}
