import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

export type AxeFinding = { id: string; impact: string; help: string; targets: string[] };

/** Scans the page as it is now; serious and critical findings fail, the rest are reported. */
export async function scanAccessibility(page: Page, view: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const findings: AxeFinding[] = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
  const blocking = findings.filter((f) => f.impact === "serious" || f.impact === "critical");
  const minor = findings.filter((f) => !blocking.includes(f));
  return { view, blocking, minor };
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => `${f.impact} ${f.id}: ${f.help} at ${f.targets.join(", ")}`)
    .join("\n");
}
