import "./timeline-legend.css";

const keys = [
  ["day", "One day"],
  ["span", "Several days"],
  ["uncertain", "Month or year only"],
  ["planned", "Planned, not yet held"],
  ["today", "Today"],
] as const;

/** What the timeline's marks mean, in words as well as shapes. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Timeline key">
      {keys.map(([key, label]) => (
        <li key={key}>
          <span className={`legend-mark legend-${key}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}
