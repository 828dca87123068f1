import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from "react";
import { DataSet } from "vis-data/esnext";
import * as vis from "vis-timeline/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { toIsoDay } from "../../shared/dates";
import { deferFirstDraw, redrawOncePerFrame } from "./batched-drawing";
import { planDrawing, type Summary } from "./draw-plan";
import { diffItems, signature } from "./item-diff";
import { withLabelPlacement } from "./label-placement";
import { summarySpec } from "./summary-items";
import { TimelineControls } from "./timeline-controls";
import { hasDrawnItems, hideCutAxisLabels } from "./timeline-dom";
import { timelineOptions } from "./timeline-options";
import type { TimelineRows } from "./timeline-rows";
import type { TimelineEntry, TimelineGroupSpec, TimelineItemSpec } from "./to-items";
import { fitWindow, isInside, panWindow, windowAround, type TimeWindow } from "./window-math";
import "./timeline-view.css";

export type TimelineViewProps = {
  /** Every dated entry of the filtered events; the view draws those the window needs. */
  rows: TimelineRows;
  groups: TimelineGroupSpec[];
  /** vis's item for an entry (its HTML is made only for drawn entries). */
  specOf: (entry: TimelineEntry) => TimelineItemSpec;
  selectedEventId: string | null;
  window: { from: string; to: string } | null;
  onSelect: (eventId: string | null) => void;
  /** Null window means "fit everything". */
  onWindowChange: (from: string | null, to: string | null) => void;
  /** Called once, when vis has first put items on the page. */
  onFirstDraw?: () => void;
};

const options: TimelineOptions = timelineOptions;

// vis's item and row classes and the parts of a drawn timeline it keeps internal (it ships no
// types for them).
type ItemClass = Parameters<typeof withLabelPlacement>[0];
type VisInternals = {
  components: {
    ItemSet: { types: Record<string, unknown> };
    items: { PointItem: ItemClass; RangeItem: ItemClass };
    Group: Parameters<typeof deferFirstDraw>[0];
  };
};
type DrawnTimeline = {
  body: { domProps: { center: { width: number } } };
  initialRangeChangeDone: boolean;
};

// vis-timeline is used by this app alone, so its registry of item types and its row class
// are ours to adjust, once: labels placed where they fit (label-placement.ts), and new items
// drawn in one batch (batched-drawing.ts).
const { components } = (vis as unknown as { timeline: VisInternals }).timeline;
const { EventPoint, EventRange } = withLabelPlacement(
  components.items.PointItem,
  components.items.RangeItem,
);
components.ItemSet.types.point = EventPoint;
components.ItemSet.types.range = EventRange;
deferFirstDraw(components.Group);

/** The plot's width as vis last drew it, else a guess from the container (before any draw). */
function plotWidthOf(timeline: Timeline, container: HTMLElement | null): number {
  const drawn = (timeline as unknown as DrawnTimeline).body.domProps.center.width;
  return drawn > 0 ? drawn : Math.max((container?.clientWidth ?? 0) - 170, 200);
}

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

/** Every dated event, a little room at both ends, and today when it is near the data. */
function fittedWindow(rows: TimelineRows): TimeWindow | null {
  return rows.bounds && fitWindow(rows.bounds, Date.now());
}

function eventSpan(rows: TimelineRows, eventId: string | null): TimeWindow | null {
  if (eventId === null) return null;
  for (const lanes of rows.lanes.values())
    for (const lane of lanes)
      for (const entry of lane.entries)
        if (entry.event.id === eventId)
          return { start: entry.start, end: entry.end ?? entry.start };
  return null;
}

/** The window to open on: the link's, else around the linked event, else everything. */
function openingWindow(
  range: TimelineViewProps["window"],
  rows: TimelineRows,
  selectedEventId: string | null,
): TimeWindow | null {
  if (range) return { start: Date.parse(range.from), end: Date.parse(range.to) };
  const selected = eventSpan(rows, selectedEventId);
  return selected ? windowAround(selected) : fittedWindow(rows);
}

/** A summary's period with a little room, so its events are itemised once zoomed to it. */
function zoomedInto(summary: Summary): TimeWindow {
  const pad = (summary.end - summary.start) * 0.05;
  return { start: summary.start - pad, end: summary.end + pad };
}

// While the reader drags or zooms, the drawing follows at most this often; fully when they stop.
const followEveryMs = 120;

