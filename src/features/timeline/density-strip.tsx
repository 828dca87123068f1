import { useLayoutEffect, useRef } from "react";
import { useViewState } from "../../url/use-view-state";
import { toggleFacetValue } from "../filters/toggle-value";
import { useFilteredEvents } from "../filters/use-filtered-events";
import { yearBars } from "./density";
import "./density-strip.css";

/** Events per year at a glance; each bar is a button that filters by its year. */
export function DensityStrip() {
  const { facets } = useFilteredEvents();
  const [, update] = useViewState();
  // Until the facet postings are built (just after the first draw) there are no counts yet.
  const bars = facets === null ? [] : yearBars(facets.years);
  const stripRef = useRef<HTMLDivElement>(null);
  const selected = bars.flatMap((b) => (b.kind === "year" && b.selected ? [b.year] : []));
  // Again once the bars arrive (the facets come just after the first draw) and on a new selection.
  useLatestInView(stripRef, `${bars.length}:${selected.join()}`);
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((b) => (b.kind === "year" ? b.count : 0)));
  return (
    <div ref={stripRef} className="density-strip" role="group" aria-label="Events per year">
      {bars.map((bar) =>
        bar.kind === "gap" ? (
          <span
            key={`gap-${bar.from}`}
            className="density-gap"
            title={`No events ${bar.from}–${bar.to}`}
            aria-hidden="true"
          >
            …
          </span>
        ) : (
          <button
            key={bar.year}
            type="button"
            className="density-bar"
            aria-pressed={bar.selected}
            aria-label={`${bar.year}: ${bar.count} ${bar.count === 1 ? "event" : "events"}`}
            title={`${bar.year}: ${bar.count} ${bar.count === 1 ? "event" : "events"} — click to filter by this year`}
            onClick={() => update((s) => toggleFacetValue(s, "years", String(bar.year)))}
          >
            <span className="density-plot">
              {bar.count > 0 && (
                <span className="density-fill" style={{ height: `${(bar.count / max) * 100}%` }} />
              )}
            </span>
            <span className="density-year" aria-hidden="true">
              {bar.labelled ? bar.year : "\u00a0"}
            </span>
          </button>
        ),
      )}
    </div>
  );
}

/**
 * On a narrow screen the strip scrolls: the latest selected year, else the latest year (where
 * news archives are densest), is brought into view, never the page scrolled.
 */
function useLatestInView(ref: React.RefObject<HTMLDivElement | null>, key: string) {
  useLayoutEffect(() => {
    const strip = ref.current;
    if (!strip || strip.scrollWidth <= strip.clientWidth) return;
    const pressed = strip.querySelectorAll<HTMLElement>('[aria-pressed="true"]');
    const target = pressed[pressed.length - 1] ?? (strip.lastElementChild as HTMLElement | null);
    if (!target) return;
    const right = target.offsetLeft + target.offsetWidth;
    if (target.offsetLeft < strip.scrollLeft || right > strip.scrollLeft + strip.clientWidth)
      strip.scrollLeft = Math.max(0, right - strip.clientWidth);
  }, [ref, key]);
}
