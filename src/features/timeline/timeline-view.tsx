import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from "react";
import { DataSet } from "vis-data/esnext";
import * as vis from "vis-timeline/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { toIsoDay } from "../../shared/dates";
import { withLabelPlacement } from "./label-placement";
import { TimelineControls } from "./timeline-controls";
import type { TimelineGroupSpec, TimelineItemSpec } from "./to-items";
import { timelineOptions } from "./timeline-options";
import { hideCutAxisLabels } from "./timeline-dom";
import {
  dataWindow,
  fitWindow,
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

// vis's item classes and the parts of a drawn timeline it keeps internal (it ships no types).
type ItemClass = Parameters<typeof withLabelPlacement>[0];
type VisInternals = {
  components: {
    ItemSet: { types: Record<string, unknown> };
    items: { PointItem: ItemClass; RangeItem: ItemClass };
  };
};
type DrawnTimeline = {
  body: { domProps: { center: { width: number } } };
  initialRangeChangeDone: boolean;
};

// Points and ranges with labels placed where they fit (label-placement.ts). vis-timeline is
// used by this app alone, so its registry of item types is ours to adjust, once.
const { components } = (vis as unknown as { timeline: VisInternals }).timeline;
const { EventPoint, EventRange } = withLabelPlacement(
  components.items.PointItem,
  components.items.RangeItem,
);
components.ItemSet.types.point = EventPoint;
components.ItemSet.types.range = EventRange;

const drawnPlotWidth = (timeline: Timeline) =>
  (timeline as unknown as DrawnTimeline).body.domProps.center.width;

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

/** Every item in view, a little room at both ends, and today when it is near the data. */
function fittedWindow(items: TimelineItemSpec[]): TimeWindow | null {
  const data = dataWindow(items.map(spanOf));
  return data && fitWindow(data, Date.now());
}

function fitAll(timeline: Timeline, items: TimelineItemSpec[]) {
  const fitted = fittedWindow(items);
  if (fitted) moveTo(timeline, fitted);
  else timeline.fit({ animation: false });
}

function eventSpan(items: TimelineItemSpec[], eventId: string | null): TimeWindow | null {
  return eventId === null
    ? null
    : dataWindow(items.filter((i) => i.eventId === eventId).map(spanOf));
}

/** The window to open on: the link's, else around the linked event, else everything. */
function openingWindow(
  range: TimelineViewProps["window"],
  items: TimelineItemSpec[],
  selectedEventId: string | null,
): TimeWindow | null {
  if (range) return { start: Date.parse(range.from), end: Date.parse(range.to) };
  const selected = eventSpan(items, selectedEventId);
  return selected ? windowAround(selected) : fittedWindow(items);
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
  const itemsShown = useRef<TimelineItemSpec[] | null>(null);
  // vis listeners are registered once; these always see the latest props.
  const emitSelect = useEffectEvent((eventId: string | null) => onSelect(eventId));
  const emitWindow = useEffectEvent((from: string, to: string) => onWindowChange(from, to));

  // The window goes in at construction, so vis draws once, where the reader will look, and
  // never fits by itself first.
  const initialOptions = useEffectEvent((): TimelineOptions => {
    const opening = openingWindow(range, items, selectedEventId);
    if (!opening) return options;
    return { ...options, start: new Date(opening.start), end: new Date(opening.end) };
  });
  const applyWindow = useEffectEvent(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!range) return fitAll(timeline, items);
    const current = timeline.getWindow();
    if (toIsoDay(current.start) !== range.from || toIsoDay(current.end) !== range.to)
      timeline.setWindow(new Date(range.from), new Date(range.to), { animation: false });
  });
  // A later selection (list, j/k, Back) off screen: same zoom, centred on the event.
  const revealSelection = useEffectEvent(() => {
    const timeline = timelineRef.current;
    const span = eventSpan(items, selectedEventId);
    if (!timeline || !span) return;
    const shown = currentWindow(timeline);
    if (isInside(span, shown)) return;
    const half = (shown.end - shown.start) / 2;
    const middle = (span.start + span.end) / 2;
    moveTo(timeline, { start: middle - half, end: middle + half });
    if (range) reportWindow();
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const timeline = new Timeline(
      container,
      dataRef.current.items,
      dataRef.current.groups,
      initialOptions(),
    );
    // Given a window, vis keeps the timeline hidden until the window has changed once and a
    // redraw followed (200 ms at best): a deep link's timeline showed a second after the home
    // page's. The window we pass is final, so its first draw may show.
    (timeline as unknown as DrawnTimeline).initialRangeChangeDone = true;
    timeline.on("select", (p: { items: string[] }) => {
      const itemId = p.items[0];
      emitSelect(
        itemId === undefined ? null : (dataRef.current.items.get(itemId)?.eventId ?? null),
      );
    });
    timeline.on("rangechanged", (p: { start: Date; end: Date; byUser: boolean }) => {
      if (p.byUser) emitWindow(toIsoDay(p.start), toIsoDay(p.end));
    });
    timeline.on("changed", () => hideCutAxisLabels(container, drawnPlotWidth(timeline)));
    timelineRef.current = timeline;
    return () => {
      timeline.destroy();
      timelineRef.current = null;
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
    // The first items were fitted at construction; later ones (a filter) are fitted anew.
    const first = itemsShown.current === null;
    itemsShown.current = items;
    if (!first) applyWindow();
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
    if (timelineRef.current) fitAll(timelineRef.current, items);
    onWindowChange(null, null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
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
        aria-label="Timeline. Arrow keys pan, plus and minus zoom. The event list offers the same events as a list."
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
