import type { TimelineViewProps } from "../../src/features/timeline/timeline-view";

/**
 * jsdom has no layout, so vis-timeline cannot render there; the real one is covered by the
 * Chromium end-to-end tests. This stand-in exposes the items it is given as buttons.
 */
export function TimelineViewStub({ items, onSelect, selectedEventId }: TimelineViewProps) {
  return (
    <ul aria-label="Timeline items">
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            aria-pressed={item.eventId === selectedEventId}
            onClick={() => onSelect(item.eventId)}
          >
            {item.eventId}
          </button>
        </li>
      ))}
    </ul>
  );
}
