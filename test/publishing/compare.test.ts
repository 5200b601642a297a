/**
 * The compare page groups duties by their typed `theme` (else by kind): every
 * duty in the content has a theme, every publication duty is compared under
 * annual reports and business plans, every per-subgroup renewal under terms
 * of reference, and each entry resting on an example record says so.
 */
import { describe, expect, it } from 'vitest';
import { dutyKinds } from '../../src/schemas/duty.ts';
import { dutyThemes } from '../../src/schemas/duty-theme.ts';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { compareSections, SECTIONS, sectionOf } from '../../src/lib/publishing/compare.ts';
import { projectRoot } from '../helpers/copy-fixture.ts';
import { builtFile, textOf } from './built-files.ts';

const { results } = runCheck({ root: projectRoot, env: {} });
const html = builtFile('/compare/');
const sectionHtml = (id: string) => {
  const start = html.indexOf(`<section aria-labelledby="${id}">`);
  if (start < 0) throw new Error(`no section ${id} on the compare page`);
  return html.slice(start, html.indexOf('</section>', start));
};

describe('compare sections', () => {
  it('take each theme and each kind in exactly one section', () => {
    for (const theme of dutyThemes)
      expect(
        SECTIONS.filter((s) => s.themes.includes(theme)),
        theme,
      ).toHaveLength(1);
    for (const kind of dutyKinds)
      expect(
        SECTIONS.filter((s) => s.kinds.includes(kind)),
        kind,
      ).toHaveLength(1);
  });

  it('place a duty without a theme by its kind', () => {
    const [result] = results.filter((r) => r.duty.kind === 'publication');
    expect(sectionOf({ ...result!.duty, theme: undefined }).id).toBe('publications');
    expect(sectionOf({ ...result!.duty, theme: 'finance' }).id).toBe('finance');
  });
});

describe('the shipped duties on the compare page', () => {
  it('each have a theme', () => {
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.duty.theme).map((r) => `${r.partnership}/${r.duty.id}`)).toEqual([]);
  });

  it('put every publication duty under annual reports and business plans, and every renewal duty under terms of reference', () => {
    const sections = compareSections(results, ['west-sussex', 'wandsworth', 'suffolk']);
    const idsIn = (id: string) =>
      [...sections.find((s) => s.id === id)!.byPartnership.values()].flat().map((e) => e.registerUrl.split('#')[1]!.replace(/--.*/, ''));
    const ofKind = (kind: string) => [...new Set(results.filter((r) => r.duty.kind === kind).map((r) => `duty-${r.duty.id}`))];
    expect(ofKind('publication').length).toBeGreaterThan(0);
    expect(idsIn('publications')).toEqual(expect.arrayContaining(ofKind('publication')));
    expect(idsIn('terms-of-reference')).toEqual(expect.arrayContaining(ofKind('renewal-per-subgroup')));
    // And the built page agrees: each one's register link sits in that section.
    for (const r of results.filter((x) => x.duty.kind === 'publication'))
      expect(sectionHtml('publications'), r.duty.id).toContain(`/${r.partnership}/register/#duty-${r.duty.id}"`);
    for (const r of results.filter((x) => x.duty.kind === 'renewal-per-subgroup'))
      expect(sectionHtml('terms-of-reference'), r.duty.id).toContain(`/${r.partnership}/register/#duty-${r.duty.id}--`);
  });

  it('keep annual reports out of "Who scrutinises"', () => {
    expect(textOf(sectionHtml('scrutiny'))).not.toMatch(/publish/i);
    expect(textOf(sectionHtml('scrutiny'))).toContain('Provide independent scrutiny of the annual report.');
  });

  it('label every entry resting on an example record "Example record", and the rest "Not checked"', () => {
    const entries = [...html.matchAll(/<ul class="govuk-list app-compare-list">([\s\S]*?)<\/ul>/g)].flatMap((m) =>
      m[1]!.split('<li>').slice(1),
    );
    expect(entries.length).toBe(new Set(results.map((r) => `${r.partnership}/${r.duty.id}`)).size);
    for (const entry of entries) expect(textOf(entry)).toMatch(/Example record|Not checked/);
    expect(entries.filter((entry) => textOf(entry).includes('Not checked')).length).toBe(
      new Set(results.filter((r) => r.status === 'exempt').map((r) => `${r.partnership}/${r.duty.id}`)).size,
    );
  });

  it('set scrutiny, meetings and terms of reference side by side for all three partnerships', () => {
    const text = textOf(html);
    for (const heading of ['Who scrutinises', 'How often the boards meet', 'How terms of reference and membership are renewed'])
      expect(text).toContain(heading);
    for (const name of ['WSSCP', 'WSCP', 'LSCB']) expect(text).toContain(name);
  });
});
