// Which articles' bodies are exactly as an earlier build published them, found without
// writing them out again. A body holds the article's id, its paragraphs and its mentions; the
// paragraphs follow from the record, whose content key the state keeps, and the mentions are
// the entity step's (compared with the state's own: the same array when they were reused, equal
// item by item when they were found again). Pure.

import type { Mention } from "../../shared/schema";
import type { EntityState } from "./entity-state";

/**
 * Each unchanged article's body hash from `names` (what the build that left `previous`
 * published), by article id. Articles that are new, changed, renamed or not named there are
 * left out: their bodies are written out and checked again.
 */
export function unchangedBodies(
  previous: EntityState | null,
  current: EntityState,
  names: ReadonlyMap<string, string>,
): Map<string, string> {
  const out = new Map<string, string>();
  if (previous === null || names.size === 0) return out;
  const before = new Map(previous.articles.map((a) => [a.id, a]));
  for (const a of current.articles) {
    const hash = names.get(a.id);
    const old = before.get(a.id);
    if (hash === undefined || old === undefined || old.key !== a.key || a.key === "") continue;
    // The same state handed on: its mentions are not even read back (reduce-state-file.ts).
    if (old === a || sameMentions(old.mentions, a.mentions)) out.set(a.id, hash);
  }
  return out;
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i];
    return n !== undefined && sameFields(m, n);
  });
}

// Every field, not a list of them: a field added to mentions later is compared too.
function sameFields(a: Mention, b: Mention): boolean {
  const keys = Object.keys(a) as (keyof Mention)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
