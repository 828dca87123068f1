import { lazy, Suspense, useCallback, useMemo } from "react";
import { useDatasetIndex } from "../../data/use-dataset-index";
import { useViewState } from "../../url/use-view-state";
import { useSelectEvent } from "../events/use-select-event";
import { useFilteredEvents } from "../filters/use-filtered-events";
import { drawLimits } from "./draw-plan";
import { GroupSwitch } from "./group-switch";
import { TimelineLegend } from "./timeline-legend";
import type { TimelineView as TimelineViewComponent } from "./timeline-view";
import { indexRows } from "./timeline-rows";
import { entrySpec, toTimelineModel, type TimelineEntry } from "./to-items";
import { UndatedEvents } from "./undated-events";

// vis-timeline is large: it loads in its own chunk. The entry starts that request early
// (preloadTimeline), alongside the dataset's, so the timeline's height is usually settled
// before a linked event's details scroll into view.
let timelineModule: Promise<{ TimelineView: typeof TimelineViewComponent }> | null = null;
export function preloadTimeline() {
  timelineModule ??= import("./timeline-view");
  return timelineModule;
}
const TimelineView = lazy(() =>
  preloadTimeline().then((module) => ({ default: module.TimelineView })),
);

export function TimelinePanel() {
  const index = useDatasetIndex();
  const { events } = useFilteredEvents();
  const [state, update] = useViewState();
  const selectEvent = useSelectEvent();
  const model = useMemo(
    () => toTimelineModel(events, state.group, index),
    [events, state.group, index],
  );
  const rows = useMemo(() => indexRows(model.entries), [model]);
  const specOf = useCallback((entry: TimelineEntry) => entrySpec(entry, index), [index]);
  const { from, to } = state;
  const range = useMemo(() => (from && to ? { from, to } : null), [from, to]);

  return (
    <div className="timeline-panel">
      <GroupSwitch value={state.group} onChange={(group) => update({ group })} />
      <Suspense fallback={<p role="status">Loading the timeline…</p>}>
        <TimelineView
          rows={rows}
          groups={model.groups}
          specOf={specOf}
          selectedEventId={state.event}
          window={range}
          onSelect={selectEvent}
          onWindowChange={(f, t) => update({ from: f, to: t })}
        />
      </Suspense>
      <TimelineLegend withSummaries={rows.size > drawLimits.maxDrawn} />
      <UndatedEvents events={model.undated} selectedId={state.event} onSelect={selectEvent} />
    </div>
  );
}
