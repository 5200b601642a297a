/**
 * Duties proposed from the text: the finder's reading of each kind of
 * phrase, and the whole round in a copy of a fixture project: import a
 * document, see the proposals listed as warnings by the check (which still
 * passes), accept one into its clause, be told plainly why another cannot
 * be accepted, reject a third with a reason, and import again without it
 * coming back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { findDuties, strengthWordOf } from '../../src/lib/import/find-duties.ts';
import { finderFigures, formatFigures } from '../../src/lib/import/finder-figures.ts';
import { clauseFiles, importDocument } from '../../src/lib/import/import-document.ts';
import { acceptProposal, mergeProposals, proposalsYaml, readProposals, rejectProposal } from '../../src/lib/import/proposals.ts';
import { clauseText } from '../../src/lib/markdown/clause-text.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const read = (text: string) =>
  findDuties([{ id: '4', heading: 'Reviews', text }]).map(({ kind, cadence, strength, owner, duty }) => ({
    kind,
    cadence,
    strength,
    owner,
    duty,
  }));

describe('the duty finder', () => {
  test('reads each cadence and deadline phrase as a kind, a cadence, a strength and an owner', () => {
    expect(read('The Board must review this constitution every 18 months.')).toEqual([
      {
        kind: 'review',
        cadence: 'every 18 months',
        strength: 'required',
        owner: 'The Board',
        duty: { kind: 'review', subject: 'reviews', cadence: { rule: 'rolling', months: 18 } },
      },
    ]);
    expect(read('The Board shall meet not less than six times in each financial year.')).toEqual([
      {
        kind: 'frequency',
        cadence: 'at least 6 times in each financial year',
        strength: 'required',
        owner: 'The Board',
        duty: { kind: 'frequency', body: 'the-board', atLeast: 6 },
      },
    ]);
    expect(read('The Executive should publish its annual report by 30 September each year.')).toEqual([
      {
        kind: 'annual-deadline',
        cadence: 'by 30 September each year',
        strength: 'advisory',
        owner: 'The Executive',
        duty: { kind: 'annual-deadline', subject: 'reviews', by: '09-30' },
      },
    ]);
    expect(read('The plan is reviewed at least every two years by the Steering Group.')).toEqual([
      {
        kind: 'review',
        cadence: 'every 2 years',
        strength: 'required',
        owner: 'the Steering Group',
        duty: { kind: 'review', subject: 'reviews', cadence: { rule: 'anniversary', years: 2 } },
      },
    ]);
    expect(read('Ideally the forum meets quarterly.')).toEqual([
      {
        kind: 'frequency',
        cadence: 'at least once in each quarter',
        strength: 'advisory',
        owner: undefined,
        duty: { kind: 'frequency', body: 'board', atLeast: 4, perQuarter: 1 },
      },
    ]);
    expect(read('The partners will meet twice a year.').map((p) => [p.kind, p.cadence])).toEqual([
      ['frequency', 'at least 2 times in each year'],
    ]);
    expect(read('The Chair will report annually to the partners.').map((p) => [p.kind, p.cadence])).toEqual([['review', 'every year']]);
    expect(read('Members aim to renew the register each year.').map((p) => [p.kind, p.strength])).toEqual([['review', 'advisory']]);
  });

  test("finds the sentence's own word for a strength, as printed, to quote when a proposal is accepted", () => {
    expect(strengthWordOf('The Board Shall meet six times a year.', 'required')).toBe('Shall');
    expect(strengthWordOf('Dates will be set, ideally by 15 November.', 'advisory')).toBe('ideally');
    expect(strengthWordOf('Members aim to renew the register each year.', 'advisory')).toBe('aim to');
    expect(strengthWordOf('The Group meets monthly.', 'required')).toBeUndefined();
  });

  test('proposes a within duty for a period counted from an event, reading the event and the response from the words', () => {
    const [referral, notification, schoolDays] = findDuties([
      {
        id: '6',
        text: 'A panel meets within 28 days of a referral. The council must tell the partners within five working days of a notification. Schools must reply within ten school days.',
      },
    ]);
    expect([referral!.kind, referral!.cadence, referral!.duty]).toEqual([
      'within',
      'within 28 days',
      { kind: 'within', event: 'referral', limit: { days: 28 }, response: 'panel-meets' },
    ]);
    expect([notification!.kind, notification!.owner, notification!.duty]).toEqual([
      'within',
      'The council',
      { kind: 'within', event: 'notification', limit: { workingDays: 5 }, response: 'tell-partners' },
    ]);
    expect([schoolDays!.kind, schoolDays!.unsupported]).toEqual([
      'none',
      '"within ten school days" counts school days, which differ by school; the check counts calendar days, weeks, months or working days; keep it in the clause text, or reject the proposal with a reason',
    ]);
  });

  test('reads the event before the phrase, or an opening "Within …", and says so when it cannot tell which event starts the clock', () => {
    const read = (text: string) => findDuties([{ id: '5', text }])[0]!;
    expect(read('The local authority must inform the partners of any notification within five working days.').duty).toEqual({
      kind: 'within',
      event: 'notification',
      limit: { workingDays: 5 },
      response: 'inform-partners',
    });
    expect(read('Within 3 months of the dispute coming to attention, the Chair will convene a meeting of the parties.').duty).toEqual({
      kind: 'within',
      event: 'dispute',
      limit: { months: 3 },
      response: 'convene-meeting',
    });
    const unread = read('The council must tell the partners within five working days.');
    expect([unread.kind, unread.unsupported]).toEqual([
      'none',
      '"within five working days" counts from an event, and the finder could not tell which from the words; write the duty by hand (kind: within, with its event and response), or reject the proposal with a reason',
    ]);
  });
});

const SOURCE = `Lakeside Safeguarding Partnership
Terms of Reference

1. Purpose: To ensure that children in Lakeside are safe.

2. Meetings: The Executive will meet quarterly.

3. Notifications: The council must tell the partners within five working days of a notification.

4. Review: These terms of reference will be reviewed annually by the Executive.
`;

function importInto(root: string) {
  const dir = join(root, 'content/demo/terms');
  mkdirSync(join(dir, 'clauses'), { recursive: true });
  writeFileSync(join(dir, 'source.txt'), SOURCE);
  writeFileSync(
    join(dir, 'document.yaml'),
    'title: Terms of Reference\nshortTitle: Terms\npartnership: demo\nstatus: in-force\npublished: "2024"\nsource:\n  file: source.txt\n  original: terms.txt\n',
  );
  const result = importDocument(SOURCE);
  for (const [name, text] of clauseFiles(result)) writeFileSync(join(dir, 'clauses', name), text);
  const found = findDuties(result.clauses.map((c) => ({ id: c.id, heading: c.heading, text: clauseText(c.body) })));
  const before = readProposals(root, 'content/demo/terms').proposals;
  writeFileSync(join(dir, 'proposed-duties.yaml'), proposalsYaml(mergeProposals(before, found)));
}

describe('proposals in a project', () => {
  const project = copyFixture('basic');
  importInto(project.root);
  const doc = 'content/demo/terms';

  test('are listed by the check as warnings, and the check still passes', () => {
    const run = runCheck({ root: project.root, asOf: '2025-01-01' });
    expect(run.errors.filter((e) => e.severity === 'error').map(formatContentError)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const warnings = run.errors.filter((e) => e.rule === 'proposed-duties');
    expect(warnings.map((e) => `${e.file}:${e.line} ${e.message}`)).toEqual([
      'content/demo/terms/proposed-duties.yaml:6 clause 2 may set a duty nobody has decided on: "The Executive will meet quarterly." (frequency, at least once in each quarter)',
      'content/demo/terms/proposed-duties.yaml:19 clause 3 may set a duty nobody has decided on: "The council must tell the partners within five working days of a notification." (within, within five working days)',
      'content/demo/terms/proposed-duties.yaml:33 clause 4 may set a duty nobody has decided on: "These terms of reference will be reviewed annually by the Executive." (review, every year)',
    ]);
    expect(warnings[0]!.hint).toBe('npm run proposals -- accept demo/terms 2-quarterly, or reject demo/terms 2-quarterly --reason "…"');
  });

  test('one that no duty kind fits cannot be accepted, and stays', () => {
    writeFileSync(
      join(project.root, doc, 'proposed-duties.yaml'),
      project
        .read(`${doc}/proposed-duties.yaml`)
        .replace(/kind: within\n(.*\n)*?(?= {4}status)/, (entry) =>
          entry
            .replace('kind: within', 'kind: none')
            .replace(/ {4}duty:\n( {6}.*\n)*/, '    unsupported: the event is not recorded by the partnership\n'),
        ),
    );
    const decision = acceptProposal(project.root, doc, '3-within-five-working-days');
    expect(decision.ok).toBe(false);
    expect(decision.ok || formatContentError(decision.error)).toContain(
      'proposal "3-within-five-working-days" cannot be accepted: the event is not recorded by the partnership',
    );
    expect(readProposals(project.root, doc).proposals.find((p) => p.id === '3-within-five-working-days')!.status).toBe('proposed');
  });

  test('accepting one moves a valid duty into its clause', () => {
    const decision = acceptProposal(project.root, doc, '2-quarterly');
    expect(decision).toEqual({
      ok: true,
      message:
        'accepted: content/demo/terms/clauses/2.mdx now has duty "terms-2-quarterly" (frequency, at least once in each quarter); npm run check will look for its evidence in the records',
    });
    expect(project.read(`${doc}/clauses/2.mdx`)).toBe(
      [
        '---',
        'id: "2"',
        'number: "2."',
        'heading: Meetings',
        'order: 30',
        'duties:',
        '  - id: terms-2-quarterly',
        '    duty: The Executive will meet quarterly.',
        '    owner: The Executive',
        '    wording: The Executive will meet quarterly.',
        '    strength: { level: required, quote: will }',
        '    kind: frequency',
        '    body: the-executive',
        '    atLeast: 4',
        '    perQuarter: 1',
        '---',
        '',
        'The Executive will meet quarterly.',
        '',
      ].join('\n'),
    );
    expect(acceptProposal(project.root, doc, '2-quarterly').ok).toBe(false);
  });

  test('an accepted duty quotes its strength from the clause, so the check neither warns nor refuses it', () => {
    const { errors } = runCheck({ root: project.root, asOf: '2025-01-01' });
    const found = errors.filter((e) => e.file === `${doc}/clauses/2.mdx` && e.rule === 'strength-quote');
    expect(errors.some((e) => e.file === `${doc}/clauses/2.mdx`)).toBe(true);
    expect(found.map(formatContentError)).toEqual([]);
  });

  test('accepting a within duty names the event and response the check will look for', () => {
    const other = copyFixture('basic');
    importInto(other.root);
    const decision = acceptProposal(other.root, doc, '3-within-five-working-days');
    expect(decision).toEqual({
      ok: true,
      message:
        'accepted: content/demo/terms/clauses/3.mdx now has duty "terms-3-within-five-working-days" (within, within five working days); npm run check will look in records/events.yaml for each event of type notification and its response tell-partners; rename them in the clause if the finder read them wrongly',
    });
    expect(other.read(`${doc}/clauses/3.mdx`)).toContain(
      ['    kind: within', '    event: notification', '    limit: { workingDays: 5 }', '    response: tell-partners', '---'].join('\n'),
    );
    const { errors } = runCheck({ root: other.root, asOf: '2025-01-01' });
    expect(errors.filter((e) => e.file === `${doc}/clauses/3.mdx` && e.severity === 'error').map(formatContentError)).toEqual([]);
  });

  test('rejecting one keeps it with the reason, and importing again does not propose it anew', () => {
    expect(rejectProposal(project.root, doc, '4-annually', 'the terms are reviewed with the constitution').ok).toBe(true);
    importInto(project.root);
    const proposals = readProposals(project.root, doc).proposals;
    expect(proposals.map((p) => [p.id, p.status, p.reason])).toEqual([
      ['2-quarterly', 'accepted', undefined],
      ['3-within-five-working-days', 'proposed', undefined],
      ['4-annually', 'rejected', 'the terms are reviewed with the constitution'],
    ]);
  });
});

describe('the finder figures', () => {
  test('count precision over proposals and recall over encoded duties, with and without the kind agreeing', () => {
    const proposal = (clause: string, kind: 'review' | 'frequency') => ({
      ...findDuties([{ id: clause, text: 'Reviewed annually.' }])[0]!,
      clause,
      kind,
      document: 'p/d',
    });
    const figures = finderFigures(
      [
        { document: 'p/d', id: '1', kinds: ['review'] },
        { document: 'p/d', id: '2', kinds: ['frequency'] },
        { document: 'p/d', id: '3', kinds: [] },
      ],
      [proposal('1', 'review'), proposal('2', 'review'), proposal('3', 'review')],
    );
    expect(figures).toEqual({ proposals: 3, duties: 2, truePositives: 2, kindAgrees: 1, found: 2, foundWithKind: 1 });
    expect(formatFigures(figures)).toContain('precision, clause has a duty:        67% (2/3)');
  });
});
