/**
 * clauseText: the plain text of a clause body, as search and the fidelity
 * test see it.
 */
import { describe, expect, test } from 'vitest';
import { clauseText } from '../../src/lib/markdown/clause-text.ts';

describe('clauseText', () => {
  test('drops Markdown syntax and keeps the words', () => {
    expect(clauseText('The **voice of all West Sussex children** and *partners*.')).toBe(
      'The voice of all West Sussex children and partners.',
    );
  });

  test('keeps link text and drops the address', () => {
    expect(clauseText('See the [HWB website](https://example.org/hwb).')).toBe('See the HWB website.');
  });

  test('puts each paragraph and list item on its own line, and numbers ordered items', () => {
    expect(clauseText('Lead-in:\n\n- one\n  - nested\n- two\n\n1. first\n2. second')).toBe(
      'Lead-in:\none\nnested\ntwo\n1. first\n2. second',
    );
  });

  test('separates table cells with tabs and rows with lines', () => {
    expect(clauseText('| Subject | Page |\n| --- | --- |\n| Foreword | 2 |')).toBe('Subject\tPage\nForeword\t2');
  });

  test('reads the allowed HTML table elements the same way', () => {
    const body =
      '<table>\n  <tbody>\n    <tr>\n      <td>\n        <p>Starting well:</p>\n        <ul>\n          <li>Improved outcomes</li>\n          <li>Good mental health</li>\n        </ul>\n      </td>\n      <td>SAB</td>\n    </tr>\n  </tbody>\n</table>';
    expect(clauseText(body)).toBe('Starting well:\nImproved outcomes\nGood mental health\tSAB');
  });

  test('turns hard line breaks into line breaks and escapes into characters', () => {
    expect(clauseText('Adam Doyle\\\nChief Executive Officer')).toBe('Adam Doyle\nChief Executive Officer');
    expect(clauseText('Costs \\{TBC\\} \\< 5')).toBe('Costs {TBC} < 5');
  });

  test('returns an empty string for an empty body', () => {
    expect(clauseText('')).toBe('');
  });

  test('throws on a body that is not valid MDX', () => {
    expect(() => clauseText('A stray <div and {an expression')).toThrow();
  });
});
