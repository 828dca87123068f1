// Per-article counts read back from the shared scorer's --verbose output, and the spread of
// events F1 by category and across articles (the scorer itself prints corpus totals only).

type Counts = { tp: number; fp: number; fn: number };
export type ArticleScore = { file: string; events: Counts; officials: Counts };
type ScorerGold = {
  file: string;
  events: { summary: string; optional?: boolean; yearless?: boolean }[];
  officials: unknown[];
};

export function parseVerbose(lines: string[], gold: ScorerGold[]): ArticleScore[] {
  const byFile = new Map(gold.map((g) => [g.file, g]));
  const out: ArticleScore[] = [];
  let current: ArticleScore | null = null;
  for (const line of lines) {
    const head = /^== (\S+) /.exec(line);
    if (head) {
      const g = byFile.get(head[1] ?? "");
      current = {
        file: head[1] ?? "",
        events: { tp: 0, fp: 0, fn: 0 },
        officials: { tp: g?.officials.length ?? 0, fp: 0, fn: 0 },
      };
      out.push(current);
      continue;
    }
    if (!current) continue;
    const g = byFile.get(current.file);
    if (line.startsWith("  ok   ")) {
      const optional = g?.events.some((e) => e.optional && line.includes(e.summary));
      if (!optional) current.events.tp++;
    } else if (line.startsWith("  MISS-person")) {
      current.officials.fn++;
      current.officials.tp--;
    } else if (line.startsWith("  MISS ")) {
      if (!line.endsWith("(yearless in text)")) current.events.fn++;
    } else if (line.startsWith("  FP-person") || line.startsWith("  NEG")) current.officials.fp++;
    else if (line.startsWith("  FP ")) current.events.fp++;
  }
  return out;
}

const f1 = ({ tp, fp, fn }: Counts) =>
  tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
});

export function spreadTable(
  scores: ArticleScore[],
  manifest: { file: string; category: string }[],
): string {
  const category = new Map(manifest.map((m) => [m.file, m.category]));
  const groups = new Map<string, { events: Counts; officials: Counts; n: number }>();
  for (const s of scores) {
    const key = category.get(s.file) ?? "unknown";
    const g = groups.get(key) ?? {
      events: { tp: 0, fp: 0, fn: 0 },
      officials: { tp: 0, fp: 0, fn: 0 },
      n: 0,
    };
    groups.set(key, {
      events: add(g.events, s.events),
      officials: add(g.officials, s.officials),
      n: g.n + 1,
    });
  }
  const rows = [...groups.entries()].map(
    ([k, g]) =>
      `  ${k.padEnd(20)} ${String(g.n).padStart(3)} articles  events F1 ${f1(g.events).toFixed(2)}  officials F1 ${f1(g.officials).toFixed(2)}`,
  );
  const perArticle = scores
    .map((s) => ({ file: s.file, f: f1(s.events) }))
    .sort((a, b) => a.f - b.f);
  const q = (p: number) =>
    perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))]?.f.toFixed(2);
  return [
    "by category:",
    ...rows,
    `per-article events F1: min ${q(0)}  p25 ${q(0.25)}  median ${q(0.5)}  p75 ${q(0.75)}  max ${perArticle.at(-1)?.f.toFixed(2)}`,
    `lowest: ${perArticle
      .slice(0, 8)
      .map((a) => `${/^\d+/.exec(a.file)?.[0] ?? a.file} ${a.f.toFixed(2)}`)
      .join(", ")}`,
  ].join("\n");
}
