import { Panel } from "../components/panel";
import { ErrorBoundary } from "../components/error-boundary";
import { EventList } from "../features/events/event-list";
import { ExportMenu } from "../features/export/export-menu";
import { useSelectEvent } from "../features/events/use-select-event";
import { NoResults } from "../features/filters/no-results";
import { useFilteredEvents } from "../features/filters/use-filtered-events";
import { DensityStrip } from "../features/timeline/density-strip";
import { TimelinePanel } from "../features/timeline/timeline-panel";
import { useViewState } from "../url/use-view-state";
import { useShownView } from "./use-phone-layout";
import { usePrefetchQuotesAfterPaint } from "./use-prefetch-quotes";
import { ViewToggle } from "./view-toggle";

/** The filtered events as timeline or list, or the empty state that says what to remove. */
export function EventsPanel() {
  const { events, searchingQuotes } = useFilteredEvents();
  const [state] = useViewState();
  const view = useShownView(state.view);
  const selectEvent = useSelectEvent();
  usePrefetchQuotesAfterPaint(view === "list" && events.length > 0);
  const title = `${view === "list" ? "Event list" : "Timeline"} — ${events.length} ${events.length === 1 ? "event" : "events"}`;
  return (
    <Panel
      title={title}
      actions={
        <div className="events-panel-actions">
          <ViewToggle />
          <ExportMenu />
        </div>
      }
      className="events-panel"
    >
      <DensityStrip />
      {searchingQuotes ? (
        <p role="status" aria-busy="true">
          Searching… (loading the quoted sentences)
        </p>
      ) : events.length === 0 ? (
        <NoResults />
      ) : view === "list" ? (
        <EventList events={events} selectedId={state.event} onSelect={selectEvent} />
      ) : (
        <ErrorBoundary>
          <TimelinePanel />
        </ErrorBoundary>
      )}
    </Panel>
  );
}
