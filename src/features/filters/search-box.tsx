import { useEffect, useState } from "react";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { useWarmSearch } from "./use-warm-search";

export const searchInputId = "event-search";

/** Typing settles for this long before the search runs: one search per pause, not per key. */
export const searchDelayMs = 250;

/** Text search; by default over event titles, quotes and headlines, optionally full articles. */
export function SearchBox() {
  const [state, update] = useViewState();
  useWarmSearch(useDatasetIndex());
  // What is typed, ahead of the link until the reader pauses (or presses Enter).
  const [draft, setDraft] = useState(state.query);
  const [linked, setLinked] = useState(state.query);
  if (state.query !== linked) {
    // The link's query changed by other means (Back, a chip's ×, Clear all): show it.
    setLinked(state.query);
    setDraft(state.query);
  }
  useEffect(() => {
    if (draft === state.query) return;
    const timer = setTimeout(() => update({ query: draft }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [draft, state.query, update]);
  return (
    <div className="search-box" role="search">
      <label htmlFor={searchInputId}>Search events</label>
      <input
        id={searchInputId}
        type="search"
        placeholder="Title, quote, person… (press /)"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && draft !== state.query) update({ query: draft });
        }}
      />
      <label className="search-scope">
        <input
          type="checkbox"
          checked={state.scope === "articles"}
          onChange={(e) => update({ scope: e.target.checked ? "articles" : "events" })}
        />
        Also search full article text
      </label>
    </div>
  );
}
