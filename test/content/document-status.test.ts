/**
 * A document's status and the reason for it (document.yaml `status`,
 * `statusReason`): a historical document must say why and since when, the
 * source's words it quotes must be in its source text, and its duties are
 * not checked, saying why (issue 14, item 13).
 */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { statusPhrase } from '../../src/lib/content/document-status.ts';
import { parseWithFriendlyErrors } from '../../src/lib/content/parse-with-friendly-errors.ts';
import { parseYamlSource } from '../../src/lib/content/yaml-source.ts';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { formatContentError } from '../../src/lib/errors/content-error.ts';
import { documentStatusView } from '../../src/lib/publishing/document-status.ts';
import { registerRow } from '../../src/lib/publishing/register.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { copyFixture } from '../helpers/copy-fixture.ts';

const DOCUMENT = 'title: Protocol\nshortTitle: Protocol\npartnership: demo\nsource:\n  original: protocol.pdf\n';
const problems = (yaml: string) => {
  const file = 'content/demo/document.yaml';
  return parseWithFriendlyErrors(documentSchema as z.ZodType, parseYamlSource(`${DOCUMENT}${yaml}`, file), file, 'document')
    .errors.map(formatContentError)
    .join('\n');
};
const REASON = "statusReason:\n  since: '2019'\n  basis: editorial\n  note: The board it sets duties for was abolished.\n";
const PROTOCOL = 'content/demo/old-protocol/document.yaml';

describe('the status field', () => {
  it('accepts a historical document with its reason', () => {
    expect(problems(`status: historical\n${REASON}`)).toBe('');
  });

  it('refuses a historical document without a reason, saying what to add', () => {
    expect(problems('status: historical\n')).toBe(
      'content/demo/document.yaml:6  error  status: expected statusReason beside it, saying why the document is no longer in force and since when, found "historical"  [schema]\n' +
        '  hint: add statusReason with since (or by), basis (source or editorial), note and the quotes of the source that show it; see section 9 of .github/CONTRIBUTING.md',
    );
  });

  it('refuses a reason said to be the source’s own words without quoting them', () => {
    expect(problems(`status: superseded\n${REASON.replace('editorial', 'source')}`)).toBe(
      'content/demo/document.yaml:9  error  statusReason.basis: expected "editorial", or the words of the source that say so under quotes, found "source"  [schema]\n' +
        '  hint: copy the sentence of the source that says it, with its clause; if the source does not say so itself, write basis: editorial',
    );
  });

  it('refuses a quote the source text does not print, at its line', () => {
    const f = copyFixture('compliance');
    f.edit(
      PROTOCOL,
      'status: superseded\n',
      `status: historical\n${REASON}  quotes:\n    - text: The LSCB is abolished\n      clause: '1'\n`,
    );
    const messages = loadContent({ root: f.root }).errors.map(formatContentError);
    expect(messages).toEqual([
      'content/demo/old-protocol/document.yaml:10  error  statusReason.quotes[0].text: expected the source\'s own words, but "The LSCB is abolished" does not appear in content/demo/old-protocol/source.txt  [status-quote-not-in-source]\n' +
        '  hint: copy the words exactly as the source prints them; what the source does not say goes in statusReason.note, with basis: editorial',
    ]);
  });
});

describe('a document’s status in words', () => {
  it('says since when a historical document is no longer in force, or the latest it can have been', () => {
    expect(statusPhrase({ status: 'historical', statusReason: { since: '2019', basis: 'editorial', note: 'x', quotes: [] } })).toBe(
      'historical: no longer in force, since 2019',
    );
    expect(statusPhrase({ status: 'historical', statusReason: { by: '2019-09', basis: 'editorial', note: 'x', quotes: [] } })).toBe(
      'historical: no longer in force, since September 2019 at the latest',
    );
  });

  it('labels an editorial reason "Editorial note" and the words behind it "What the text shows"', () => {
    const data = documentSchema.parse({
      title: 'Protocol',
      shortTitle: 'Protocol',
      partnership: 'demo',
      source: { original: 'protocol.pdf' },
      status: 'historical',
      statusReason: { since: '2019', basis: 'editorial', note: 'Abolished.', quotes: [{ text: 'the LSCB', clause: '3.6' }] },
    });
    expect(documentStatusView(data, 'protocol')).toMatchObject({
      label: 'Historical',
      inForce: false,
      sentence: 'This document is historical: no longer in force, since 2019. Its duties are not checked.',
      reason: { label: 'Editorial note', quotesLabel: 'What the text shows', note: 'Abolished.' },
      url: '/demo/protocol/#document-status',
    });
  });
});

describe('the check on a historical document', () => {
  it('does not check its duties, and says why with the date', () => {
    const f = copyFixture('compliance');
    f.edit(PROTOCOL, 'status: superseded\n', `status: historical\n${REASON}`);
    const { stdout, exitCode } = runCheck({ root: f.root, env: {} });
    expect(exitCode).toBe(0);
    expect(stdout).toContain(
      '  EXEMPT (1)\n    lscb-annual-report — Protocol clause 4.7: exempt: the document is historical: no longer in force, since 2019, so its duties are not checked',
    );
  });
});

describe('the register row of a duty not checked', () => {
  it('says why, in the document status’s words, and links to where the document page explains it', () => {
    const f = copyFixture('compliance');
    f.edit(PROTOCOL, 'status: superseded\n', `status: historical\n${REASON}`);
    const exempt = runCheck({ root: f.root, env: {} }).results.find((r) => r.status === 'exempt')!;
    expect(registerRow(exempt).notChecked).toEqual({
      text: 'The Protocol is historical: no longer in force, since 2019, so its duties are not checked.',
      url: '/demo/old-protocol/#document-status',
      link: 'Why the Protocol is not in force',
    });
  });
});
