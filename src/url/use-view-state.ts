import { useCallback, useMemo, useSyncExternalStore } from "react";
import { usePrunedParams } from "./pruned-params";
import { parseViewState, serialiseViewState, type ViewState } from "./view-state";

// pushState fires no event of its own, so writes announce themselves with this one.
const changeEvent = "viewstatechange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(changeEvent, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(changeEvent, onChange);
  };
}

const readSearch = () => window.location.search;

export type ViewStatePatch = Partial<ViewState> | ((state: ViewState) => Partial<ViewState>);
export type UpdateViewState = (patch: ViewStatePatch) => void;

// Panning and typing replace the current history entry; selections and filters are steps
// that Back undoes.
const replacingKeys = new Set<string>(["from", "to", "query"]);

function replacesEntry(patch: Partial<ViewState>): boolean {
  const keys = Object.keys(patch);
  return keys.length > 0 && keys.every((k) => replacingKeys.has(k));
}

export function writeViewState(state: ViewState, mode: "push" | "replace"): void {
  const query = serialiseViewState(state);
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(changeEvent));
}

function useSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, () => "");
}

function useParsedSearch() {
  const search = useSearch();
  return useMemo(() => parseViewState(search), [search]);
}

/**
 * Link parameters that could not be used, for the quiet notice: those the parser ignored,
 * and values the loaded dataset does not have (removed from the address once it loaded).
 */
export function useDroppedParams(): string[] {
  const { dropped } = useParsedSearch();
  const pruned = usePrunedParams(useSearch());
  return useMemo(() => [...dropped, ...pruned], [dropped, pruned]);
}

/** The URL is the single store of view state: read it, and write it through history. */
export function useViewState(): [ViewState, UpdateViewState] {
  const { state } = useParsedSearch();
  const update = useCallback<UpdateViewState>((patch) => {
    const current = parseViewState(window.location.search).state;
    const changes = typeof patch === "function" ? patch(current) : patch;
    writeViewState({ ...current, ...changes }, replacesEntry(changes) ? "replace" : "push");
  }, []);
  return [state, update];
}
