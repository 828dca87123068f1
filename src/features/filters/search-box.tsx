import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { useWarmSearch } from "./use-warm-search";

export const searchInputId = "event-search";

/** Text search; by default over event titles, quotes and headlines, optionally full articles. */
export function SearchBox() {
  const [state, update] = useViewState();
  useWarmSearch(useDatasetIndex());
  return (
    <div className="search-box" role="search">
      <label htmlFor={searchInputId}>Search events</label>
      <input
        id={searchInputId}
        type="search"
        placeholder="Title, quote, person… (press /)"
        value={state.query}
        onChange={(e) => update({ query: e.target.value })}
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
