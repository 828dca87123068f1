import type { TimelineViewProps } from "../../src/features/timeline/timeline-view";

/**
 * jsdom has no layout, so vis-timeline cannot render there; the real one is covered by the
 * Chromium end-to-end tests. This stand-in exposes every entry it is given as a button.
 */
export function TimelineViewStub({ rows, onSelect, selectedEventId }: TimelineViewProps) {
  const entries = [...rows.lanes.values()]
    .flat()
    .flatMap((lane) => lane.entries)
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  return (
    <ul aria-label="Timeline items">
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            aria-pressed={entry.event.id === selectedEventId}
            onClick={() => onSelect(entry.event.id)}
          >
            {entry.event.id}
          </button>
        </li>
      ))}
    </ul>
  );
}
