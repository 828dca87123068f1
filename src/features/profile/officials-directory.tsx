import { useMemo, useState } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { ShowMore } from "../../components/show-more";
import type { DatasetIndex } from "../../data/dataset-index";
import { useViewState } from "../../url/use-view-state";
import { profileOf } from "../../url/view-links";

type Row = { id: string; name: string; detail: string; events: number; words: string };

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Every official, most events first, to pick a profile from (the profile view with no one chosen). */
export function OfficialsDirectory({ index }: { index: DatasetIndex }) {
  const [, update] = useViewState();
  const [needle, setNeedle] = useState("");
  const rows = useMemo(
    () =>
      [...index.postings.officials]
        .flatMap(([id, events]): Row[] => {
          const person = index.entitiesById.get(id);
          if (!person) return [];
          const detail = [person.role, person.country].filter(Boolean).join(", ");
          const words = [person.name, detail, ...person.aliases].join(" ").toLowerCase();
          return [{ id, name: person.name, detail, events: events.length, words }];
        })
        .sort((a, b) => b.events - a.events || collator.compare(a.name, b.name)),
    [index],
  );
  const lower = needle.trim().toLowerCase();
  const shown = lower ? rows.filter((r) => r.words.includes(lower)) : rows;
  return (
    <div className="officials-directory">
      <p>
        Choose an official to see their profile: role and country as the articles give them, every
        event in order, who they met and who reported it.
      </p>
      <input
        type="search"
        className="facet-search"
        aria-label="Find an official"
        placeholder="Find an official"
        value={needle}
        onChange={(e) => setNeedle(e.target.value)}
      />
      {shown.length === 0 ? (
        <p className="muted">No official matches “{needle}”.</p>
      ) : (
        <ShowMore items={shown} first={30} noun="officials">
          {(list) => (
            <ul className="directory-list" aria-label="Officials, most events first">
              {list.map((row) => (
                <li key={row.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => update(profileOf(row.id))}
                  >
                    <HighlightedText text={row.name} />
                  </button>
                  {row.detail && (
                    <span className="muted">
                      {" — "}
                      <HighlightedText text={row.detail} />
                    </span>
                  )}{" "}
                  <span className="muted">
                    · {row.events} {row.events === 1 ? "event" : "events"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </ShowMore>
      )}
    </div>
  );
}
