/**
 * Runs axe-core in a page against the WCAG 2.0, 2.1 and 2.2 level A and AA
 * rules and returns its violations in a form that reads well in a failed
 * assertion: rule, impact, help, and the first few offending elements.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  // Evaluated by the test's own channel, not added as a <script>: every page forbids inline script (its
  // Content-Security-Policy), and axe is the test's tool, not the page's code.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    // @ts-expect-error axe is the global the injected script defines
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations as Array<{
      id: string;
      impact: string | null;
      help: string;
      nodes: Array<{ target: unknown[]; failureSummary?: string }>;
    }>;
  }, wcagTags);
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()),
  }));
}
