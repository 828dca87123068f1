import { ShowMore } from "../../components/show-more";
import type { IndexEvent } from "../../shared/schema";

type UndatedEventsProps = {
  events: IndexEvent[];
  selectedId: string | null;
  onSelect: (eventId: string) => void;
};

// A large archive has thousands of undated events: listing them all made every filter change
// re-render and lay out a page of some 10,000 elements (most of the time a clear took).
const firstShown = 20;

/** Events the articles give no date for: listed, never placed at an invented date. */
export function UndatedEvents({ events, selectedId, onSelect }: UndatedEventsProps) {
  if (events.length === 0) return null;
  // The selected event stays in view even when it lies past the first few.
  const selectedAt = events.findIndex((event) => event.id === selectedId);
  return (
    <section className="undated-events" aria-labelledby="undated-heading">
      <h3 id="undated-heading">Undated events ({events.length})</h3>
      <ShowMore items={events} first={Math.max(firstShown, selectedAt + 1)} noun="undated events">
        {(shown) => (
          <ul>
            {shown.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={event.id === selectedId}
                  onClick={() => onSelect(event.id)}
                >
                  {event.title}
                </button>
              </li>
            ))}
          </ul>
        )}
      </ShowMore>
    </section>
  );
}
