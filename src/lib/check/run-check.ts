/**
 * The driver of `npm run check`, as one function, so the CLI, the build and
 * the tests run the same thing. Each step is its own unit elsewhere; this
 * only orders them: load and validate content (src/lib/content), MDX safety
 * (src/lib/mdx-safety), references (src/lib/references), fidelity to the
 * published text, site settings and records; stop on any content error;
 * otherwise evaluate every duty (src/lib/compliance) and format the report. Warnings go to stderr (as
 * annotations on stdout in github format, like every finding). Returns
 * text for stdout and stderr and the exit code; prints nothing.
 */
import { contentError, formatContentError, formatGithubAnnotation, type ContentError } from '../errors/content-error.ts';
import { readFileSync } from 'node:fs';
import { parseYamlSource } from '../content/yaml-source.ts';
import { loadContent } from '../content/load-content.ts';
import { SITE_SETTINGS_FILE, trySiteSettings } from '../content/site-settings.ts';
import { checkReferences } from '../references/check-references.ts';
import { checkAddresses } from '../addresses/check-addresses.ts';
import { checkPublishedAddresses } from '../addresses/check-published.ts';
import { missingPublishedBranch, publishedClauses, publishedFiles } from '../history/published-clauses.ts';
import { analyseReferences } from '../references/analyse-references.ts';
import { checkMdxSafety } from '../mdx-safety/check-mdx-safety.ts';
import { checkFidelity } from '../content/fidelity.ts';
import { checkAmendments, checkAmendmentWords } from '../amendments/check-amendments.ts';
import { checkPublishedWords } from '../amendments/check-published-words.ts';
import { join } from 'node:path';
import { undeclaredPublicFileErrors } from '../build/public-files.ts';
import { checkDuties } from '../compliance/check-duties.ts';
import { checkRecordSubjects } from '../compliance/check-record-subjects.ts';
import { pinnedClockWarning, resolveClock, type Clock } from '../compliance/clock.ts';
import { evaluateDuties } from '../compliance/evaluate.ts';
import { unusedAcknowledgements } from '../compliance/unused-acknowledgements.ts';
import { recordsAfterAsOf } from '../compliance/records-after-as-of.ts';
import { loadRecords } from '../compliance/load-records.ts';
import { formatGithubReport } from '../compliance/report/github.ts';
import { formatJsonReport } from '../compliance/report/json.ts';
import { formatTextReport } from '../compliance/report/text.ts';
import { withReferenceReport } from './reference-section.ts';
import { proposalWarnings } from '../import/proposals.ts';
import { failed } from '../compliance/report/summary.ts';
import type { DutyResult } from '../compliance/types.ts';
import type { Temporal } from 'temporal-polyfill';

export type ReportFormat = 'text' | 'json' | 'github';

export interface RunCheckOptions {
  root: string;
  format?: ReportFormat;
  /** `--as-of`, if given. */
  asOf?: string;
  /** Environment to read GOVERNANCE_AS_OF from. */
  env?: Record<string, string | undefined>;
  now?: Temporal.Instant;
}

export interface CheckRun {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1;
  clock?: Clock;
  results: DutyResult[];
  errors: ContentError[];
}

function formatErrors(errors: ContentError[], format: ReportFormat): string {
  if (format === 'json') return formatJsonReport({ results: [], errors });
  if (format === 'github') return errors.map(formatGithubAnnotation).join('\n');
  return `${errors.map(formatContentError).join('\n')}\n\n${errors.length} content problem${errors.length === 1 ? '; fix it' : 's; fix them'} before the duties can be checked.`;
}

