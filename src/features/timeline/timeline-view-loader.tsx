import { createElement, useEffect, useState, type ComponentProps } from "react";
import type { TimelineView } from "./timeline-view";

// vis-timeline is large: it loads in its own chunk. The entry starts that request early
// (preloadTimeline), alongside the dataset's, so the timeline's height is usually settled
// before a linked event's details scroll into view.
let timelineModule: Promise<{ TimelineView: typeof TimelineView }> | null = null;
let loadedTimelineView: typeof TimelineView | null = null;

export function preloadTimeline() {
  timelineModule ??= import("./timeline-view").then((module) => {
    loadedTimelineView = module.TimelineView;
    return module;
  });
  return timelineModule;
}

/**
 * The timeline component once its chunk is in, null until then. Not React.lazy: a boundary
 * that showed its fallback is held back about 300 ms after the chunk arrives (React throttles
 * revealing it), and the chunk often arrives after the panel's first render even when it was
 * downloaded long before, since its module waits behind the index's parse. That delay was
 * most of the first draw's overrun at 10,000 articles.
 */
function useTimelineView(): typeof TimelineView | null {
  const [view, setView] = useState(() => loadedTimelineView);
  useEffect(() => {
    if (view) return;
    let mounted = true;
    preloadTimeline().then(
      (module) => {
        if (mounted) setView(() => module.TimelineView);
      },
      (error: unknown) => {
        // Rethrown while rendering, so the app's error boundary says what failed.
        if (mounted)
          setView(() => {
            throw error;
          });
      },
    );
    return () => {
      mounted = false;
    };
  }, [view]);
  return view;
}

/**
 * The timeline, or a status line while its chunk loads. The loaded component is one function
 * for the app's life (the chunk's export), so drawing it never remounts the timeline.
 */
export function TimelineViewLoader(props: ComponentProps<typeof TimelineView>) {
  const view = useTimelineView();
  return view ? createElement(view, props) : <p role="status">Loading the timeline…</p>;
}
