import "./timeline-legend.css";

const keys = [
  ["day", "One day"],
  ["span", "Several days"],
  ["uncertain", "Month or year only"],
  ["planned", "Planned: reported before it was due, not as held"],
  ["summary", "Several events of a period: zoom in or click to see them"],
  ["today", "Today"],
] as const;

/** What the timeline's marks mean, in words as well as shapes; summaries only when there can be some. */
export function TimelineLegend({ withSummaries }: { withSummaries: boolean }) {
  const shown = keys.filter(([key]) => withSummaries || key !== "summary");
  return (
    <ul className="timeline-legend" aria-label="Timeline key">
      {shown.map(([key, label]) => (
        <li key={key}>
          <span className={`legend-mark legend-${key}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