export function runCheck({ root, format = 'text', asOf, env = process.env, now }: RunCheckOptions): CheckRun {
  const content = loadContent({ root });
  const { settings: site, errors: siteErrors } = trySiteSettings(root);
  // Unsafe MDX is reported before anything renders it.
  const errors: ContentError[] = [
    ...content.errors,
    ...checkMdxSafety(root, { texts: content.texts, imageHosts: site?.imageHosts }),
    // An amendment's words before are rendered on its version's page like a clause file's.
    ...checkAmendmentWords(content, site?.imageHosts),
  ];
  // public/ is published as it is: only the files the project declares may be there.
  errors.push(...undeclaredPublicFileErrors(join(root, 'public')));
  // A published branch this clone does not have: every check against it would compare the pull request with itself.
  const branch = site?.repository?.branch ?? 'main';
  const clonedBranches = missingPublishedBranch(root, branch);
  if (clonedBranches)
    errors.push(
      contentError({
        file: SITE_SETTINGS_FILE,
        line: site?.repository
          ? parseYamlSource(readFileSync(join(root, SITE_SETTINGS_FILE), 'utf8'), SITE_SETTINGS_FILE).lineOf(['repository', 'branch'])
          : undefined,
        field: 'repository.branch',
        rule: 'address',
        message: `expected the branch the site is published from, found "${branch}", which this clone does not have (it has ${clonedBranches.slice(0, 5).join(', ')}); without it, published addresses and words would be held to this commit itself`,
        hint: 'set repository.branch to the branch the site is published from, e.g. main',
      }),
    );
  // References only make sense over content that loaded cleanly.
  if (!content.errors.length)
    errors.push(
      ...checkReferences(content),
      ...checkAddresses(content),
      ...checkPublishedAddresses(content, publishedClauses(root, site?.repository?.branch)),
    );
  // Text that does not parse, or is unsafe, is reported first; what it says is compared once it does.
  if (!errors.some((e) => e.severity === 'error')) {
    const texts = new Map(analyseReferences(content).clauses.map((c) => [c.clause, c.text]));
    errors.push(
      ...checkFidelity(content, (clause) => texts.get(clause) ?? ''),
      ...checkAmendments(content, (clause) => texts.get(clause) ?? ''),
      // Words no source.txt can prove (later versions, an amended clause's words in force), held to the published branch.
      ...checkPublishedWords(content, publishedFiles(root, site?.repository?.branch)),
    );
  }
  errors.push(...siteErrors);
  // Duties the importer proposed and nobody has decided on: warnings only, never a failed build.
  errors.push(
    ...proposalWarnings(
      root,
      content.documents.map((d) => d.dir),
    ),
  );
  const partnerships = [...new Set([...content.partnerships.map((p) => p.id), ...content.documents.map((d) => d.partnership)])];
  const records = loadRecords({ root, partnerships });
  errors.push(...records.errors, ...checkDuties(content, records.byPartnership), ...checkRecordSubjects(content, records.byPartnership));
  if (errors.some((e) => e.severity === 'error')) {
    return { stdout: formatErrors(errors, format), stderr: '', exitCode: 1, results: [], errors };
  }

  const clock = resolveClock({ cli: asOf, env: env.GOVERNANCE_AS_OF, site: site?.compliance.asOf, now });
  const warningDays = site?.compliance.warningDays ?? 30;
  const results = evaluateDuties({ content, records: records.byPartnership, asOf: clock.asOf, warningDays });
  // A record after a pinned or injected as-of date would otherwise change nothing and say nothing.
  const afterAsOf = recordsAfterAsOf(records.byPartnership.values(), clock);
  errors.push(...afterAsOf, ...unusedAcknowledgements(records.byPartnership, results, clock.asOf.toString(), clock.source !== 'today'));
  // Warnings from judging (working days past the bank-holiday data), each once.
  errors.push(...[...new Map(results.flatMap((r) => r.warnings ?? []).map((w) => [w.message, w])).values()]);
  const names = new Map(content.partnerships.map((p) => [p.id, p.data.name]));
  // In github format every finding is an annotation on stdout, warnings of every class included.
  const stdout =
    format === 'json'
      ? formatJsonReport({ clock, warningDays, results, errors })
      : format === 'github'
        ? [...errors.map(formatGithubAnnotation), formatGithubReport({ clock, results, sitePin: site?.compliance.asOf })].join('\n')
        : formatTextReport({ clock, warningDays, results, names });
  const warnings = format === 'github' ? '' : errors.map(formatContentError).join('\n');
  const stderr = [pinnedClockWarning(clock), warnings].filter(Boolean).join('\n');
  return { stdout: withReferenceReport(format, content, stdout), stderr, exitCode: failed(results) ? 1 : 0, clock, results, errors };
}
