import { HighlightedText } from "../../components/highlighted-text";
import { ShowMore } from "../../components/show-more";
import type { CoOccurrence, SharedPair } from "./co-occurrence";

type Props = {
  pairs: SharedPair[];
  network: CoOccurrence;
  selectedPairs: readonly string[];
  onPair: (pair: string) => void;
};

/** The pairs who shared most events, as a list: what the matrix shows, readable on a phone. */
export function PairList({ pairs, network, selectedPairs, onPair }: Props) {
  const name = (id: string) => network.officials.get(id)?.name ?? id;
  return (
    <ShowMore items={pairs} first={15} noun="pairs">
      {(shown) => (
        <ol className="pair-list">
          {shown.map((pair) => (
            <li key={pair.value}>
              <button
                type="button"
                className="link-button"
                aria-pressed={selectedPairs.includes(pair.value)}
                onClick={() => onPair(pair.value)}
              >
                <HighlightedText text={name(pair.a)} /> and <HighlightedText text={name(pair.b)} />
              </button>{" "}
              <span className="muted">
                — {pair.events} shared {pair.events === 1 ? "event" : "events"}
              </span>
            </li>
          ))}
        </ol>
      )}
    </ShowMore>
  );
}
