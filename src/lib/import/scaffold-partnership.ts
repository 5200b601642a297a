/**
 * The files a new partnership starts with, so that `npm run check` and the
 * build pass straight after: partnership.yaml (its name, and what the name
 * gives: an acronym and an area, marked for checking), an empty glossary,
 * and a records/ folder whose files hold only comments saying what goes in
 * them. Facts about the partnership are never made up: what the name does
 * not say is left for the editor.
 *
 *   scaffoldPartnership({ id: 'riverside', name: 'Riverside Safeguarding Children Partnership' })
 *   → { 'content/riverside/partnership.yaml': 'name: Riverside…\nshortName: RSCP\narea: Riverside\n…', … }
 */
import { stringify } from 'yaml';
import { SLUG_PATTERN } from '../../schemas/common.ts';

export interface ScaffoldOptions {
  id: string;
  name: string;
  shortName?: string;
  area?: string;
}

/** "Riverside Safeguarding Children Partnership" → "RSCP": the initials of its capitalised words. */
export const initials = (name: string) => name.match(/\b[A-Z]/g)?.join('') ?? name;
/** "Riverside Safeguarding Children Partnership" → "Riverside": the words before "Safeguarding". */
export const areaOf = (name: string) => name.replace(/\s+(Local\s+)?(Safeguarding|Children|Partnership)\b.*$/, '').trim() || name;

const RECORDS: Array<[string, string, string]> = [
  ['subgroups.yaml', 'subgroups', 'the subgroups the documents name, with the dates their terms of reference and membership were agreed'],
  ['reviews.yaml', 'reviews', 'reviews and other dated actions a duty asks for (a constitution review, a deadline met)'],
  ['publications.yaml', 'publications', 'annual reports and business plans, with their periods and web addresses'],
  ['meetings.yaml', 'bodies and meetings', 'the boards that meet, and each meeting held or scheduled'],
  ['events.yaml', 'events', 'events that start a time limit (a notification, a request) and what was done in answer'],
  ['acknowledgements.yaml', 'acknowledgements', 'a lapse the partnership has acknowledged, with the reason and until when'],
];

/** `problem` when the id cannot be used; otherwise the files to write, by project-relative path. */
export function scaffoldPartnership(
  options: ScaffoldOptions,
  exists: (path: string) => boolean,
): { problem: string } | { files: Map<string, string> } {
  const { id, name } = options;
  if (!SLUG_PATTERN.test(id))
    return { problem: `--id "${id}" is not a lower-case id of letters, digits and single hyphens, such as "riverside"` };
  if (!name.trim()) return { problem: "--name is empty; give the partnership's full name as its documents print it" };
  const dir = `content/${id}`;
  if (exists(dir)) return { problem: `${dir} already exists; nothing written` };
  const shortName = options.shortName ?? initials(name);
  const area = options.area ?? areaOf(name);
  const files = new Map<string, string>();
  const derived = [options.shortName ? '' : 'shortName', options.area ? '' : 'area'].filter(Boolean);
  files.set(
    `${dir}/partnership.yaml`,
    [
      '# The partnership (schema: src/schemas/partnership.ts).',
      ...(derived.length
        ? [`# ${derived.join(' and ')} ${derived.length > 1 ? 'were' : 'was'} worked out from the name: check against the documents.`]
        : []),
      '# Add leadPartners (the three safeguarding partners, as the documents name them), website and summary.',
      stringify({ name, shortName, area, leadPartners: [] }, { lineWidth: 0 }).trimEnd(),
      '',
    ].join('\n'),
  );
  files.set(
    `${dir}/glossary.yaml`,
    '# Acronyms the documents use, each with its expansion (schema: src/schemas/glossary.ts).\n# Add one as `- { term: DSP, expansion: Designated Safeguarding Partners, source: glossary table }`.\nterms: []\n',
  );
  files.set(
    `${dir}/records/README.md`,
    `# ${name}: records\n\nThe evidence \`npm run check\` reads for the duties the documents set. Each file starts empty\n(comments only), which means "no records yet"; see .github/CONTRIBUTING.md for how to add one.\n`,
  );
  for (const [file, what, holds] of RECORDS) {
    const schema = file.replace(/s\.yaml$/, '');
    files.set(
      `${dir}/records/${file}`,
      `# ${name}: ${what}. Empty until the first record.\n# Holds ${holds}.\n# Schema: src/schemas/${schema}.ts\n`,
    );
  }
  return { files };
}
