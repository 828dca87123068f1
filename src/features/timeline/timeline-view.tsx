import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { toIsoDay } from "../../shared/dates";
import { TimelineControls } from "./timeline-controls";
import type { TimelineGroupSpec, TimelineItemSpec } from "./to-items";
import { timelineOptions } from "./timeline-options";
import {
  estimateLabelPx,
  plotWidth,
  revealSelectedRow,
  scrollRows,
  syncRowScrollerFocus,
} from "./timeline-dom";
import {
  dataWindow,
  fitWithLabels,
  isInside,
  panWindow,
  windowAround,
  type TimeWindow,
} from "./window-math";
import "./timeline-view.css";

export type TimelineViewProps = {
  items: TimelineItemSpec[];
  groups: TimelineGroupSpec[];
  selectedEventId: string | null;
  window: { from: string; to: string } | null;
  onSelect: (eventId: string | null) => void;
  /** Null window means "fit everything". */
  onWindowChange: (from: string | null, to: string | null) => void;
};

const options: TimelineOptions = timelineOptions;

const keyActions: Record<
  string,
  (view: { pan: (f: number) => void; zoom: (d: "in" | "out") => void }) => void
> = {
  ArrowLeft: (v) => v.pan(-0.2),
  ArrowRight: (v) => v.pan(0.2),
  "+": (v) => v.zoom("in"),
  "=": (v) => v.zoom("in"),
  "-": (v) => v.zoom("out"),
};

// Rows past the capped height scroll inside the timeline; these keys reach them.
const rowKeys: Record<string, number> = {
  ArrowUp: -40,
  ArrowDown: 40,
  PageUp: -200,
  PageDown: 200,
};

function currentWindow(timeline: Timeline): TimeWindow {
  const { start, end } = timeline.getWindow();
  return { start: start.getTime(), end: end.getTime() };
}

function moveTo(timeline: Timeline, window: TimeWindow): void {
  timeline.setWindow(window.start, window.end, { animation: false });
}

function spanOf(item: TimelineItemSpec): TimeWindow {
  const start = item.start.getTime();
  return { start, end: item.end?.getTime() ?? start };
}

/** Everything in view, with room on the right for the labels that run past their items. */
function fitAll(timeline: Timeline, items: TimelineItemSpec[], container: HTMLElement | null) {
  const data = dataWindow(items.map(spanOf));
  if (!data) return timeline.fit({ animation: false });
  const labels = items.map((i) => ({ at: i.start.getTime(), px: estimateLabelPx(i.labelChars) }));
  moveTo(timeline, fitWithLabels(data, plotWidth(container), labels));
}

function selectedSpan(timeline: Timeline, items: TimelineItemSpec[]): TimeWindow | null {
  const ids = new Set(timeline.getSelection());
  return dataWindow(items.filter((i) => ids.has(i.id)).map(spanOf));
}

/** After vis has drawn the new window, scroll the rows to the selected item. */
function revealRowAfterDraw(timeline: Timeline, container: HTMLElement | null): void {
  const afterDraw = () => {
    timeline.off("changed", afterDraw);
    revealSelectedRow(container);
  };
  timeline.on("changed", afterDraw);
  revealSelectedRow(container);
}

