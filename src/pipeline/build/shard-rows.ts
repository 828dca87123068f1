// Cuts a table's rows into runs whose ends depend only on the rows' own ids: a run ends after
// a row whose id hashes to a multiple of `every` (or once it reaches four times that). So a
// changed, added or removed row changes its own run and leaves every other run as it was; a
// file per run (full text, quotes) is then rewritten only where something in it changed. Pure.

export function runsOf<T>(rows: readonly T[], idOf: (row: T) => string, every: number): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const row of rows) {
    run.push(row);
    if (fnv1a(idOf(row)) % every === 0 || run.length >= every * 4) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// Not a security boundary: it only decides where runs end, so a cheap, stable hash will do.
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
