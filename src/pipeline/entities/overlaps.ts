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
  const kept: T[] = [];
  for (const c of ordered)
    if (!kept.some((k) => k.paragraph === c.paragraph && c.start < k.end && k.start < c.end))
      kept.push(c);
  return kept.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
