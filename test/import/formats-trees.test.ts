/**
 * Every fixture with a reviewed clause tree (structure/*.json,
 * formats-fixtures/*.json), written as .txt, .md, .html, .docx and .pdf and
 * imported without a style, gives the reviewed clauses: the same ids,
 * numbers, headings, parents, order and bodies in every format. A failure
 * here is either a generator not saying what the text says, or a reader or
 * the structure finder getting a real document wrong: `npm run
 * import-figures` lists each lost clause and its cause.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSource } from '../../src/lib/import/formats/read-source.ts';
import { importDocument } from '../../src/lib/import/import-document.ts';
import { scratchDir } from '../helpers/copy-fixture.ts';
import { FORMAT_MAKERS, REVIEWED_FIXTURES } from './formats-generators/reviewed-fixtures.ts';

const dir = scratchDir('formats-trees');

describe.each(REVIEWED_FIXTURES)('$name', (fixture) => {
  test.each(FORMAT_MAKERS)('imports from .%s without a style to its reviewed clause tree', async (ext, make) => {
    const file = join(dir, `${fixture.name.replace(/\W+/g, '-')}.${ext}`);
    writeFileSync(file, await make(fixture));
    const { text } = await readSource(file);
    const clauses = importDocument(text).clauses.map(({ id, number, heading, parent, order, body }) => ({
      id,
      number,
      heading,
      parent,
      order,
      body,
    }));
    // toEqual takes a field left out of the reviewed JSON (a clause with no heading) as undefined.
    expect(clauses).toEqual(fixture.expected);
  });
});
