/**
 * Starts a new partnership: content/<id>/partnership.yaml, glossary.yaml and
 * an empty, commented records/ folder (src/lib/import/scaffold-partnership.ts),
 * so `npm run check` passes straight after. Then add a document with
 * `npm run import` (.github/CONTRIBUTING.md, "Add a document").
 *
 *   npm run new-partnership -- --id riverside --name "Riverside Safeguarding Children Partnership" \
 *     [--short-name RSCP] [--area Riverside] [--root DIR]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldPartnership } from '../src/lib/import/scaffold-partnership.ts';

const usage =
  'usage: npm run new-partnership -- --id <id> --name "<full name>" [--short-name <acronym>] [--area <area>] [--root <project>]';

function main(): number {
  const { values } = parseArgs({
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      'short-name': { type: 'string' },
      area: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.id || values.name === undefined) {
    (values.help ? console.log : console.error)(usage);
    return values.help ? 0 : 2;
  }
  const root = values.root;
  const made = scaffoldPartnership({ id: values.id, name: values.name, shortName: values['short-name'], area: values.area }, (path) =>
    existsSync(join(root, path)),
  );
  if ('problem' in made) {
    console.error(`${made.problem}\n${usage}`);
    return 1;
  }
  for (const [path, text] of made.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
  console.log(`\nCheck partnership.yaml against the documents, then add a document: see "Add a document" in .github/CONTRIBUTING.md.`);
  return 0;
}

process.exitCode = main();
