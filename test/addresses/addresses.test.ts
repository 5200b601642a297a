/**
 * Published addresses never vanish: every address in a document's
 * addresses.yaml answers with its clause, a redirect or a "revoked" page, and
 * the check names any address that would vanish, with the fix.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAddresses } from '../../src/lib/addresses/check-addresses.ts';
import { resolveDocumentAddresses } from '../../src/lib/addresses/resolve-addresses.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { copyFixture, projectRoot } from '../helpers/copy-fixture.ts';

const DOC = 'content/demo/handbook';
const ADDRESSES = `${DOC}/addresses.yaml`;
const problems = (root: string) => {
  const content = loadContent({ root });
  return [...content.errors, ...checkAddresses(content)].map(formatContentError);
};
function handbook(addresses: string) {
  const f = copyFixture('basic');
  f.write(ADDRESSES, `addresses:\n${addresses}`);
  return f;
}

describe('published addresses', () => {
  it('are all listed for the shipped documents, so none can vanish unnoticed', () => {
    expect(checkAddresses(loadContent({ root: projectRoot })).map(formatContentError)).toEqual([]);
  });

  it('name the address that would vanish, and how to keep it, when a clause is renamed by hand', () => {
    const f = handbook('  - "1"\n  - 1-1\n  - "2"\n');
    renameSync(join(f.root, `${DOC}/clauses/2.mdx`), join(f.root, `${DOC}/clauses/3.mdx`));
    f.edit(`${DOC}/clauses/3.mdx`, 'id: "2"', 'id: "3"');
    expect(problems(f.root)).toEqual([
      `${ADDRESSES}:4  error  addresses[2]: the published address /demo/handbook/2/ would vanish: no clause of this document has the id "2"  [address]\n` +
        `  hint: if the clause was renumbered, write "- { id: 2, movedTo: <its new id> }" (npm run renumber -- --new-ids does this); if an amendment revoked it, write "- { id: 2, revoked: YYYY-MM-DD, amendment: <amendment id> }"; otherwise restore ${DOC}/clauses/2.mdx`,
      `${ADDRESSES}:1  error  addresses: clause "3" (${DOC}/clauses/3.mdx) is not listed, so its address /demo/handbook/3/ is not kept  [address]\n` +
        '  hint: add "  - 3" under addresses:; once published, an address is kept for good',
    ]);
  });

  it('accept a renamed clause once its old address is listed as moved', () => {
    const f = handbook('  - "1"\n  - 1-1\n  - { id: "2", movedTo: "3" }\n  - "3"\n');
    renameSync(join(f.root, `${DOC}/clauses/2.mdx`), join(f.root, `${DOC}/clauses/3.mdx`));
    f.edit(`${DOC}/clauses/3.mdx`, 'id: "2"', 'id: "3"');
    expect(problems(f.root)).toEqual([]);
  });

  it('follow a chain of moves to the clause that finally succeeded it', () => {
    const content = loadContent({ root: copyFixture('basic').root });
    const file = { addresses: ['1', { id: 'old', movedTo: 'older' }, { id: 'older', movedTo: '2' }, { id: 'loop', movedTo: 'loop' }] };
    const resolved = resolveDocumentAddresses(content.documents[0]!, file, new Set(['1', '2']));
    expect(resolved.moved).toEqual([
      { id: 'old', target: '2' },
      { id: 'older', target: '2' },
    ]);
  });

  it('refuse a move that leads to no clause', () => {
    const f = handbook('  - "1"\n  - 1-1\n  - "2"\n  - { id: "0", movedTo: "9" }\n');
    expect(problems(f.root)).toEqual([
      `${ADDRESSES}:5  error  addresses[3]: the address /demo/handbook/0/ is moved to "9", which leads to no clause of this document  [address]\n` +
        '  hint: set movedTo to the id of the clause that took its place (its file name in clauses/, without .mdx)',
    ]);
  });

  it('refuse a revocation that no amendment records', () => {
    const f = handbook('  - "1"\n  - 1-1\n  - "2"\n  - { id: "3", revoked: 2026-05-01, amendment: drop-3 }\n');
    expect(problems(f.root)).toEqual([
      `${ADDRESSES}:5  error  addresses[3]: the address /demo/handbook/3/ is revoked by amendment "drop-3", which is not in ${DOC}/amendments.yaml  [address]\n` +
        '  hint: record the amendment that revoked the clause in amendments.yaml, with its id',
    ]);
  });

  it('refuse a clause whose id is not its file name, naming both', () => {
    const f = handbook('  - "1"\n  - 1-1\n  - "2"\n');
    f.edit(`${DOC}/clauses/2.mdx`, 'id: "2"', 'id: "20"');
    expect(problems(f.root)[0]).toBe(
      `${DOC}/clauses/2.mdx:2  error  id: expected "2", the file's name without .mdx, found "20"  [id-file-name]\n` +
        "  hint: a clause's id is its address and its file name: rename the file to 20.mdx, or set id: 2; to renumber a clause use npm run renumber, which keeps the old address answering",
    );
  });

  it('keep a clause from taking the versions page’s address', () => {
    const f = handbook('  - "1"\n  - 1-1\n  - versions\n');
    renameSync(join(f.root, `${DOC}/clauses/2.mdx`), join(f.root, `${DOC}/clauses/versions.mdx`));
    f.edit(`${DOC}/clauses/versions.mdx`, 'id: "2"', 'id: versions');
    expect(problems(f.root)).toEqual([
      `${DOC}/clauses/versions.mdx:2  error  id: "versions" is the address of the document's versions page, so it cannot be a clause id  [address]\n` +
        '  hint: name the clause after its number instead, e.g. "versions-1"',
    ]);
  });

  it('are not checked for a document that has never been published (no addresses.yaml)', () => {
    const f = copyFixture('basic');
    rmSync(join(f.root, `${DOC}/clauses/2.mdx`));
    expect(problems(f.root)).toEqual([]);
  });
});
