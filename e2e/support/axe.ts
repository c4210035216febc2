/**
 * axe-core checks for the a11y spec: WCAG 2.x A/AA rules (and best practices) on the page or on
 * one dialog; serious and critical violations fail, the rest are attached to the report.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export type AxeFinding = { id: string; impact: string; help: string; targets: string[] };

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page (or on `include`), returns every violation, worst first. */
export async function axeScan(page: Page, include?: string): Promise<AxeFinding[]> {
  // Legacy mode runs axe in the page itself (the default opens a blank page per scan to merge
  // frame results: slow, and this app has no frames).
  let builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  const rank = { critical: 0, serious: 1, moderate: 2, minor: 3 } as Record<string, number>;
  return result.violations
    .map((v) => ({ id: v.id, impact: v.impact ?? 'minor', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
    .sort((a, b) => (rank[a.impact] ?? 9) - (rank[b.impact] ?? 9));
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `[${f.impact}] ${f.id}: ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
}

/**
 * Scans and expects no serious or critical violation; moderate and minor ones are attached to the
 * test report (and returned) so they stay visible without failing the run.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, name: string, include?: string) {
  const findings = await axeScan(page, include);
  const blocking = findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
  const rest = findings.filter((f) => !blocking.includes(f));
  if (findings.length) await testInfo.attach(`axe ${name}`, { body: describeFindings(findings), contentType: 'text/plain' });
  if (rest.length) testInfo.annotations.push({ type: 'axe (moderate/minor)', description: `${name}: ${rest.map((f) => f.id).join(', ')}` });
  expect.soft(blocking, `axe on ${name}:\n${describeFindings(blocking)}`).toEqual([]);
  return findings;
}
