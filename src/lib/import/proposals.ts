/**
 * A document's proposed duties (src/schemas/proposed-duty.ts): read from
 * and written to `proposed-duties.yaml`, merged with a new import's, and
 * decided. Accepting moves the proposal's duty into its clause's `duties:`
 * once it is valid against the duty schema; rejecting keeps it with the
 * reason, so the next import does not propose it again.
 *
 *   acceptProposal(root, 'riverside/constitution', '3-1-…')
 *   → clauses/3-1.mdx gains `duties: [{ id: constitution-3-1-…, strength: { level: required, quote: shall }, kind: frequency, … }]`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, stringify } from 'yaml';
import { dutySchema } from '../../schemas/duty.ts';
import { proposedDutiesFileSchema, type ProposedDuty } from '../../schemas/proposed-duty.ts';
import { parseWithFriendlyErrors } from '../content/parse-with-friendly-errors.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import { contentError, type ContentError } from '../errors/content-error.ts';
import { strengthWordOf } from './find-duties.ts';
import { slugify } from './numbering.ts';

export const PROPOSALS_FILE = 'proposed-duties.yaml';

const HEADER = `# Duties the importer proposes from this document's words (src/schemas/proposed-duty.ts).
# Decide each: npm run proposals -- accept <partnership>/<document> <id>
#          or: npm run proposals -- reject <partnership>/<document> <id> --reason "why"
# Edit a proposal's owner or duty fields first if the finder read them wrongly.
`;

export interface ProposalsRead {
  file: string;
  proposals: ProposedDuty[];
  lineOf(index: number): number;
  errors: ContentError[];
}

/** @param documentDir project-relative folder of the document: `content/riverside/constitution` */
export function readProposals(root: string, documentDir: string): ProposalsRead {
  const file = `${documentDir}/${PROPOSALS_FILE}`;
  if (!existsSync(join(root, file))) return { file, proposals: [], lineOf: () => 1, errors: [] };
  const source = parseYamlSource(readFileSync(join(root, file), 'utf8'), file);
  const lineOf = (index: number) => source.lineOf(['proposals', index]);
  if (source.errors.length) return { file, proposals: [], lineOf, errors: source.errors };
  const parsed = parseWithFriendlyErrors(proposedDutiesFileSchema, source, file, 'proposed-duty');
  return { file, proposals: parsed.ok ? parsed.data.proposals : [], lineOf, errors: parsed.errors };
}

export function proposalsYaml(proposals: ProposedDuty[]): string {
  return `${HEADER}${stringify({ proposals }, { lineWidth: 0 })}`;
}

/** The new import's proposals added to what is there; one already there (decided or not) is not proposed again. */
export function mergeProposals(existing: ProposedDuty[], found: ProposedDuty[]): ProposedDuty[] {
  const key = (p: ProposedDuty) => `${p.clause}|${p.words}|${p.cadence}`;
  const known = new Set(existing.map(key));
  const ids = new Set(existing.map((p) => p.id));
  const added = found.filter((p) => !known.has(key(p))).map((p) => (ids.has(p.id) ? { ...p, id: `${p.id}-new` } : p));
  return [...existing, ...added];
}

export type Decision = { ok: true; message: string } | { ok: false; error: ContentError };

function find(root: string, documentDir: string, id: string): { read: ProposalsRead; at: number } | ContentError {
  const read = readProposals(root, documentDir);
  if (read.errors.length) return read.errors[0]!;
  const at = read.proposals.findIndex((p) => p.id === id);
  if (at >= 0) return { read, at };
  return contentError({
    file: read.file,
    message: `no proposal has the id "${id}"`,
    hint: read.proposals.length
      ? `the undecided ones are: ${
          read.proposals
            .filter((p) => p.status === 'proposed')
            .map((p) => p.id)
            .join(', ') || 'none'
        }`
      : 'import the document first: npm run import',
    rule: 'proposed-duties',
  });
}

