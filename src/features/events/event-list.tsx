import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { eventTypeLabel } from "../../data/event-type-labels";
import type { IndexEvent } from "../../shared/schema";
import { useSearchHits } from "../filters/use-search-terms";
import { shortEventDate } from "./date-description";
import { DiffersTag } from "./differs-tag";
import { disagreementNote } from "./disagreements";
import { isPlanned } from "./event-status";
import "./event-list.css";

type EventListProps = {
  events: IndexEvent[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
};

/** Events drawn at first and added per "Show more": a long archive stays quick to open. */
export const listPage = 200;

export const eventOptionId = (eventId: string) => `event-option-${eventId.replace(/[^\w-]/g, "_")}`;
const yearOf = (event: IndexEvent) => event.start?.slice(0, 4) ?? "Undated";

/**
 * The same filtered events as the timeline, as a keyboard-navigable listbox that grows with
 * the page (never a scroll box of its own). On phones it reads as a vertical timeline: a rail,
 * a dot per event and the year where it changes (event-list.css).
 */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = events.findIndex((e) => e.id === selectedId);
  const hitsIn = useSearchHits();
  const [pages, setPages] = useState(1);
  // A selection further down (a link, j/k) is always drawn, with everything before it.
  const shown = Math.max(pages * listPage, selectedIndex + 1);
  const visible = events.slice(0, shown);

  useEffect(() => {
    if (!selectedId) return;
    const option = listRef.current?.querySelector(`#${CSS.escape(eventOptionId(selectedId))}`);
    option?.scrollIntoView?.({ block: "nearest" });
  }, [selectedId]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const last = events.length - 1;
    const target =
      e.key === "ArrowDown"
        ? Math.min(selectedIndex + 1, last)
        : e.key === "ArrowUp"
          ? Math.max(selectedIndex - 1, 0)
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : null;
    const event = target === null ? undefined : events[target];
    if (!event) return;
    e.preventDefault();
    if (event.id !== selectedId) onSelect(event.id);
  };

  return (
    <>
      <ul
        ref={listRef}
        className="event-list"
        role="listbox"
        aria-label={`Events, ${events.length} shown`}
        tabIndex={0}
        aria-activedescendant={selectedIndex >= 0 ? eventOptionId(selectedId ?? "") : undefined}
        onKeyDown={onKeyDown}
      >
        {visible.map((event, i) => {
          const year = yearOf(event);
          const planned = isPlanned(event);
          return (
            <li
              key={event.id}
              id={eventOptionId(event.id)}
              role="option"
              aria-selected={event.id === selectedId}
              aria-label={[event.title, shortEventDate(event), eventTypeLabel(event.type)]
                .concat(planned ? "planned" : [], disagreementNote(event) ?? [])
                .join(", ")}
              data-year={i === 0 || yearOf(visible[i - 1] ?? event) !== year ? year : undefined}
              className={planned ? "planned" : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span className="event-list-date">{shortEventDate(event)}</span>
              <span className="event-list-title">
                {planned && <span className="event-list-status">Planned</span>}
                <HighlightedText text={event.title} hits={hitsIn(event.title)} />
                <DiffersTag event={event} />
              </span>
              <span className="event-list-type">{eventTypeLabel(event.type)}</span>
            </li>
          );
        })}
      </ul>
      {shown < events.length && (
        <button type="button" className="button show-more" onClick={() => setPages(pages + 1)}>
          Show {Math.min(listPage, events.length - shown)} more events ({events.length - shown} not
          shown)
        </button>
      )}
    </>
  );
}