/** The only module that touches vis-timeline: a thin imperative bridge driven by props. */
export function TimelineView(props: TimelineViewProps) {
  const { items, groups, selectedEventId, window: range, onSelect, onWindowChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef({
    items: new DataSet<TimelineItemSpec>(),
    groups: new DataSet<TimelineGroupSpec>(),
  });
  const firstDrawDone = useRef(false);
  // vis listeners are registered once; these always see the latest props.
  const emitSelect = useEffectEvent((eventId: string | null) => onSelect(eventId));
  const emitWindow = useEffectEvent((from: string, to: string) => onWindowChange(from, to));

  // The first window goes in at construction: moving the window after vis's first draw
  // leaves items that were never positioned stuck at the left edge. A link to one event
  // without a window opens on that event's period, not on everything.
  const initialOptions = useEffectEvent((): TimelineOptions => {
    if (range) return { ...options, start: range.from, end: range.to };
    const selected = dataWindow(items.filter((i) => i.eventId === selectedEventId).map(spanOf));
    if (!selected) return options;
    const around = windowAround(selected);
    return { ...options, start: new Date(around.start), end: new Date(around.end) };
  });
  const applyWindow = useEffectEvent(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!range) return fitAll(timeline, items, containerRef.current);
    const current = timeline.getWindow();
    if (toIsoDay(current.start) !== range.from || toIsoDay(current.end) !== range.to)
      timeline.setWindow(new Date(range.from), new Date(range.to), { animation: false });
  });
  const applyFirstWindow = useEffectEvent(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    // A linked event that the filters hide leaves nothing to centre on: fit everything.
    if (range || !selectedSpan(timeline, items)) return applyWindow();
    revealRowAfterDraw(timeline, containerRef.current);
  });
  // A later selection (list, j/k, Back) off screen: same zoom, centred on the event.
  const revealSelection = useEffectEvent(() => {
    const timeline = timelineRef.current;
    const span = timeline ? selectedSpan(timeline, items) : null;
    if (!timeline || !span || !firstDrawDone.current) return;
    const shown = currentWindow(timeline);
    if (!isInside(span, shown)) {
      const half = (shown.end - shown.start) / 2;
      const middle = (span.start + span.end) / 2;
      moveTo(timeline, { start: middle - half, end: middle + half });
      if (range) reportWindow();
    }
    revealRowAfterDraw(timeline, containerRef.current);
  });

  useEffect(() => {
    if (!containerRef.current) return;
    const timeline = new Timeline(
      containerRef.current,
      dataRef.current.items,
      dataRef.current.groups,
      initialOptions(),
    );
    timeline.on("select", (p: { items: string[] }) => {
      const itemId = p.items[0];
      emitSelect(
        itemId === undefined ? null : (dataRef.current.items.get(itemId)?.eventId ?? null),
      );
    });
    timeline.on("rangechanged", (p: { start: Date; end: Date; byUser: boolean }) => {
      if (p.byUser) emitWindow(toIsoDay(p.start), toIsoDay(p.end));
    });
    // On its first draw vis applies options.start/end, or fits when there are none; our
    // own window must wait until that draw is over.
    const afterFirstDraw = () => {
      timeline.off("changed", afterFirstDraw);
      requestAnimationFrame(() => {
        firstDrawDone.current = true;
        applyFirstWindow();
      });
    };
    timeline.on("changed", afterFirstDraw);
    timeline.on("changed", () => syncRowScrollerFocus(containerRef.current));
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
      firstDrawDone.current = false;
    };
  }, []);

  useEffect(() => {
    const { items: itemSet, groups: groupSet } = dataRef.current;
    groupSet.clear();
    groupSet.add(groups);
    itemSet.clear();
    itemSet.add(items);
  }, [items, groups]);

  useEffect(() => {
    if (firstDrawDone.current) applyWindow();
  }, [range, items]);

  useEffect(() => {
    const ids = dataRef.current.items.getIds({ filter: (i) => i.eventId === selectedEventId });
    timelineRef.current?.setSelection(ids);
  }, [selectedEventId, items]);

  useEffect(() => {
    if (selectedEventId !== null) revealSelection();
  }, [selectedEventId]);

  function reportWindow() {
    const w = timelineRef.current?.getWindow();
    if (w) onWindowChange(toIsoDay(w.start), toIsoDay(w.end));
  }
  const zoom = (direction: "in" | "out") => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (direction === "in") timeline.zoomIn(0.5, { animation: false });
    else timeline.zoomOut(0.5, { animation: false });
    reportWindow();
  };
  const pan = (fraction: number) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    moveTo(timeline, panWindow(currentWindow(timeline), fraction));
    reportWindow();
  };
  const fit = () => {
    if (timelineRef.current) fitAll(timelineRef.current, items, containerRef.current);
    onWindowChange(null, null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const rows = rowKeys[e.key];
    if (rows !== undefined && scrollRows(containerRef.current, rows)) return e.preventDefault();
    const action = keyActions[e.key];
    if (!action) return;
    e.preventDefault();
    action({ pan, zoom });
  };

  return (
    <div className="timeline-view">
      <TimelineControls onZoomIn={() => zoom("in")} onZoomOut={() => zoom("out")} onFit={fit} />
      <div
        ref={containerRef}
        className="timeline-canvas"
        role="region"
        tabIndex={0}
        aria-label="Timeline. Arrow keys pan, plus and minus zoom. The event list offers the same events as a list. Up and down arrows scroll the rows when there are more than fit."
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
