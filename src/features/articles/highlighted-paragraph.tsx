import type { Ref } from "react";
import type { Segment } from "./highlight";

const kindLabels: Record<string, string> = {
  person: "person",
  organization: "organisation",
  place: "place",
  country: "country",
  programme: "programme",
  exercise: "exercise",
  other: "other entity",
};

function SegmentText({ segment }: { segment: Segment }) {
  if (!segment.kind) return <>{segment.text}</>;
  return (
    <span className={`mention kind-${segment.kind}`} title={kindLabels[segment.kind]}>
      {segment.text}
    </span>
  );
}

type HighlightedParagraphProps = { segments: Segment[]; markRef?: Ref<HTMLElement> };

/** Text before, inside (<mark>) and after the stating sentence; mentions tinted by kind. */
export function HighlightedParagraph({ segments, markRef }: HighlightedParagraphProps) {
  const firstStating = segments.findIndex((s) => s.stating);
  if (firstStating < 0)
    return (
      <p>
        {segments.map((s) => (
          <SegmentText key={s.start} segment={s} />
        ))}
      </p>
    );
  const before = segments.slice(0, firstStating);
  const inside = segments.filter((s) => s.stating);
  const after = segments.slice(firstStating + inside.length);
  return (
    <p>
      {before.map((s) => (
        <SegmentText key={s.start} segment={s} />
      ))}
      <mark ref={markRef} className="stating">
        {inside.map((s) => (
          <SegmentText key={s.start} segment={s} />
        ))}
      </mark>
      {after.map((s) => (
        <SegmentText key={s.start} segment={s} />
      ))}
    </p>
  );
}
