/**
 * What a single source line is, before any context is applied.
 */
import { describe, expect, test } from 'vitest';
import { classifyLine, looksLikeHeading } from '../../src/lib/import/classify-line.ts';
import { profileFor } from '../../src/lib/import/profiles.ts';

const dotted = profileFor('numbered-dotted');
const protocol = profileFor('bullet-numbered');
const kind = (raw: string, profile = dotted) => classifyLine(1, raw, profile);

describe('classifyLine', () => {
  test('tells a top-level section from a sub-clause, including "6. 1" and "7.0"', () => {
    expect(kind('1. Title')).toMatchObject({ kind: 'top', number: '1.', rest: 'Title' });
    expect(kind('7.0 Decision-making')).toMatchObject({ kind: 'top', number: '7.0' });
    expect(kind('6. 1 ')).toMatchObject({ kind: 'sub', number: '6. 1', rest: '' });
    expect(kind('6.8.2 Safeguarding Children Health Safeguarding Forum')).toMatchObject({ kind: 'sub', number: '6.8.2' });
  });

  test('reads "- 3.1 …" as a sub-clause in the bullet-numbered profile, and "1 PURPOSE" as a section', () => {
    expect(kind('- 3.1 Develop an annual planning cycle.', protocol)).toMatchObject({ kind: 'sub', number: '3.1' });
    expect(kind('1 PURPOSE', protocol)).toMatchObject({ kind: 'top', number: '1', rest: 'PURPOSE' });
  });

  test('recognises "i)" items but not "(i)" items', () => {
    expect(kind('iii) Minutes will be circulated.')).toMatchObject({ kind: 'roman', number: 'iii)' });
    expect(kind('(iii) Child Exploitation (CE)').kind).toBe('lettered');
  });

  test('reads every bullet glyph, a lone glyph as a marker, and an indented bullet as nested', () => {
    expect(kind('· The partners must publish.')).toMatchObject({ kind: 'bullet', depth: 0, rest: 'The partners must publish.' });
    expect(kind('- ❖ Children are safe.')).toMatchObject({ kind: 'bullet', rest: 'Children are safe.' });
    expect(kind('•')).toMatchObject({ kind: 'marker', marker: '•' });
    expect(kind(' - Public Health')).toMatchObject({ kind: 'bullet', depth: 1 });
  });

  test('keeps tab-separated rows, HTML fragments and table rules apart from text', () => {
    expect(kind('Council\t\t').kind).toBe('table');
    expect(kind('<p>Starting well:</p> <ul style="x"> • A').kind).toBe('html');
    expect(kind('---\t--').kind).toBe('delimiter');
    expect(kind('A hyphen-ated line - with a dash').kind).toBe('text');
  });

  test('reads "Appendix 1 – …" as an appendix only where the profile has appendices', () => {
    expect(kind('Appendix 1 – Financial Partnership Agreement')).toMatchObject({
      kind: 'appendix',
      number: 'Appendix 1',
      rest: 'Financial Partnership Agreement',
    });
    expect(kind('Appendix 1', protocol).kind).toBe('text');
  });
});

describe('looksLikeHeading', () => {
  test('accepts short title-like lines, including questions', () => {
    for (const text of ['Secure Settings', 'How this happens?', 'Child Death Panel (CDP)']) expect(looksLikeHeading(text)).toBe(true);
  });

  test('rejects sentences, lead-ins, lower-case starts and figure captions', () => {
    for (const text of [
      'The Executive will meet 6 times a year.',
      'Delivering our vision will mean that:',
      'within the strategy',
      'Figure 2 How we will work',
      'Table 1 Priorities Matrix',
    ]) {
      expect(looksLikeHeading(text)).toBe(false);
    }
  });
});
