import type { Summary } from "./draw-plan";
import { escapeHtml } from "./escape-html";
import { periodLabel } from "./periods";
import type { TimelineItemSpec } from "./to-items";

function precisionNote(summary: Summary): string {
  if (summary.precision === "year") return " (dated to the year only)";
  if (summary.precision === "month") return " (dated only to the month or the year)";
  return summary.imprecise ? " (some dated only to the month or the year)" : "";
}

/** vis's item for a summary: a span over its period, labelled with its count. */
export function summarySpec(summary: Summary): TimelineItemSpec {
  const count = summary.count.toLocaleString("en-GB");
  const period = periodLabel(summary.unit, summary.start);
  const note = precisionNote(summary);
  return {
    id: summary.id,
    eventId: null,
    group: summary.group,
    start: new Date(summary.start),
    end: new Date(summary.drawnEnd),
    type: "range",
    // No day known for any of them: hatched like any imprecise date.
    className: `summary${summary.precision === "day" ? "" : " uncertain"}`,
    // The count alone, so narrow periods can show it; "events" is in the tooltip and the key.
    content: `<span class="item-label"><span class="summary-count">${count}</span></span>`,
    title: [`${count} events in ${period}${note}`, "Click, or zoom in, to see them one by one"]
      .map(escapeHtml)
      .join("<br>"),
  };
}