/** The only module that touches vis-timeline: a thin imperative bridge driven by props. */
export function TimelineView(props: TimelineViewProps) {
  const { rows, groups, specOf, selectedEventId, window: range, onSelect, onWindowChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef({
    items: new DataSet<TimelineItemSpec>(),
    groups: new DataSet<TimelineGroupSpec>(),
  });
  const shownItems = useRef<ReadonlyMap<string, string>>(new Map());
  const shownGroups = useRef<ReadonlyMap<string, string>>(new Map());
  const summaries = useRef(new Map<string, Summary>());
  const rowsShown = useRef<TimelineRows | null>(null);
  // vis listeners are registered once; these always see the latest props.
  const emitSelect = useEffectEvent((eventId: string | null) => onSelect(eventId));
  const emitWindow = useEffectEvent((from: string, to: string) => onWindowChange(from, to));
  const emitFirstDraw = useEffectEvent(() => props.onFirstDraw?.());

  /** Hands vis what the current window needs, changing only what differs from before. */
  const draw = useEffectEvent(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    const plotPx = plotWidthOf(timeline, containerRef.current);
    const plan = planDrawing(rows, currentWindow(timeline), plotPx, selectedEventId);
    const next = [...plan.entries.map(specOf), ...plan.summaries.map(summarySpec)];
    summaries.current = new Map(plan.summaries.map((s) => [s.id, s]));
    const { remove, add, shown } = diffItems(shownItems.current, next, signature);
    shownItems.current = shown;
    const items = dataRef.current.items;
    if (remove.length > 0) items.remove(remove);
    if (add.length > 0) items.add(add);
    if (add.some((item) => item.eventId !== null && item.eventId === selectedEventId))
      select(timeline);
  });
  const drawGroups = useEffectEvent(() => {
    const { remove, add, shown } = diffItems(shownGroups.current, groups, (g) =>
      [g.content, g.order].join("|"),
    );
    shownGroups.current = shown;
    if (remove.length > 0) dataRef.current.groups.remove(remove);
    if (add.length > 0) dataRef.current.groups.add(add);
  });
  const select = useEffectEvent((timeline: Timeline) => {
    const ids = dataRef.current.items.getIds({ filter: (i) => i.eventId === selectedEventId });
    timeline.setSelection(ids);
  });
  // The window goes in at construction, so vis draws once, where the reader will look, and
  // never fits by itself first.
  const initialOptions = useEffectEvent((): TimelineOptions => {
    const opening = openingWindow(range, rows, selectedEventId);
    if (!opening) return options;
    return { ...options, start: new Date(opening.start), end: new Date(opening.end) };
  });
  const applyWindow = useEffectEvent(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!range) return fitAll(timeline);
    const current = timeline.getWindow();
    if (toIsoDay(current.start) !== range.from || toIsoDay(current.end) !== range.to)
      timeline.setWindow(new Date(range.from), new Date(range.to), { animation: false });
  });
  // A later selection (list, j/k, Back) off screen: same zoom, centred on the event.
  const revealSelection = useEffectEvent(() => {
    const timeline = timelineRef.current;
    const span = eventSpan(rows, selectedEventId);
    if (!timeline || !span) return;
    const shown = currentWindow(timeline);
    if (isInside(span, shown)) return;
    const half = (shown.end - shown.start) / 2;
    const middle = (span.start + span.end) / 2;
    moveTo(timeline, { start: middle - half, end: middle + half });
    if (range) reportWindow();
  });
  const onItemSelected = useEffectEvent((timeline: Timeline, itemId: string | undefined) => {
    const summary = itemId === undefined ? undefined : summaries.current.get(itemId);
    if (!summary) {
      const item = itemId === undefined ? null : dataRef.current.items.get(itemId);
      return emitSelect(item?.eventId ?? null);
    }
    // A summary is no event: clicking it zooms into its period, keeping the selection.
    select(timeline);
    moveTo(timeline, zoomedInto(summary));
    reportWindow();
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const data = dataRef.current;
    const timeline = new Timeline(container, data.items, data.groups, initialOptions());
    // Given a window, vis keeps the timeline hidden until the window has changed once and a
    // redraw followed (200 ms at best): a deep link's timeline showed a second after the home
    // page's. The window we pass is final, so its first draw may show.
    (timeline as unknown as DrawnTimeline).initialRangeChangeDone = true;
    redrawOncePerFrame(timeline);
    timelineRef.current = timeline;
    drawGroups();
    draw();
    let following: ReturnType<typeof setTimeout> | null = null;
    timeline.on("select", (p: { items: string[] }) => onItemSelected(timeline, p.items[0]));
    timeline.on("rangechange", () => {
      following ??= setTimeout(() => {
        following = null;
        draw();
      }, followEveryMs);
    });
    timeline.on("rangechanged", (p: { start: Date; end: Date; byUser: boolean }) => {
      if (following) clearTimeout(following);
      following = null;
      draw();
      if (p.byUser) emitWindow(toIsoDay(p.start), toIsoDay(p.end));
    });
    // The first draw measures the plot: plan again with its real width.
    const afterFirstDraw = () => {
      timeline.off("changed", afterFirstDraw);
      draw();
    };
    timeline.on("changed", afterFirstDraw);
    // Once items are on the page, what the first view does not need may follow.
    const firstItems = () => {
      if (!hasDrawnItems(container)) return;
      timeline.off("changed", firstItems);
      emitFirstDraw();
    };
    timeline.on("changed", firstItems);
    timeline.on("changed", () =>
      hideCutAxisLabels(container, plotWidthOf(timeline, containerRef.current)),
    );
    return () => {
      if (following) clearTimeout(following);
      timeline.destroy();
      timelineRef.current = null;
      shownItems.current = new Map();
      shownGroups.current = new Map();
      data.items.clear();
      data.groups.clear();
    };
  }, []);

  useEffect(() => {
    drawGroups();
  }, [groups]);

  useEffect(() => {
    // The first rows were fitted and drawn at construction; later ones (a filter, the row
    // grouping) are fitted anew when the link holds no window, then drawn.
    const first = rowsShown.current === null;
    rowsShown.current = rows;
    if (first) return;
    applyWindow();
    draw();
  }, [rows, specOf]);

  const rangeShown = useRef(range);
  useEffect(() => {
    // The link's window went in at construction; a later one (Back, a pasted link) moves it.
    if (rangeShown.current === range) return;
    rangeShown.current = range;
    applyWindow();
  }, [range]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    draw(); // the selected event is always drawn as itself, never inside a summary
    select(timeline);
    if (selectedEventId !== null) revealSelection();
  }, [selectedEventId]);

  function fitAll(timeline: Timeline) {
    const fitted = fittedWindow(rows);
    if (fitted) moveTo(timeline, fitted);
  }
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
    if (timelineRef.current) fitAll(timelineRef.current);
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
