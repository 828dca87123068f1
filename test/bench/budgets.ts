// Issue 10's budgets (10,000 articles on a 2-core machine), each checked against its figure.

export type Budget = { name: string; limit: string; met: (value: number) => boolean };

export const budgets = {
  filterP95: {
    name: "filter change to repaint, p95",
    limit: "< 100 ms",
    met: (v: number) => v < 100,
  },
  framesP95: { name: "zoom/pan frame time, p95", limit: "< 50 ms", met: (v: number) => v < 50 },
  timelineDrawn: {
    name: "timeline drawn after navigation",
    limit: "< 1.5 s",
    met: (v: number) => v < 1500,
  },
  firstLoad: {
    name: "first-load transfer (gzip)",
    limit: "< 2 MB",
    met: (v: number) => v < 2 * 1024 * 1024,
  },
  initialJs: {
    name: "initial JavaScript (gzip)",
    limit: "<= 150 KB",
    met: (v: number) => v <= 150 * 1024,
  },
  throughput: {
    name: "cold build throughput",
    limit: ">= 300 articles/s",
    met: (v: number) => v >= 300,
  },
  peakMemory: { name: "cold build peak memory", limit: "< 1 GB", met: (v: number) => v < 1024 },
  incremental: {
    name: "rebuild after one changed article",
    limit: "< 3 s",
    met: (v: number) => v < 3,
  },
} satisfies Record<string, Budget>;

export function verdict(budget: Budget, value: number): string {
  if (Number.isNaN(value)) return "not measured";
  return budget.met(value) ? "met" : "NOT MET";
}
