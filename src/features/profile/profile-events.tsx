import { HighlightedText } from "../../components/highlighted-text";
import type { DatasetIndex } from "../../data/dataset-index";
import { eventTypeLabel } from "../../data/event-type-labels";
import type { IndexEvent } from "../../shared/schema";
import { shortEventDate } from "../events/date-description";
import { DiffersTag } from "../events/differs-tag";
import { ShowMore } from "../../components/show-more";

type Props = {
  officialId: string;
  events: IndexEvent[];
  index: DatasetIndex;
  selectedId: string | null;
  onSelect: (eventId: string) => void;
};

/** Every event of the official in date order (undated last); each opens its detail. */
export function ProfileEvents({ officialId, events, index, selectedId, onSelect }: Props) {
  const others = (event: IndexEvent) =>
    (index.facetsByEvent.get(event.id)?.officials ?? [])
      .filter((id) => id !== officialId)
      .map((id) => index.entitiesById.get(id)?.name ?? id);
  return (
    <ShowMore items={events} first={25} noun="events">
      {(shown) => (
        <ol className="profile-events">
          {shown.map((event) => {
            const people = others(event);
            return (
              <li key={event.id} aria-current={event.id === selectedId ? "true" : undefined}>
                <span className="profile-event-date">{shortEventDate(event)}</span>
                <span className="profile-event-body">
                  <button type="button" className="link-button" onClick={() => onSelect(event.id)}>
                    <HighlightedText text={event.title} />
                  </button>
                  <span className="muted profile-event-meta">
                    {eventTypeLabel(event.type)}
                    {event.location && (
                      <>
                        {" · "}
                        <HighlightedText text={event.location} />
                      </>
                    )}
                    {people.length > 0 && (
                      <>
                        {" · with "}
                        <HighlightedText text={people.join(", ")} />
                      </>
                    )}
                  </span>
                  {event.status === "planned" && <span className="planned-tag">Planned</span>}
                  <DiffersTag event={event} />
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </ShowMore>
  );
}
