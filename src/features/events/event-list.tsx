import { useEffect, useRef, type KeyboardEvent } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { eventTypeLabel } from "../../data/event-type-labels";
import type { TimelineEvent } from "../../shared/schema";
import { useSearchHits } from "../filters/use-search-terms";
import { shortEventDate } from "./date-description";
import { DiffersTag } from "./differs-tag";
import { disagreementNote } from "./disagreements";
import "./event-list.css";

type EventListProps = {
  events: TimelineEvent[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
};

const optionId = (eventId: string) => `event-option-${eventId.replace(/[^\w-]/g, "_")}`;

/** The same filtered events as the timeline, as a keyboard-navigable listbox. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const selectedIndex = events.findIndex((e) => e.id === selectedId);
  const hitsIn = useSearchHits();

  useEffect(() => {
    if (!selectedId) return;
    const option = listRef.current?.querySelector(`#${CSS.escape(optionId(selectedId))}`);
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
    <ul
      ref={listRef}
      className="event-list"
      role="listbox"
      aria-label={`Events, ${events.length} shown`}
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? optionId(selectedId ?? "") : undefined}
      onKeyDown={onKeyDown}
    >
      {events.map((event) => (
        <li
          key={event.id}
          id={optionId(event.id)}
          role="option"
          aria-selected={event.id === selectedId}
          aria-label={[event.title, shortEventDate(event), eventTypeLabel(event.type)]
            .concat(disagreementNote(event) ?? [])
            .join(", ")}
          onClick={() => onSelect(event.id)}
        >
          <span className="event-list-date">{shortEventDate(event)}</span>
          <span className="event-list-title">
            <HighlightedText text={event.title} hits={hitsIn(event.title)} />
            <DiffersTag event={event} />
          </span>
          <span className="event-list-type">{eventTypeLabel(event.type)}</span>
        </li>
      ))}
    </ul>
  );
}
