/**
 * `npm run addresses`: lists every clause in its document's addresses.yaml,
 * creating the file for a document that has none (src/lib/addresses/keep-addresses.ts).
 * Run it after adding a clause; `npm run check` says when it is needed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keptAddresses } from '../src/lib/addresses/keep-addresses.ts';
import { documentHistoryFiles } from '../src/lib/content/document-files.ts';
import { loadContent } from '../src/lib/content/load-content.ts';

const root = process.cwd();
const content = loadContent({ root });
let changed = 0;
for (const document of content.documents) {
  const file = join(root, document.dir, 'addresses.yaml');
  const listed = documentHistoryFiles(root, document).addresses?.data.addresses.map((e) => (typeof e === 'string' ? e : e.id));
  const clauses = content.clauses.filter((c) => c.partnership === document.partnership && c.document === document.id);
  const current = existsSync(file) ? { text: readFileSync(file, 'utf8'), listed: new Set(listed) } : undefined;
  const text = keptAddresses(clauses, current);
  if (text === undefined) continue;
  writeFileSync(file, text);
  changed++;
  console.log(`${document.dir}/addresses.yaml: ${current ? 'added the clauses it did not list' : 'created'}`);
}
console.log(changed ? `${changed} file${changed === 1 ? '' : 's'} written.` : 'Every clause address is already listed.');
