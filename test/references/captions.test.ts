/**
 * Telling a figure or table's caption from a mention of it, and whether the
 * clause holds the figure or table under its caption.
 */
import { describe, expect, it } from 'vitest';
import { captionOf, findCaptions } from '../../src/lib/references/captions.ts';

describe('a caption', () => {
  it('is a label followed by a title in capitals with no full stop', () => {
    expect(captionOf('Table 1 Priorities Matrix')).toEqual({ kind: 'table', label: '1', title: 'Priorities Matrix' });
    expect(captionOf('Figure 1 Collaboration between the partnerships is based on six key principles')).toMatchObject({
      kind: 'figure',
      label: '1',
    });
    expect(captionOf('Figure 2: How we will work')).toMatchObject({ kind: 'figure', label: '2', title: 'How we will work' });
    expect(captionOf('Table 3')).toEqual({ kind: 'table', label: '3', title: undefined });
  });

  it('is not running text that opens with the label', () => {
    expect(captionOf('Table 1 outlines the individual priorities of each partnership.')).toBeUndefined();
    expect(captionOf('Figure 2 outlines how all four boards will work together.')).toBeUndefined();
    expect(captionOf('Figure 1 Sets Out The Principles.')).toBeUndefined();
    expect(captionOf('See Table 1 Priorities Matrix')).toBeUndefined();
  });
});

describe('captions in a clause body', () => {
  it('are held when the table follows the caption, as HTML or as a Markdown table', () => {
    const body =
      'Table 1 outlines the priorities.\n\nTable 1 Priorities Matrix\n\n<table>\n  <tr><td>x</td></tr>\n</table>\n\nTable 2 Members\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(findCaptions(body)).toEqual([
      { kind: 'table', label: '1', title: 'Priorities Matrix', held: true, line: 3 },
      { kind: 'table', label: '2', title: 'Members', held: true, line: 9 },
    ]);
  });

  it('are not held when nothing, or only text, follows them', () => {
    expect(findCaptions('Figure 2 outlines how we work.\n\nFigure 2 How we will work\n')).toEqual([
      { kind: 'figure', label: '2', title: 'How we will work', held: false, line: 3 },
    ]);
    expect(findCaptions('Figure 1 Principles\n\nThe principles are these.\n')).toEqual([
      { kind: 'figure', label: '1', title: 'Principles', held: false, line: 1 },
    ]);
  });

  it('are single lines at the margin, not lines of a longer paragraph or inside HTML', () => {
    expect(findCaptions('Some text\nTable 1 Priorities Matrix\n\n<table></table>\n')).toEqual([]);
    expect(findCaptions('<td>\n  Table 1 Priorities Matrix\n</td>\n')).toEqual([]);
  });
});
