import { Panel } from "../components/panel";
import { useDatasetIndex } from "../data/use-dataset-index";
import { EventDetail } from "../features/events/event-detail";
import { useViewState } from "../url/use-view-state";

/** The detail panel for the linked event, or a note when the link names an unknown event. */
export function SelectedEvent() {
  const index = useDatasetIndex();
  const [state, update] = useViewState();
  if (state.event === null) return null;
  const event = index.eventsById.get(state.event);
  if (!event)
    return (
      <div className="notice" role="status">
        <span>The linked event “{state.event}” is not in this dataset.</span>
        <button type="button" className="button" onClick={() => update({ event: null })}>
          Dismiss
        </button>
      </div>
    );
  return (
    <Panel title="Event details" className="detail-panel">
      <EventDetail event={event} />
    </Panel>
  );
}
