/**
 * The names the search page's topic filter shows (src/lib/search/topic-label.ts).
 */
import { describe, expect, it } from 'vitest';
import { topicLabel } from '../../src/lib/search/topic-label.ts';

describe('topic labels', () => {
  it.each([
    ['terms-of-reference', 'Terms of reference'],
    ['annual-report', 'Annual report'],
    ['quoracy', 'Quoracy'],
    ['child death', 'Child death'],
    ['section-11', 'Section 11'],
  ])('show "%s" as "%s"', (topic, label) => {
    expect(topicLabel(topic)).toBe(label);
  });
});
