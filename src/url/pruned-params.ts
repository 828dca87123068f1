import { useSyncExternalStore } from "react";

// Link values the parser accepts but the loaded dataset does not have (an official's id
// that names no one, say) are removed from the address once the data is there. The notice
// still has to name them, so they are kept here, tied to the address they were removed
// into: the next change of address ends the notice, as it does for the parser's drops.
type Pruned = { search: string; dropped: string[] };

let pruned: Pruned = { search: "", dropped: [] };
const listeners = new Set<() => void>();

export function reportPrunedParams(search: string, dropped: string[]): void {
  pruned = { search, dropped };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The values removed from the current address, if it is the one they were removed into. */
export function usePrunedParams(search: string): string[] {
  const current = useSyncExternalStore(
    subscribe,
    () => pruned,
    () => pruned,
  );
  return current.search === search ? current.dropped : [];
}
