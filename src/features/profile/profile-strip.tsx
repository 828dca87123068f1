import { eventTypeLabel } from "../../data/event-type-labels";
import type { IndexEvent } from "../../shared/schema";
import { shortEventDate } from "../events/date-description";
import { stripLayout } from "./strip-layout";

// Percentages keep dots round at any width; the side margins keep the first and last year's
// labels and dots inside the picture.
const MARGIN = 3;
const x = (fraction: number) => `${(MARGIN + fraction * (100 - 2 * MARGIN)).toFixed(3)}%`;
const LANE = 16;
const TOP = 10;
const AXIS = 22;

type Props = { name: string; events: IndexEvent[]; selectedId: string | null };

/** A light timeline of one official's dated events: a picture; the list beside it is the way in. */
export function ProfileStrip({ name, events, selectedId }: Props) {
  const layout = stripLayout(events);
  if (!layout) return null;
  const first = layout.ticks[0]?.year;
  const last = layout.ticks.at(-1)?.year;
  const height = TOP + layout.lanes * LANE + AXIS;
  const axisY = TOP + layout.lanes * LANE + 2;
  const summary = `${name}’s ${layout.marks.length} dated ${layout.marks.length === 1 ? "event" : "events"}, ${first === last ? first : `${first} to ${last}`}`;
  return (
    <svg className="profile-strip" width="100%" height={height} role="img" aria-label={summary}>
      {layout.ticks.map((tick, i) => (
        <g key={tick.year} className="strip-year">
          {i % 2 === 1 && (
            <rect
              className="strip-band"
              x={x(tick.from)}
              width={`${((tick.to - tick.from) * (100 - 2 * MARGIN)).toFixed(3)}%`}
              y={0}
              height={axisY}
            />
          )}
          {tick.labelled && (
            <text x={x((tick.from + tick.to) / 2)} y={axisY + 15} textAnchor="middle">
              {tick.year}
            </text>
          )}
        </g>
      ))}
      <line className="strip-axis" x1={x(0)} x2={x(1)} y1={axisY} y2={axisY} />
      {layout.marks.map((mark) => {
        const y = TOP + mark.lane * LANE + LANE / 2 - 2;
        const className = [
          "strip-mark",
          mark.event.status === "planned" ? "planned" : "",
          mark.event.id === selectedId ? "selected" : "",
        ].join(" ");
        const title = `${mark.event.title} — ${shortEventDate(mark.event)}, ${eventTypeLabel(mark.event.type)}${mark.event.status === "planned" ? " (planned)" : ""}`;
        return mark.point ? (
          <circle key={mark.event.id} className={className} cx={x(mark.from)} cy={y} r={5}>
            <title>{title}</title>
          </circle>
        ) : (
          <rect
            key={mark.event.id}
            className={`${className} span`}
            x={x(mark.from)}
            width={`${Math.max((mark.to - mark.from) * (100 - 2 * MARGIN), 0.8).toFixed(3)}%`}
            y={y - 5}
            height={10}
            rx={3}
          >
            <title>{title}</title>
          </rect>
        );
      })}
    </svg>
  );
}
