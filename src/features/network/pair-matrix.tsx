import { HighlightedText } from "../../components/highlighted-text";
import { pairValue } from "../../data/facets/official-pairs";
import type { NetworkOfficial } from "./co-occurrence";

type Props = {
  officials: NetworkOfficial[];
  /** Everyone in the matrix's counts, shown or not: for the "Others" column. */
  everyone: number;
  pairs: ReadonlyMap<string, number>;
  highlighted: ReadonlySet<string>;
  selectedPairs: readonly string[];
  caption: string;
  onPair: (pair: string) => void;
  onOfficial: (id: string) => void;
};

const shared = (n: number) => `${n} shared ${n === 1 ? "event" : "events"}`;

// Four shades, from the pair with most shared events down: the count is always written too.
function level(count: number, max: number): number {
  return Math.max(1, Math.ceil((count / Math.max(max, 1)) * 4));
}

/**
 * Officials against officials; a cell is the number of events both took part in, and a click
 * on it shows those events. Columns are numbered to keep the matrix narrow: column 3 is the
 * official in row 3, and each cell's name says both.
 */
export function PairMatrix(props: Props) {
  const { officials, everyone, pairs, highlighted, selectedPairs, caption, onPair, onOfficial } =
    props;
  const max = Math.max(0, ...officials.flatMap((a) => officials.map((b) => countOf(a, b))));
  function countOf(a: NetworkOfficial, b: NetworkOfficial): number {
    return a.id === b.id ? 0 : (pairs.get(pairValue(a.id, b.id)) ?? 0);
  }
  return (
    <div className="matrix-scroll" role="region" aria-label="Matrix of shared events" tabIndex={0}>
      <table className="pair-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Official
            </th>
            {officials.map((o, i) => (
              <th
                key={o.id}
                scope="col"
                className={highlighted.has(o.id) ? "matrix-col highlighted" : "matrix-col"}
              >
                <abbr title={o.name}>{i + 1}</abbr>
              </th>
            ))}
            {everyone > officials.length && (
              <th scope="col" className="matrix-others">
                Others
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {officials.map((row, i) => (
            <tr key={row.id} className={highlighted.has(row.id) ? "highlighted" : undefined}>
              <th scope="row" className="matrix-name">
                <span className="matrix-number">{i + 1}</span>{" "}
                <button type="button" className="link-button" onClick={() => onOfficial(row.id)}>
                  {highlighted.has(row.id) ? (
                    <mark className="search-hit">
                      <HighlightedText text={row.name} />
                    </mark>
                  ) : (
                    <HighlightedText text={row.name} />
                  )}{" "}
                  <span className="visually-hidden">— profile</span>
                </button>
              </th>
              {officials.map((col) => {
                const count = countOf(row, col);
                if (row.id === col.id) return <td key={col.id} className="matrix-self" />;
                if (count === 0) return <td key={col.id} />;
                const value = pairValue(row.id, col.id);
                return (
                  <td key={col.id} className={`matrix-cell level-${level(count, max)}`}>
                    <button
                      type="button"
                      aria-label={`${row.name} and ${col.name}: ${shared(count)}`}
                      aria-pressed={selectedPairs.includes(value)}
                      onClick={() => onPair(value)}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
              {everyone > officials.length && (
                <OthersCell row={row} shown={officials} pairs={pairs} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How many officials outside the matrix this one met: a row need not look empty when it is not. */
function OthersCell(props: {
  row: NetworkOfficial;
  shown: NetworkOfficial[];
  pairs: ReadonlyMap<string, number>;
}) {
  const { row, shown, pairs } = props;
  const inView = shown.filter((o) => o.id !== row.id && pairs.has(pairValue(row.id, o.id))).length;
  const outside = row.partners - inView;
  return (
    <td className="matrix-others">
      {outside > 0 && (
        <>
          <span aria-hidden="true">+{outside}</span>
          <span className="visually-hidden">
            met {outside} {outside === 1 ? "official" : "officials"} not shown
          </span>
        </>
      )}
    </td>
  );
}
