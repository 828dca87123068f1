import { useMemo, useState, type ReactNode } from "react";
import { Panel } from "../../components/panel";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { eventsOfPair, profileOf } from "../../url/view-links";
import { matchingPositions } from "../filters/filter-model";
import { useFilteredEvents } from "../filters/use-filtered-events";
import {
  coOccurrence,
  matchingOfficials,
  matrixOrders,
  orderOfficials,
  rankedPairs,
  type MatrixOrder,
} from "./co-occurrence";
import { PairList } from "./pair-list";
import { PairMatrix } from "./pair-matrix";
import "./who-met-whom.css";

/** Rows the matrix starts with, and how many each "Show more" adds. */
export const matrixStep = 10;

/**
 * Who met whom (`?view=network`): officials by the events they shared, among the events the
 * other filters let through. A click on a pair shows their events on the timeline, in the link.
 */
export function WhoMetWhom({ actions }: { actions: ReactNode }) {
  const index = useDatasetIndex();
  const [state, update] = useViewState();
  const { constraints } = useFilteredEvents();
  const [order, setOrder] = useState<MatrixOrder>("events");
  const [size, setSize] = useState(matrixStep);
  const [search, setSearch] = useState("");
  // The pair filter itself is left out: the matrix stays whole while a pair is chosen.
  const network = useMemo(
    () => coOccurrence(index, matchingPositions(index, constraints, "pairs")),
    [index, constraints],
  );
  const ordered = useMemo(
    () => orderOfficials([...network.officials.values()], order),
    [network, order],
  );
  const matches = useMemo(
    () => matchingOfficials(index, [...network.officials.keys()], search),
    [index, network, search],
  );
  const pairs = useMemo(() => rankedPairs(network), [network]);
  // The first rows in the chosen order, and every official the search finds, wherever they rank.
  const rows = ordered.filter((o, i) => i < size || matches.has(o.id));
  const shownPairs = search.trim()
    ? pairs.filter((p) => matches.has(p.a) || matches.has(p.b))
    : pairs;
  const showPair = (pair: string) =>
    update(state.pairs.includes(pair) ? { pairs: [] } : eventsOfPair(pair, true));
  const filtered = constraints.general !== null || constraints.byFacet.size > 0;

  return (
    <Panel title="Who met whom" actions={actions} className="network-panel">
      {network.officials.size === 0 ? (
        <p>
          No two officials share an event
          {filtered ? " among the events these filters let through" : " in this dataset"}.
        </p>
      ) : (
        <>
          <p className="network-summary">
            {network.officials.size} officials shared events in {network.pairs.size}{" "}
            {network.pairs.size === 1 ? "pair" : "pairs"}
            {filtered ? ", among the events the filters let through" : ""}
            {network.alone > 0 &&
              `; ${network.alone} more took part only in events with no other official named`}
            . Choose a pair to see the events both took part in.
          </p>
          <div className="network-tools">
            <label className="network-search">
              Find an official
              <input
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                placeholder="Name, role or country"
              />
            </label>
            <span role="status" className="muted network-status">
              {search.trim() === ""
                ? ""
                : matches.size === 0
                  ? `No official matches “${search.trim()}”`
                  : `${matches.size} ${matches.size === 1 ? "official matches" : "officials match"}, marked in the matrix`}
            </span>
          </div>
          {/* On phones the list comes first: a matrix is for wide screens. */}
          <div className="network-parts">
            <div className="network-matrix">
              {/* With the matrix it orders: on phones the pair list comes between them. */}
              <label className="matrix-order">
                Matrix order
                <select value={order} onChange={(e) => setOrder(e.target.value as MatrixOrder)}>
                  {Object.entries(matrixOrders).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <PairMatrix
                officials={rows}
                everyone={ordered.length}
                pairs={network.pairs}
                highlighted={matches}
                selectedPairs={state.pairs}
                caption={`Shared events: ${rows.length} of ${ordered.length} officials, ${matrixOrders[order].toLowerCase()}`}
                onPair={showPair}
                onOfficial={(id) => update(profileOf(id))}
              />
              <div className="matrix-more">
                {size < ordered.length && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => setSize(size + matrixStep)}
                  >
                    Show {Math.min(matrixStep, ordered.length - size)} more officials
                  </button>
                )}
                {size > matrixStep && (
                  <button type="button" className="button" onClick={() => setSize(matrixStep)}>
                    Show the first {matrixStep}
                  </button>
                )}
              </div>
            </div>
            <section className="network-pairs" aria-labelledby="network-pairs-heading">
              <h3 id="network-pairs-heading">Pairs with most shared events</h3>
              {shownPairs.length === 0 ? (
                <p className="muted">No pair includes an official that matches.</p>
              ) : (
                <PairList
                  pairs={shownPairs}
                  network={network}
                  selectedPairs={state.pairs}
                  onPair={showPair}
                />
              )}
            </section>
          </div>
        </>
      )}
    </Panel>
  );
}