export function acceptProposal(root: string, documentDir: string, id: string): Decision {
  const found = find(root, documentDir, id);
  if ('rule' in found) return { ok: false, error: found };
  const { read, at } = found;
  const proposal = read.proposals[at]!;
  const where = { file: read.file, line: read.lineOf(at), rule: 'proposed-duties', field: `proposals[${at}]` };
  if (proposal.status !== 'proposed') {
    return {
      ok: false,
      error: contentError({
        ...where,
        message: `proposal "${id}" is already ${proposal.status}`,
        hint: 'set its status back to proposed to decide again',
      }),
    };
  }
  if (proposal.kind === 'none' || !proposal.duty) {
    const message = `proposal "${id}" cannot be accepted: ${proposal.unsupported ?? 'it has no duty fields'}`;
    return {
      ok: false,
      error: contentError({ ...where, message, hint: `the proposal stays; reject it with --reason if the clause text is enough` }),
    };
  }
  const document = documentDir.split('/').at(-1)!;
  // The strength quotes the clause's own modal ("will", "should"); a plain statement has none to quote, and the check warns.
  const quote = strengthWordOf(proposal.words, proposal.strength);
  const duty = {
    id: slugify(`${document} ${proposal.id}`),
    duty: proposal.words,
    ...(proposal.owner ? { owner: proposal.owner } : {}),
    wording: proposal.words,
    ...(quote ? { strength: { level: proposal.strength, quote } } : {}),
    ...proposal.duty,
  };
  const valid = dutySchema.safeParse(duty);
  if (!valid.success) {
    const issues = valid.error.issues.map((i) => `${i.path.join('.') || 'duty'}: ${i.message}`).join('; ');
    return {
      ok: false,
      error: contentError({
        ...where,
        message: `proposal "${id}" is not yet a valid duty (${issues})`,
        hint: `add or correct those fields in its entry in ${read.file} (owner, or under duty:), then accept it again; the proposal stays`,
      }),
    };
  }
  const clauseFile = `${documentDir}/clauses/${proposal.clause}.mdx`;
  if (!existsSync(join(root, clauseFile))) {
    return {
      ok: false,
      error: contentError({
        ...where,
        message: `proposal "${id}" is for clause ${proposal.clause}, but ${clauseFile} does not exist`,
        hint: 'correct its clause: field',
      }),
    };
  }
  const text = readFileSync(join(root, clauseFile), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(text) ?? [];
  const yaml = parseDocument(frontmatter);
  if (!isMap(yaml.contents))
    return {
      ok: false,
      error: contentError({
        ...where,
        file: clauseFile,
        line: 1,
        message: 'the clause has no frontmatter to add the duty to',
        hint: 'start the file with --- and the clause id',
      }),
    };
  const node = yaml.createNode(duty);
  // `strength: { level: required, quote: will }` and `limit: { workingDays: 5 }` on one line, as editors write them.
  for (const key of ['strength', 'limit']) {
    const map = node.get(key, true);
    if (isMap(map)) map.flow = true;
  }
  if (isSeq(yaml.get('duties'))) yaml.addIn(['duties'], node);
  else yaml.set('duties', yaml.createNode([node]));
  writeFileSync(join(root, clauseFile), `---\n${yaml.toString({ lineWidth: 0 })}---\n${body}`);
  read.proposals[at] = { ...proposal, status: 'accepted' };
  writeFileSync(join(root, read.file), proposalsYaml(read.proposals));
  return {
    ok: true,
    message: `accepted: ${clauseFile} now has duty "${duty.id}" (${proposal.kind}, ${proposal.cadence}); ${evidenceNote(duty)}`,
  };
}

/** Where the check will look; a `within` duty's event and response names were read from the words, so say them. */
function evidenceNote(duty: Record<string, unknown>): string {
  if (duty.kind !== 'within') return 'npm run check will look for its evidence in the records';
  return `npm run check will look in records/events.yaml for each event of type ${duty.event} and its response ${duty.response}; rename them in the clause if the finder read them wrongly`;
}

export function rejectProposal(root: string, documentDir: string, id: string, reason: string): Decision {
  const found = find(root, documentDir, id);
  if ('rule' in found) return { ok: false, error: found };
  const { read, at } = found;
  read.proposals[at] = { ...read.proposals[at]!, status: 'rejected', reason };
  writeFileSync(join(root, read.file), proposalsYaml(read.proposals));
  return { ok: true, message: `rejected: "${id}" stays in ${read.file} with the reason, and will not be proposed again` };
}

/** Every undecided proposal as a warning for `npm run check`, and any fault in the file as a warning too. */
export function proposalWarnings(root: string, documentDirs: string[]): ContentError[] {
  return documentDirs.flatMap((dir) => {
    const read = readProposals(root, dir);
    const [partnership, document] = dir.split('/').slice(-2);
    return [
      ...read.errors.map((e) => ({ ...e, severity: 'warning' as const })),
      ...read.proposals.flatMap((p, at) =>
        p.status === 'proposed'
          ? [
              contentError({
                file: read.file,
                line: read.lineOf(at),
                severity: 'warning',
                rule: 'proposed-duties',
                message: `clause ${p.clause} may set a duty nobody has decided on: "${p.words.length > 100 ? `${p.words.slice(0, 97)}…` : p.words}" (${p.kind === 'none' ? 'no duty kind fits' : p.kind}, ${p.cadence})`,
                hint: `npm run proposals -- accept ${partnership}/${document} ${p.id}, or reject ${partnership}/${document} ${p.id} --reason "…"`,
              }),
            ]
          : [],
      ),
    ];
  });
}
