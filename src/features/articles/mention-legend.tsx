// One entry per tint: places and countries share theirs; every tint in the text is here.
const kinds = [
  ["person", "People"],
  ["organization", "Organisations"],
  ["place", "Places and countries"],
  ["programme", "Programmes"],
  ["exercise", "Exercises"],
  ["other", "Documents and other names"],
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
