import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { prefetchQuotesAfterPaint } from "../../data/prefetch-quotes";
import type { DatasetIndex } from "../../data/dataset-index";
import { useDatasetIndex } from "../../data/use-dataset-index";
import type { IndexEvent } from "../../shared/schema";
import type { GroupBy } from "../../url/view-state";
import { useViewState } from "../../url/use-view-state";
import { useSelectEvent } from "../events/use-select-event";
import { useFilteredEvents } from "../filters/use-filtered-events";
import { drawLimits } from "./draw-plan";
import { GroupSwitch } from "./group-switch";
import { TimelineLegend } from "./timeline-legend";
import { indexRows, type TimelineRows } from "./timeline-rows";
import { entrySpec, toTimelineModel, type TimelineEntry, type TimelineModel } from "./to-items";
import { UndatedEvents } from "./undated-events";
import { TimelineViewLoader } from "./timeline-view-loader";

type Drawn = { model: TimelineModel; rows: TimelineRows };
// Per list of events and grouping: the unfiltered list is the index's own (eventsAt), so
// clearing the last filter finds its rows made instead of placing 50,000 events again.
const drawnCache = new WeakMap<readonly IndexEvent[], Map<GroupBy, Drawn>>();

function timelineRowsOf(events: IndexEvent[], group: GroupBy, index: DatasetIndex): Drawn {
  let byGroup = drawnCache.get(events);
  if (!byGroup) drawnCache.set(events, (byGroup = new Map()));
  let drawn = byGroup.get(group);
  if (!drawn) {
    const model = toTimelineModel(events, group, index);
    drawn = { model, rows: indexRows(model.entries) };
    byGroup.set(group, drawn);
  }
  return drawn;
}

export function TimelinePanel() {
  const index = useDatasetIndex();
  const { events } = useFilteredEvents();
  const [state, update] = useViewState();
  const selectEvent = useSelectEvent();
  const { model, rows } = useMemo(
    () => timelineRowsOf(events, state.group, index),
    [events, state.group, index],
  );
  const specOf = useCallback((entry: TimelineEntry) => entrySpec(entry, index), [index]);
  const { from, to } = state;
  const range = useMemo(() => (from && to ? { from, to } : null), [from, to]);
  const client = useQueryClient();
  // What the first view does not show (quotes, for the detail, citations and search) is
  // fetched once it is drawn, so it never delays the drawing.
  const afterFirstDraw = useCallback(() => void prefetchQuotesAfterPaint(client), [client]);

  return (
    <div className="timeline-panel">
      <GroupSwitch value={state.group} onChange={(group) => update({ group })} />
      <TimelineViewLoader
        rows={rows}
        groups={model.groups}
        specOf={specOf}
        selectedEventId={state.event}
        window={range}
        onSelect={selectEvent}
        onWindowChange={(f, t) => update({ from: f, to: t })}
        onFirstDraw={afterFirstDraw}
      />
      <TimelineLegend withSummaries={rows.size > drawLimits.maxDrawn} />
      <UndatedEvents events={model.undated} selectedId={state.event} onSelect={selectEvent} />
    </div>
  );
}
