/**
 * What a reader sees at the pinned date (2026-11-01): the register pages,
 * the currency banners, JSON-LD, and links to them (the compare page has
 * compare.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { builtFile, builtJson, rowWithId, textOf } from './built-files.ts';

interface DutyJson {
  anchor: string;
  partnership: string;
  status: string;
  duty: string;
  subject?: { name: string };
  due?: string;
}
const duties = (builtJson('/api/duties.json') as { duties: DutyJson[] }).duties;
const LABEL: Record<string, string> = {
  overdue: 'Overdue',
  'no-evidence': 'No evidence',
  'due-soon': 'Due soon',
  ok: 'Up to date',
  exempt: 'Not checked',
};
const count = (status: string, partnership?: string) =>
  duties.filter((d) => d.status === status && (!partnership || d.partnership === partnership)).length;

describe('the West Sussex review register', () => {
  const html = builtFile('/west-sussex/register/');
  const text = textOf(html);

  it('states the build date, the as-of date and that the date is pinned', () => {
    expect(text).toMatch(
      /This page was built from the content as committed on \d{1,2} \w+ \d{4}\. Statuses are judged as of 1 November 2026, a date pinned/,
    );
  });

  it('offers status filters as plain anchor links to per-status sections, counted as duties.json counts them', () => {
    expect(count('due-soon', 'west-sussex')).toBe(3);
    for (const status of Object.keys(LABEL)) {
      expect(html).toContain(`<a class="govuk-link" href="#status-${status}">${LABEL[status]} (${count(status, 'west-sussex')})</a>`);
      expect(html).toContain(`id="status-${status}"`);
    }
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it('shows the meeting-dates duty as due soon, linked to clause 6.52 i), with its example record labelled', () => {
    const row = textOf(rowWithId(html, 'duty-ordinary-meeting-dates-set'));
    expect(rowWithId(html, 'duty-ordinary-meeting-dates-set')).toContain('href="/west-sussex/constitution/6-52-i/"');
    expect(row).toContain('Steering Group and Partnership Board');
    expect(rowWithId(html, 'duty-ordinary-meeting-dates-set')).toContain(
      'href="https://example.org/west-sussex/steering-group/2025-11-11-meeting-dates"',
    );
    expect(row).toContain('11 November 2025 (paper) Example record');
    expect(row).toContain('15 November 2026');
    expect(row).toContain('Due soon');
  });

  it('sorts each status section by due date, earliest first', () => {
    const section = html.slice(html.indexOf('id="status-ok"'), html.indexOf('id="status-exempt"'));
    const dues = [...section.matchAll(/<td class="govuk-table__cell"><time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    // A duty waiting on an event that has not happened has no due date: those rows come last, undated.
    expect(dues.length).toBe(duties.filter((d) => d.status === 'ok' && d.partnership === 'west-sussex' && d.due).length);
    expect(dues).toEqual([...dues].sort());
  });

  it("links the last evidence to the minutes or paper its record gives, and otherwise to the record file's history", () => {
    const review = rowWithId(html, 'duty-constitution-review');
    expect(review).toContain(
      '<a class="govuk-link" href="https://example.org/west-sussex/steering-group/2026-06-09-minutes"><time datetime="2026-06-09">9 June 2026</time> (paper)</a>',
    );
    const reference = rowWithId(html, 'duty-district-borough-representation-review');
    expect(reference).toContain(
      'href="https://github.com/example-partnership/governance/commits/main/content/west-sussex/records/reviews.yaml"',
    );
    expect(textOf(reference)).toContain('Recorded in: SG minutes 9 September 2025, item 5 (example).');
    expect(rowWithId(html, 'duty-partnership-board-meetings')).toContain(
      'href="https://github.com/example-partnership/governance/commits/main/content/west-sussex/records/meetings.yaml"',
    );
  });

  it("shows the Partnership Board's short quarter as lapsed, acknowledged, with its example record labelled", () => {
    const row = rowWithId(html, 'duty-partnership-board-meetings');
    expect(textOf(row)).toContain(
      'Up to date Lapsed, acknowledged Example record 0 of at least 1 meeting of the Partnership Board held in the quarter Q1 2025-26; the quarter ended 2025-06-30. Acknowledged on 15 July 2025 by Partnership Board:',
    );
    expect(row).toContain('href="https://example.org/west-sussex/partnership-board/2025-07-15-minutes"');
  });

  it('explains "Lapsed, acknowledged" where a register shows one, and only there', () => {
    const legend = 'Lapsed, acknowledged marks a past period that fell short and that the body responsible has noted';
    expect(text).toContain(legend);
    expect(textOf(builtFile('/suffolk/register/'))).not.toContain(legend);
  });
});

describe('the site-wide register', () => {
  const html = builtFile('/register/');

  it('counts every duty of every partnership by status', () => {
    for (const status of Object.keys(LABEL)) expect(textOf(html)).toContain(`${LABEL[status]} (${count(status)})`);
    expect(html.match(/<tr class="govuk-table__row" id="/g)?.length).toBe(duties.length);
  });

  it("has a row for each duty, named by its partnership's short name, with the duty and its status", () => {
    const shortNames: Record<string, string> = { 'west-sussex': 'WSSCP', wandsworth: 'WSCP', suffolk: 'LSCB' };
    for (const d of duties) {
      const id = `${d.partnership}-${d.anchor}`;
      const row = rowWithId(html, id);
      expect(row, id).toMatch(
        new RegExp(`^id="${id}" data-partnership="${d.partnership}"><td class="govuk-table__cell">${shortNames[d.partnership]}</td>`),
      );
      expect(textOf(row), id).toContain(d.duty);
      expect(textOf(row), id).toContain(LABEL[d.status]);
    }
  });

  it('shows the Wandsworth SCL terms of reference, the West Sussex meeting dates and the two monthly and bi-monthly groups as the four duties due soon', () => {
    const section = html.slice(html.indexOf('id="status-due-soon"'), html.indexOf('id="status-ok"'));
    expect(textOf(section)).toContain(
      "WSCP Each sub-committee's terms of reference are reviewed annually and signed off by the Executive. – Safeguarding and Continuous Learning (SCL)",
    );
    expect(textOf(section)).toContain("WSSCP Set the dates of the next business year's ordinary meetings.");
    expect(section.match(/<tr class="govuk-table__row" id="/g)?.length).toBe(4);
  });
});

describe('the currency banner', () => {
  it('warns on clause 6.52 i), which carries a duty due soon', () => {
    const html = builtFile('/west-sussex/constitution/6-52-i/');
    expect(html).toContain('app-currency-banner--warning');
    expect(textOf(html)).toContain(
      'Last done on 11 November 2025; next due by 15 November 2026; owner Steering Group and Partnership Board.',
    );
  });

  it('says when the constitution was last reviewed and is next due, on its document page, linking the paper', () => {
    const html = builtFile('/west-sussex/constitution/');
    const text = textOf(html);
    expect(text).toContain(
      'Last reviewed on 9 June 2026; next review due by 9 June 2027; owner Steering Group. Read the paper for Review the constitution.',
    );
    expect(html).toContain(
      '<a class="govuk-notification-banner__link" href="https://example.org/west-sussex/steering-group/2026-06-09-minutes">Read the paper',
    );
    expect(text).toContain('This page was built from the content as committed on');
  });

  it('names the paper a record only refers to, and shows an acknowledged lapse, on clause pages', () => {
    expect(textOf(builtFile('/west-sussex/constitution/5-3/'))).toContain('Recorded in: SG minutes 9 September 2025, item 5 (example).');
    expect(textOf(builtFile('/west-sussex/constitution/6-52-i/'))).toContain(
      'Lapsed, acknowledged: 0 of at least 1 meeting of the Partnership Board held in the quarter Q1 2025-26; the quarter ended 2025-06-30.',
    );
  });

  it('appears on every document page in force and not on a clause without duties', () => {
    for (const path of [
      '/west-sussex/constitution/',
      '/west-sussex/arrangements-2019/',
      '/west-sussex/collaborative-working-agreement/',
      '/wandsworth/arrangements-2021/',
    ]) {
      expect(builtFile(path), path).toContain('app-currency-banner');
    }
    expect(builtFile('/west-sussex/constitution/6-53/')).not.toContain('app-currency-banner');
  });
});

describe('schema.org Legislation JSON-LD', () => {
  const ld = (path: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(builtFile(path))![1]!);

  const content = loadContent({ root: projectRoot });

  it.each(content.documents.map((d) => [`${d.partnership}/${d.id}`, d] as const))(
    'gives %s a legislationDate exactly when its document.yaml has one',
    (_, document) => {
      const date = document.data.updated ?? document.data.published;
      const firstClause = content.clauses.find((c) => c.partnership === document.partnership && c.document === document.id)!;
      for (const path of [`/${document.partnership}/${document.id}/`, `/${document.partnership}/${document.id}/${firstClause.data.id}/`]) {
        const data = ld(path);
        expect('legislationDate' in data, path).toBe(date !== undefined);
        expect(data.legislationDate, path).toBe(date);
      }
    },
  );

  it('gives no legislationDate for the constitution and the Suffolk protocol, whose sources print no date', () => {
    expect(content.documents).toHaveLength(5);
    for (const path of ['/west-sussex/constitution/', '/suffolk/partnership-protocol/'])
      expect(ld(path), path).not.toHaveProperty('legislationDate');
  });

  it('describes a document with its identifier, date and legal force', () => {
    expect(ld('/west-sussex/arrangements-2019/')).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: 'west-sussex/arrangements-2019',
      legislationDate: '2019-06-25',
      legislationLegalForce: 'https://schema.org/InForce',
    });
  });

  it('makes a clause part of its document', () => {
    expect(ld('/west-sussex/constitution/6-52-i/')).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: 'west-sussex/constitution/6-52-i',
      isPartOf: { '@type': 'Legislation', legislationIdentifier: 'west-sussex/constitution' },
    });
  });
});

it('the footer links to the register and the compare page on every page', () => {
  for (const path of ['/', '/west-sussex/constitution/6-53/']) {
    expect(builtFile(path)).toContain('href="/register/"');
    expect(builtFile(path)).toContain('href="/compare/"');
  }
});
