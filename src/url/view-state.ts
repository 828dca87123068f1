import {
  emptySelections,
  facetRegistry,
  type FacetKey,
  type FacetSelections,
} from "../data/facets/facet-registry";
import { describeDropped, limits, truncateCodePoints } from "./param-limits";
import { isCleanText, isIsoDay, isWellFormed } from "./param-values";

export type GroupBy = "type" | "country";
/** "auto": the screen's own default (the list on phones, the timeline elsewhere). */
export type ViewMode = "auto" | "timeline" | "list";
export type SearchScope = "events" | "articles";

/** A facet's key; the lists themselves are defined by the facet registry. */
export type ListKey = FacetKey;

/**
 * Everything a link restores. Facet lists are kept sorted and unique, `compare` keeps its
 * column order. `since`/`until` filter by date; `from`/`to` are the timeline's visible window.
 */
export type ViewState = FacetSelections & {
  event: string | null;
  compare: string[];
  query: string;
  scope: SearchScope;
  since: string | null;
  until: string | null;
  from: string | null;
  to: string | null;
  group: GroupBy;
  view: ViewMode;
};

export const defaultViewState: ViewState = {
  ...emptySelections(),
  event: null,
  compare: [],
  query: "",
  scope: "events",
  since: null,
  until: null,
  from: null,
  to: null,
  group: "type",
  view: "auto",
};

export type ParsedViewState = { state: ViewState; dropped: string[] };

const facetByParam = new Map(facetRegistry.map((facet) => [facet.param as string, facet]));

/** Reads a query string; anything unknown, malformed or over a limit is dropped and reported. */
export function parseViewState(search: string): ParsedViewState {
  const state: ViewState = { ...defaultViewState, ...emptySelections(), compare: [] };
  const dropped: string[] = [];
  const overflow = new Map<string, number>();
  for (const [name, value] of safeParams(search)) {
    const facet = facetByParam.get(name);
    const list = facet ? state[facet.key] : name === "compare" ? state.compare : null;
    const cap = name === "compare" ? limits.compareColumns : limits.valuesPerList;
    if (list && list.length >= cap && isCleanText(value)) {
      overflow.set(name, (overflow.get(name) ?? 0) + 1);
      continue;
    }
    const accepted = facet
      ? isCleanText(value) && facet.accepts(value) && (list?.push(value), true)
      : acceptSingle(state, name, value, dropped);
    if (!accepted) dropped.push(describeDropped(name, value));
  }
  for (const [name, count] of overflow)
    dropped.push(`${name}: ${count} more ${count === 1 ? "value" : "values"} than the limit`);
  for (const facet of facetRegistry) state[facet.key] = sortedUnique(state[facet.key]);
  dropInvertedRange(state, "since", "until", dropped);
  dropInvertedRange(state, "from", "to", dropped, true);
  return { state, dropped };
}

function safeParams(search: string): [string, string][] {
  const hashAt = search.indexOf("#");
  const query = (hashAt >= 0 ? search.slice(0, hashAt) : search).replace(/^\?/, "");
  try {
    return [...new URLSearchParams(query)];
  } catch {
    return [];
  }
}

function acceptSingle(state: ViewState, name: string, value: string, dropped: string[]): boolean {
  switch (name) {
    case "event":
      return isCleanText(value) && ((state.event = value), true);
    case "compare":
      if (!isCleanText(value) || state.compare.includes(value)) return false;
      state.compare.push(value);
      return true;
    case "q":
      return value.trim() !== "" && isWellFormed(value) && acceptQuery(state, value, dropped);
    case "scope":
      return value === "articles" && ((state.scope = value), true);
    case "since":
    case "until":
    case "from":
    case "to":
      return isIsoDay(value) && ((state[name] = value), true);
    case "group":
      return value === "country" && ((state.group = value), true);
    case "view":
      return (value === "list" || value === "timeline") && ((state.view = value), true);
    default:
      return false;
  }
}

// A search longer than anyone types is cut, not refused: the reader keeps the useful start.
function acceptQuery(state: ViewState, value: string, dropped: string[]): boolean {
  state.query = truncateCodePoints(value, limits.queryLength);
  if (state.query !== value)
    dropped.push(`q (shortened to its first ${limits.queryLength} characters)`);
  return true;
}

/** A range must not end before it starts (a one-day date range is fine, a window is not). */
function dropInvertedRange(
  state: ViewState,
  start: "since" | "from",
  end: "until" | "to",
  dropped: string[],
  strict = false,
): void {
  const a = state[start];
  const b = state[end];
  if (a === null || b === null || (strict ? a < b : a <= b)) return;
  dropped.push(`${start}=${a}`, `${end}=${b}`);
  state[start] = null;
  state[end] = null;
}

/** Writes the non-default parts of a state, in a fixed order, as "a=1&b=2" (no leading "?"). */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event !== null) params.append("event", state.event);
  for (const id of state.compare) params.append("compare", id);
  for (const facet of facetRegistry)
    for (const value of state[facet.key]) params.append(facet.param, value);
  if (state.query !== "") params.append("q", state.query);
  if (state.scope !== "events") params.append("scope", state.scope);
  for (const key of ["since", "until", "from", "to"] as const) {
    const value = state[key];
    if (value !== null) params.append(key, value);
  }
  if (state.group !== "type") params.append("group", state.group);
  if (state.view !== "auto") params.append("view", state.view);
  return params.toString();
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
