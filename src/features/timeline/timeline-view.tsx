import { useEffect, useEffectEvent, useRef, type KeyboardEvent } from "react";
import { DataSet } from "vis-data/esnext";
import { Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { toIsoDay } from "../../shared/dates";
import { TimelineControls } from "./timeline-controls";
import type { TimelineGroupSpec, TimelineItemSpec } from "./to-items";
import { timelineOptions } from "./timeline-options";
import { padForLabels, panWindow, type TimeWindow } from "./window-math";
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

function currentWindow(timeline: Timeline): TimeWindow {
  const { start, end } = timeline.getWindow();
  return { start: start.getTime(), end: end.getTime() };
}

function moveTo(timeline: Timeline, window: TimeWindow): void {
  timeline.setWindow(window.start, window.end, { animation: false });
}

/** Everything in view, with room on the right for the labels that run past their items. */
function fitAll(timeline: Timeline, containerPx: number): void {
  timeline.fit({ animation: false });
  moveTo(timeline, padForLabels(currentWindow(timeline), containerPx));
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
  // vis listeners are registered once; these always see the latest props.
  const emitSelect = useEffectEvent((eventId: string | null) => onSelect(eventId));
  const emitWindow = useEffectEvent((from: string, to: string) => onWindowChange(from, to));

  // A linked window goes in at construction: moving the window after vis's first draw
  // leaves items that were never positioned stuck at the left edge.
  const initialOptions = useEffectEvent((): TimelineOptions =>
    range ? { ...options, start: range.from, end: range.to } : options,
  );
  const applyWindow = useEffectEvent(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!range) return fitAll(timeline, containerRef.current?.clientWidth ?? 0);
    const current = timeline.getWindow();
    if (toIsoDay(current.start) !== range.from || toIsoDay(current.end) !== range.to)
      timeline.setWindow(new Date(range.from), new Date(range.to), { animation: false });
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
    // On its first draw vis applies options.start/end, or fits when there are none; the
    // padded fit must wait until that draw is over.
    const afterFirstDraw = () => {
      timeline.off("changed", afterFirstDraw);
      requestAnimationFrame(() => applyWindow());
    };
    timeline.on("changed", afterFirstDraw);
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

  useEffect(() => applyWindow(), [range, items]);

  useEffect(() => {
    const ids = dataRef.current.items.getIds({ filter: (i) => i.eventId === selectedEventId });
    timelineRef.current?.setSelection(ids);
  }, [selectedEventId, items]);

  const reportWindow = () => {
    const w = timelineRef.current?.getWindow();
    if (w) onWindowChange(toIsoDay(w.start), toIsoDay(w.end));
  };
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
    if (timelineRef.current) fitAll(timelineRef.current, containerRef.current?.clientWidth ?? 0);
    onWindowChange(null, null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = keyActions[e.key];
    if (!action || e.target !== e.currentTarget) return;
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
