/**
 * What a reader sees at the pinned date (2026-11-01): the register pages,
 * the currency banners, the compare page, JSON-LD, and links to them.
 */
import { describe, expect, it } from 'vitest';
import { builtFile, rowWithId, textOf } from './built-files.ts';

describe('the West Sussex review register', () => {
  const html = builtFile('/west-sussex/register/');
  const text = textOf(html);

  it('states the build date, the as-of date and that the date is pinned', () => {
    expect(text).toMatch(/This page was built on \d{1,2} \w+ \d{4}\. Statuses are judged as of 1 November 2026, a date pinned/);
  });

  it('offers status filters as plain anchor links to per-status sections', () => {
    for (const [label, anchor] of [['Overdue (0)', 'status-overdue'], ['Due soon (1)', 'status-due-soon'], ['Up to date (37)', 'status-ok']]) {
      expect(html).toContain(`<a class="govuk-link" href="#${anchor}">${label}</a>`);
      expect(html).toContain(`id="${anchor}"`);
    }
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
  });

  it('shows the meeting-dates duty as due soon, linked to clause 6.52 i), with its example record labelled', () => {
    const row = textOf(rowWithId(html, 'duty-ordinary-meeting-dates-set'));
    expect(rowWithId(html, 'duty-ordinary-meeting-dates-set')).toContain('href="/west-sussex/constitution/6-52-i/"');
    expect(row).toContain('Steering Group and Partnership Board');
    expect(row).toContain('11 November 2025 (record history) Example record');
    expect(row).toContain('15 November 2026');
    expect(row).toContain('Due soon');
  });

  it('sorts each status section by due date, earliest first', () => {
    const section = html.slice(html.indexOf('id="status-ok"'), html.indexOf('id="status-exempt"'));
    const dues = [...section.matchAll(/<td class="govuk-table__cell"><time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    expect(dues.length).toBe(37);
    expect(dues).toEqual([...dues].sort());
  });
});

it('the site-wide register names each row’s partnership and counts 61 duties', () => {
  const text = textOf(builtFile('/register/'));
  expect(text).toContain('Due soon (2)');
  expect(text).toContain('Up to date (59)');
  expect(text).toMatch(/WSCP|Wandsworth/);
});

describe('the currency banner', () => {
  it('warns on clause 6.52 i), which carries a duty due soon', () => {
    const html = builtFile('/west-sussex/constitution/6-52-i/');
    expect(html).toContain('app-currency-banner--warning');
    expect(textOf(html)).toContain('Last done on 11 November 2025; next due by 15 November 2026; owner Steering Group and Partnership Board.');
  });

  it('says when the constitution was last reviewed and is next due, on its document page', () => {
    const text = textOf(builtFile('/west-sussex/constitution/'));
    expect(text).toContain('Last reviewed on 9 June 2026; next review due by 9 June 2027; owner Steering Group.');
    expect(text).toContain('This page was built on');
  });

  it('appears on every document page and not on a clause without duties', () => {
    for (const path of ['/west-sussex/constitution/', '/west-sussex/arrangements-2019/', '/west-sussex/collaborative-working-agreement/', '/wandsworth/arrangements-2021/', '/suffolk/partnership-protocol/']) {
      expect(builtFile(path), path).toContain('app-currency-banner');
    }
    expect(builtFile('/west-sussex/constitution/6-53/')).not.toContain('app-currency-banner');
  });
});

describe('schema.org Legislation JSON-LD', () => {
  const ld = (path: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(builtFile(path))![1]!);

  it('describes a document with its identifier, date and legal force', () => {
    expect(ld('/west-sussex/arrangements-2019/')).toMatchObject({
      '@type': 'Legislation', legislationIdentifier: 'west-sussex/arrangements-2019', legislationDate: '2019-06-25', legislationLegalForce: 'https://schema.org/InForce',
    });
  });

  it('makes a clause part of its document', () => {
    expect(ld('/west-sussex/constitution/6-52-i/')).toMatchObject({
      '@type': 'Legislation', legislationIdentifier: 'west-sussex/constitution/6-52-i', isPartOf: { '@type': 'Legislation', legislationIdentifier: 'west-sussex/constitution' },
    });
  });
});

it('the compare page sets scrutiny, meetings and terms of reference side by side for all three partnerships', () => {
  const text = textOf(builtFile('/compare/'));
  for (const heading of ['Who scrutinises', 'How often the boards meet', 'How terms of reference and membership are renewed']) expect(text).toContain(heading);
  for (const name of ['WSSCP', 'WSCP', 'LSCB']) expect(text).toContain(name);
});

it('the footer links to the register and the compare page on every page', () => {
  for (const path of ['/', '/west-sussex/constitution/6-53/']) {
    expect(builtFile(path)).toContain('href="/register/"');
    expect(builtFile(path)).toContain('href="/compare/"');
  }
});
