/**
 * Decides the duties the importer proposed for a document
 * (content/<partnership>/<document>/proposed-duties.yaml).
 *
 *   npm run proposals -- list riverside/constitution
 *   npm run proposals -- accept riverside/constitution 3-1-not-less-than-six-times-in-each-financial-year
 *   npm run proposals -- reject riverside/constitution 2-1-annually --reason "a target, not a duty"
 *
 * Accepting adds the duty to the clause's `duties:` (it must be valid
 * against src/schemas/duty.ts); rejecting keeps the proposal with its reason.
 */
import { parseArgs } from 'node:util';
import { formatContentError } from '../src/lib/errors/content-error.ts';
import { acceptProposal, readProposals, rejectProposal } from '../src/lib/import/proposals.ts';

const usage = `usage: npm run proposals -- list <partnership>/<document>
       npm run proposals -- accept <partnership>/<document> <proposal id>
       npm run proposals -- reject <partnership>/<document> <proposal id> --reason "why"
  options: --root DIR (the project, default the current folder)`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { reason: { type: 'string' }, root: { type: 'string', default: process.cwd() }, help: { type: 'boolean', default: false } },
  });
  const [command, document, id] = positionals;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (
    !document ||
    !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(document) ||
    !['list', 'accept', 'reject'].includes(command ?? '') ||
    (command !== 'list' && !id)
  ) {
    console.error(usage);
    return 2;
  }
  const dir = `content/${document}`;
  if (command === 'list') {
    const read = readProposals(values.root, dir);
    if (read.errors.length) {
      console.error(read.errors.map(formatContentError).join('\n'));
      return 1;
    }
    for (const p of read.proposals)
      console.log(`${p.status.padEnd(8)} ${p.id}  (${p.kind}, ${p.cadence}${p.reason ? `; ${p.reason}` : ''})\n         "${p.words}"`);
    return 0;
  }
  if (command === 'reject' && !values.reason) {
    console.error(`a rejection needs a reason, so the proposal is not made again: --reason "…"\n${usage}`);
    return 2;
  }
  const decision = command === 'accept' ? acceptProposal(values.root, dir, id!) : rejectProposal(values.root, dir, id!, values.reason!);
  if (!decision.ok) {
    console.error(formatContentError(decision.error));
    return 1;
  }
  console.log(decision.message);
  return 0;
}

process.exitCode = main();
