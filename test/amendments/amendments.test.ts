/**
 * Amendments in one edit: an editor changes a clause's words and records the
 * decision; source.txt stays as first published, and the check proves each
 * version is the one before plus its recorded amendments.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { clauseChanges, documentVersions } from '../../src/lib/amendments/versions.ts';
import { amendmentSchema, type Amendment } from '../../src/schemas/amendment.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const DOC = 'content/demo/handbook';
const AMENDMENTS = `${DOC}/amendments.yaml`;
const errors = (root: string) =>
  runCheck({ root, env: {} })
    .errors.filter((e) => e.severity === 'error')
    .map(formatContentError);
const RECORD = `amendments:
  - id: two-yearly-review
    effective: 2026-04-01
    summary: The handbook is reviewed every two years.
    authority: Demo Board, 10 March 2026
    minute: Minute 4
    changes:
      - clause: "2"
        was: This handbook is reviewed annually.
`;

describe('amendments', () => {
  it('let an editor change a clause’s words with only an amendment record beside it, source.txt untouched', () => {
    const f = copyFixture('basic');
    f.edit(`${DOC}/clauses/2.mdx`, 'reviewed annually', 'reviewed every two years');
    f.write(AMENDMENTS, RECORD);
    expect(errors(f.root)).toEqual([]);
  });

  it('refuse words added to a clause without a record, naming the clause file and line', () => {
    const f = copyFixture('basic');
    f.edit(`${DOC}/clauses/1-1.mdx`, 'make a quorum.', 'make a quorum.\n\nMembers are paid expenses.');
    expect(errors(f.root)).toEqual([
      `${DOC}/clauses/1-1.mdx:11  error  this sentence is not in the published text (${DOC}/source.txt) and no amendment records it: "Members are paid expenses."  [fidelity]\n` +
        `  hint: if the document was amended, record the decision in ${DOC}/amendments.yaml: the day it takes effect, who decided, the minute, and this clause's words before (was:); otherwise restore the published words`,
    ]);
  });

  it('refuse a record whose words before are not the published ones, at its was: line', () => {
    const f = copyFixture('basic');
    f.edit(`${DOC}/clauses/2.mdx`, 'reviewed annually', 'reviewed every two years');
    f.write(AMENDMENTS, RECORD.replace('was: This handbook is reviewed annually.', 'was: This handbook is reviewed monthly.'));
    expect(errors(f.root)).toEqual([
      `${DOC}/source.txt:5  error  this sentence of the published text is in none of the document's clauses: "This handbook is reviewed annually."  [fidelity]\n` +
        `  hint: if the clause's words were changed on purpose because the document was amended, record the amendment in ${AMENDMENTS} with the words the clause had before (was:), and leave ${DOC}/source.txt as first published; otherwise restore the clause's words. A line the site knowingly shows differently goes under source.exceptions in ${DOC}/document.yaml, with the reason`,
      `${AMENDMENTS}:9  error  amendments[0].changes[0].was: the words clause "2" had before its first amendment are not in the published text (${DOC}/source.txt): "This handbook is reviewed monthly."  [fidelity]\n` +
        `  hint: copy into was: the clause's words as they stood before the amendment, exactly as ${DOC}/source.txt prints them`,
    ]);
  });

  it('refuse a change to a clause the document does not have', () => {
    const f = copyFixture('basic');
    f.write(AMENDMENTS, RECORD.replace('clause: "2"', 'clause: "3"'));
    expect(errors(f.root)).toEqual([
      `${AMENDMENTS}:8  error  amendments[0].changes[0].clause: expected the id of a clause of this document, found "3"  [amendment]\n` +
        '  hint: write the file name of the changed clause in clauses/, without .mdx',
    ]);
  });

  it('rebuild every version, each the one before plus its amendments, the first as first published', () => {
    const clauses = loadContent({ root: copyFixture('basic').root }).clauses.map((c) =>
      c.data.id === '2' ? { ...c, body: 'Reviewed every three years.\n' } : c,
    );
    const amendment = (id: string, effective: string, was: string): Amendment =>
      amendmentSchema.parse({ id, effective, summary: id, authority: 'Board', minute: 'Minute 1', changes: [{ clause: '2', was }] });
    const versions = documentVersions(clauses, [
      amendment('three-yearly', '2027-01-01', 'Reviewed every two years.\n'),
      amendment('two-yearly', '2026-01-01', 'This handbook is reviewed annually.\n'),
    ]);
    expect(versions.map((v) => [v.effective, v.bodies.get('2')])).toEqual([
      [undefined, 'This handbook is reviewed annually.\n'],
      ['2026-01-01', 'Reviewed every two years.\n'],
      ['2027-01-01', 'Reviewed every three years.\n'],
    ]);
    expect(clauseChanges(versions).map((c) => [c.amendment.id, c.before, c.after])).toEqual([
      ['two-yearly', 'This handbook is reviewed annually.\n', 'Reviewed every two years.\n'],
      ['three-yearly', 'Reviewed every two years.\n', 'Reviewed every three years.\n'],
    ]);
  });
});

describe('the words before and after an amendment', () => {
  it('mark what was removed on the before side and what was added on the after side, word by word', async () => {
    const { wordDiff } = await import('../../src/lib/amendments/word-diff.ts');
    expect(wordDiff('Reviewed **annually** by the Board.', 'Reviewed every two years by the Board.')).toEqual({
      before: [
        { text: 'Reviewed ', change: 'same' },
        { text: 'annually', change: 'removed' },
        { text: ' by the Board.', change: 'same' },
      ],
      after: [
        { text: 'Reviewed ', change: 'same' },
        { text: 'every two years', change: 'added' },
        { text: ' by the Board.', change: 'same' },
      ],
    });
  });
});

describe('amendment records that contradict themselves or the document (the amended fixture)', () => {
  const A = `${DOC}/amendments.yaml`;
  const amended = (from: string | RegExp, to: string) => {
    const f = copyFixture('amended');
    f.edit(A, from, to);
    return errors(f.root);
  };

  it('refuse a clause named twice in one amendment, which would list its change twice', () => {
    expect(
      amended(
        '      - clause: "2"\n        was: This handbook is reviewed every two years.\n',
        '      - clause: "2"\n        was: This handbook is reviewed every two years.\n      - clause: "2"\n        was: This handbook is reviewed every two years.\n',
      ),
    ).toEqual([
      `${A}:19  error  amendments[1].changes[1].clause: clause "2" is already changed by this amendment (changes[0])  [amendment]\n` +
        "  hint: list each clause once in an amendment's changes, with was: its words before the whole amendment",
    ]);
  });

  it('refuse an amendment taking effect before the document was first published', () => {
    expect(amended('effective: 2026-01-01', 'effective: 2018-01-01')).toEqual([
      `${A}:20  error  amendments[2].effective: expected a day on or after 2019-06-25, when the document was first published (published: in ${DOC}/document.yaml), found 2018-01-01  [amendment]\n` +
        '  hint: check the year; words the document had when it was first published are in source.txt and need no amendment',
    ]);
  });

  it('refuse words before for a clause the amendment adds, which no page would show', () => {
    expect(amended('{ clause: "3", added: true }', '{ clause: "3", added: true, was: Members are paid nothing. }')).toEqual([
      `${A}:10  error  amendments[0].changes[1].was: clause "3" is added by this amendment, so it had no words before; found was: "Members are paid nothing."  [amendment]\n` +
        '  hint: delete was:, or, if the clause was in the document before this amendment, delete added: true',
    ]);
  });

  it('refuse a change whose words before are the words after, which the versions page would list as a change', () => {
    expect(
      amended('was: This handbook is reviewed every two years.\n', 'was: This handbook is reviewed every two years by the Board.\n'),
    ).toEqual([
      `${A}:18  error  amendments[1].changes[0].was: these are the words clause "2" has after amendment "board-reviews" too, so it changes nothing in the clause  [amendment]\n` +
        "  hint: write the amended words in the clause's file, and in was: its words as they stood before the amendment; if the amendment does not change this clause, delete the change",
    ]);
  });

  it('say only what is wrong with amendments.yaml when it does not load, not that an address’s amendment is missing', () => {
    expect(amended('effective: 2026-01-01', 'effective: 2026-02-30')).toEqual([
      `${A}:20  error  amendments[2].effective: expected a real calendar date, found "2026-02-30"; this day does not exist  [schema]\n` +
        '  hint: 2026-02 has 28 days; check the day and the month',
    ]);
  });

  const SOURCE_ERROR =
    `${DOC}/source.txt:5  error  this sentence of the published text is in none of the document's clauses: "This handbook is reviewed annually."  [fidelity]\n` +
    `  hint: if the clause's words were changed on purpose because the document was amended, record the amendment in ${A} with the words the clause had before (was:), and leave ${DOC}/source.txt as first published; otherwise restore the clause's words. A line the site knowingly shows differently goes under source.exceptions in ${DOC}/document.yaml, with the reason`;

  it('point at the was: of the clause’s earliest amendment by day, wherever it is in the file', () => {
    expect(amended('was: This handbook is reviewed annually.', 'was: This handbook is reviewed monthly.')).toEqual([
      SOURCE_ERROR,
      `${A}:26  error  amendments[2].changes[0].was: the words clause "2" had before its first amendment are not in the published text (${DOC}/source.txt): "This handbook is reviewed monthly."  [fidelity]\n` +
        `  hint: copy into was: the clause's words as they stood before the amendment, exactly as ${DOC}/source.txt prints them`,
    ]);
  });

  it('say that amendments of one day apply in order of id, when that order makes the first words wrong', () => {
    expect(amended('effective: 2026-01-01', 'effective: 2026-06-01')).toEqual([
      SOURCE_ERROR,
      `${A}:18  error  amendments[1].changes[0].was: the words clause "2" had before its first amendment are not in the published text (${DOC}/source.txt): "This handbook is reviewed every two years."  [fidelity]\n` +
        `  hint: copy into was: the clause's words as they stood before the amendment, exactly as ${DOC}/source.txt prints them. Amendments taking effect on the same day (2026-06-01) change a clause in order of id: board-reviews, then two-yearly-review; if they were decided in the other order, rename their ids to match`,
    ]);
  });

  it('name the clause’s line, not a was: it does not have, when a renumbered clause gains words no amendment records', () => {
    const f = copyFixture('amended');
    f.write(
      A,
      `${f.read(A)}  - id: renumber-1\n    effective: 2026-09-01\n    summary: 1 is renumbered 7.\n    authority: Demo Board\n    minute: Minute 11\n    changes:\n      - { clause: "1", number: "1." }\n`,
    );
    f.edit(`${DOC}/clauses/1.mdx`, 'number: "1."', 'number: "7."');
    f.write(`${DOC}/clauses/1.mdx`, `${f.read(`${DOC}/clauses/1.mdx`)}Meetings are monthly.\n`);
    expect(errors(f.root)).toEqual([
      `${DOC}/clauses/1.mdx:7  error  this sentence is not in the published text (${DOC}/source.txt) and no amendment records it: "Meetings are monthly."  [fidelity]\n` +
        `  hint: if the document was amended, record the decision in ${A}: the day it takes effect, who decided, the minute, and this clause's words before (was:); otherwise restore the published words`,
    ]);
  });

  it('refuse words before that do not parse or are not safe clause text, which a version’s page would show blank or strip', () => {
    expect(
      amended('was: This handbook is reviewed every two years.\n', 'was: "This handbook is reviewed every two years. <div"\n'),
    ).toEqual([
      `${A}:18  error  amendments[1].changes[0].was: in the words clause "2" had before amendment "board-reviews": this is not valid MDX, so the page cannot be built: Unexpected end of file in name, expected a name character such as letters, digits, \`$\`, or \`_\`; whitespace before attributes; or the end of the tag  [mdx-syntax]\n` +
        '  hint: a < starts a tag in MDX. To write a less-than sign as text, put a backslash before it: \\<',
    ]);
    expect(
      amended(
        'was: This handbook is reviewed every two years.\n',
        'was: "This handbook is reviewed [every two years](javascript:alert(1))."\n',
      ),
    ).toEqual([
      `${A}:18  error  amendments[1].changes[0].was: in the words clause "2" had before amendment "board-reviews": javascript: addresses are not allowed; expected an address starting with https://, http://, mailto:, tel:, #, clause: or doc:, or a path on this site starting with /  [mdx-safety]\n` +
        '  hint: write the address of the page you mean, e.g. [link text](https://…), or clause:6.53 for a clause',
    ]);
  });

  it('refuse a revoked clause’s parent that is no clause of the document, which would move it on earlier versions’ pages', () => {
    expect(amended('parent: "1"', 'parent: "9"')).toEqual([
      `${A}:9  error  amendments[0].changes[0].parent: expected the id of a clause of this document, found "9"  [amendment]\n` +
        "  hint: write the id of the clause it sat under, as the revoked clause's file had it",
    ]);
  });

  it('refuse a clause an amendment revokes whose address addresses.yaml does not keep', () => {
    const f = copyFixture('amended');
    f.edit(`${DOC}/addresses.yaml`, '  - { id: 1-1, revoked: 2026-06-01, amendment: quorum-and-expenses }\n', '');
    expect(errors(f.root)).toEqual([
      `${DOC}/addresses.yaml:1  error  addresses: amendment "quorum-and-expenses" revokes clause "1-1", but this file does not list its address /demo/handbook/1-1/, so the page saying it was revoked would vanish  [address]\n` +
        '  hint: add "  - { id: 1-1, revoked: 2026-06-01, amendment: quorum-and-expenses }" under addresses:',
    ]);
  });

  it('refuse a renumbering to the number the clause already has, which the versions page would list as renumbered', () => {
    const f = copyFixture('amended');
    f.write(
      A,
      `${f.read(A)}  - id: renumber-1\n    effective: 2026-09-01\n    summary: 1 is renumbered.\n    authority: Demo Board\n    minute: Minute 11\n    changes:\n      - { clause: "1", number: "1." }\n`,
    );
    expect(errors(f.root)).toEqual([
      `${A}:34  error  amendments[3].changes[0].number: clause "1" prints "1." after amendment "renumber-1" too, so the amendment does not renumber it  [amendment]\n` +
        '  hint: write in number: the number the clause printed before the amendment (npm run renumber writes it); if the amendment does not renumber this clause, delete number:',
    ]);
  });

  it('refuse a new amendment whose clause file was not edited, saying to write the new words there', () => {
    const f = copyFixture('amended');
    f.write(
      A,
      `${f.read(A)}  - id: chair-reviews\n    effective: 2026-09-01\n    summary: The Chair reviews the handbook.\n    authority: Demo Board\n    minute: Minute 11\n    changes:\n      - clause: "2"\n        was: This handbook is reviewed every two years by the Board.\n`,
    );
    expect(errors(f.root)).toEqual([
      `${A}:35  error  amendments[3].changes[0].was: these are the words clause "2" has after amendment "chair-reviews" too, so it changes nothing in the clause  [amendment]\n` +
        "  hint: write the amended words in the clause's file, and in was: its words as they stood before the amendment; if the amendment does not change this clause, delete the change",
    ]);
  });

  it('refuse the address of a clause an amendment revokes written as moved, which would redirect it to another clause', () => {
    const f = copyFixture('amended');
    f.edit(`${DOC}/addresses.yaml`, '{ id: 1-1, revoked: 2026-06-01, amendment: quorum-and-expenses }', '{ id: 1-1, movedTo: "3" }');
    expect(errors(f.root)).toEqual([
      `${DOC}/addresses.yaml:3  error  addresses[1]: amendment "quorum-and-expenses" revokes clause "1-1", so its address /demo/handbook/1-1/ must say so, not lead to clause "3"  [address]\n` +
        '  hint: write it as "- { id: 1-1, revoked: 2026-06-01, amendment: quorum-and-expenses }"',
    ]);
  });
});
