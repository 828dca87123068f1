const kinds = [
  ["person", "People"],
  ["organization", "Organisations"],
  ["place", "Places"],
  ["country", "Countries"],
  ["programme", "Programmes"],
  ["exercise", "Exercises"],
] as const;

export function MentionLegend() {
  return (
    <p className="mention-legend">
      <span>Highlighted:</span>
      {kinds.map(([kind, label]) => (
        <span key={kind} className={`mention kind-${kind}`}>
          {label}
        </span>
      ))}
      <mark className="stating">the sentence stating the event</mark>
    </p>
  );
}
