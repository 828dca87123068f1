import { emptySelections } from "../data/facets/facet-registry";
import { defaultViewState, type ViewState } from "./view-state";

// Where the profile and who-met-whom views lead, as changes to the link. Each is one step
// that Back undoes.

/** An official's profile (`?official=…&view=profile`); other filters stay for the way back. */
export function profileOf(officialId: string): Partial<ViewState> {
  return { officials: [officialId], pairs: [], view: "profile", event: null, compare: [] };
}

/**
 * The events two officials took part in, on the timeline or list. From who-met-whom the
 * other filters stay (its counts were made under them); from a profile, whose counts cover
 * the whole record, they are cleared so the count and the events shown agree.
 */
export function eventsOfPair(pair: string, keepFilters: boolean): Partial<ViewState> {
  const cleared: Partial<ViewState> = keepFilters
    ? {}
    : { ...emptySelections(), query: "", scope: "events", since: null, until: null };
  return { ...cleared, pairs: [pair], view: defaultViewState.view, event: null, compare: [] };
}
