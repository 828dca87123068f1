import { eventTypes, type EventType } from "../shared/schema";
import { isCleanText, isIsoDay, isWellFormed } from "./param-values";

export type GroupBy = "type" | "country";
export type ViewMode = "timeline" | "list";
export type SearchScope = "events" | "articles";

/** Everything a link restores. Lists are kept sorted and unique, except `compare` (column order). */
export type ViewState = {
  event: string | null;
  compare: string[];
  years: number[];
  officials: string[];
  countries: string[];
  types: EventType[];
  organisations: string[];
  places: string[];
  programmes: string[];
  query: string;
  scope: SearchScope;
  from: string | null;
  to: string | null;
  group: GroupBy;
  view: ViewMode;
};

export const defaultViewState: ViewState = {
  event: null,
  compare: [],
  years: [],
  officials: [],
  countries: [],
  types: [],
  organisations: [],
  places: [],
  programmes: [],
  query: "",
  scope: "events",
  from: null,
  to: null,
  group: "type",
  view: "timeline",
};

export type ListKey =
  "years" | "officials" | "countries" | "types" | "organisations" | "places" | "programmes";

// Query-string names, chosen to read well in a pasted link.
const listParams: Record<ListKey, string> = {
  years: "year",
  officials: "official",
  countries: "country",
  types: "type",
  organisations: "org",
  places: "place",
  programmes: "programme",
};

export type ParsedViewState = { state: ViewState; dropped: string[] };

/** Reads a query string; anything unknown or malformed is dropped and reported, never thrown. */
export function parseViewState(search: string): ParsedViewState {
  const state: ViewState = { ...defaultViewState, compare: [] };
  const dropped: string[] = [];
  const lists = Object.fromEntries(
    Object.keys(listParams).map((key) => [key, [] as string[]]),
  ) as Record<ListKey, string[]>;
  const listKeyByParam = new Map(
    Object.entries(listParams).map(([key, param]) => [param, key as ListKey]),
  );
  for (const [name, value] of safeParams(search)) {
    const listKey = listKeyByParam.get(name);
    const accepted = listKey
      ? acceptListValue(lists[listKey], listKey, value)
      : acceptSingle(state, name, value);
    if (!accepted) dropped.push(value === "" ? name : `${name}=${value}`);
  }
  state.years = unique(lists.years.map(Number)).sort((a, b) => a - b);
  state.types = sortedUnique(lists.types) as EventType[];
  for (const key of ["officials", "countries", "organisations", "places", "programmes"] as const)
    state[key] = sortedUnique(lists[key]);
  if (state.from !== null && state.to !== null && state.from >= state.to) {
    dropped.push(`from=${state.from}`, `to=${state.to}`);
    state.from = null;
    state.to = null;
  }
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

function acceptListValue(into: string[], key: ListKey, value: string): boolean {
  if (!isCleanText(value)) return false;
  if (key === "years" && !/^[1-9]\d{3}$/.test(value)) return false;
  if (key === "types" && !(eventTypes as readonly string[]).includes(value)) return false;
  into.push(value);
  return true;
}

function acceptSingle(state: ViewState, name: string, value: string): boolean {
  switch (name) {
    case "event":
      return isCleanText(value) && ((state.event = value), true);
    case "compare":
      if (!isCleanText(value) || state.compare.includes(value)) return false;
      state.compare.push(value);
      return true;
    case "q":
      return value.trim() !== "" && isWellFormed(value) && ((state.query = value), true);
    case "scope":
      return value === "articles" && ((state.scope = value), true);
    case "from":
    case "to":
      return isIsoDay(value) && ((state[name] = value), true);
    case "group":
      return value === "country" && ((state.group = value), true);
    case "view":
      return value === "list" && ((state.view = value), true);
    default:
      return false;
  }
}

/** Writes the non-default parts of a state, in a fixed order, as "a=1&b=2" (no leading "?"). */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.event !== null) params.append("event", state.event);
  for (const id of state.compare) params.append("compare", id);
  for (const key of Object.keys(listParams) as ListKey[])
    for (const value of state[key]) params.append(listParams[key], String(value));
  if (state.query !== "") params.append("q", state.query);
  if (state.scope !== "events") params.append("scope", state.scope);
  if (state.from !== null) params.append("from", state.from);
  if (state.to !== null) params.append("to", state.to);
  if (state.group !== "type") params.append("group", state.group);
  if (state.view !== "timeline") params.append("view", state.view);
  return params.toString();
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sortedUnique(values: string[]): string[] {
  return unique(values).sort();
}
