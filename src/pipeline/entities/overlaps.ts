// Mentions never overlap: the longest span wins, then the stronger kind of evidence
// (a person found by title beats a bare surname), then the earlier one.

export type Candidate = {
  entityId: string;
  paragraph: number;
  start: number;
  end: number;
  surface: string;
  priority: number;
};

/** Two spans share at least one character. */
export function spansOverlap(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
}

export function resolveOverlaps<T extends Candidate>(candidates: T[]): T[] {
  const ordered = [...candidates]
    .filter((c) => c.entityId !== "" && c.end > c.start)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        b.priority - a.priority ||
        a.paragraph - b.paragraph ||
        a.start - b.start,
    );
  // Each paragraph's taken characters, so a candidate is checked against all kept spans at
  // once (a scan of the kept list per candidate was quadratic on long articles).
  const lengths = new Map<number, number>();
  for (const c of ordered) lengths.set(c.paragraph, Math.max(lengths.get(c.paragraph) ?? 0, c.end));
  const taken = new Map([...lengths].map(([p, length]) => [p, new TakenCharacters(length)]));
  const kept: T[] = [];
  for (const c of ordered) {
    const chars = taken.get(c.paragraph);
    if (!chars || chars.anyIn(c.start, c.end)) continue;
    chars.take(c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** Counts of taken characters in a Fenwick tree: take a span, ask whether a span has any. */
export class TakenCharacters {
  // Made on the first take: most paragraphs' sets are asked about and never taken from.
  private tree: Int32Array | null = null;
  constructor(private readonly size: number) {}
  /** Spans taken may overlap; kept mentions do not, so each character is taken once there. */
  take(start: number, end: number): void {
    const tree = (this.tree ??= new Int32Array(this.size + 1));
    for (let i = start; i < end; i++)
      for (let j = i + 1; j <= this.size; j += j & -j) tree[j] = (tree[j] ?? 0) + 1;
  }
  anyIn(start: number, end: number): boolean {
    return this.takenBefore(end) - this.takenBefore(start) > 0;
  }
  private takenBefore(end: number): number {
    const tree = this.tree;
    if (tree === null) return 0;
    let sum = 0;
    for (let j = end; j > 0; j -= j & -j) sum += tree[j] ?? 0;
    return sum;
  }
}
