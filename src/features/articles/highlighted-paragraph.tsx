import type { Ref } from "react";
import { HighlightedText, type TextRange } from "../../components/highlighted-text";
import type { Segment } from "./highlight";

type HitsIn = (text: string) => TextRange[];
const noHits: HitsIn = () => [];

const kindLabels: Record<string, string> = {
  person: "person",
  organization: "organisation",
  place: "place",
  country: "country",
  programme: "programme",
  exercise: "exercise",
  other: "other entity",
};

// Each piece of article text is isolated, so an override character inside a mention cannot
// reorder the words after it, and carries the current search's hits.
function SegmentText({ segment, hitsIn }: { segment: Segment; hitsIn: HitsIn }) {
  const text = <HighlightedText text={segment.text} hits={hitsIn(segment.text)} />;
  if (!segment.kind) return text;
  return (
    <span className={`mention kind-${segment.kind}`} title={kindLabels[segment.kind]}>
      {text}
    </span>
  );
}

type HighlightedParagraphProps = {
  segments: Segment[];
  markRef?: Ref<HTMLElement>;
  hitsIn?: HitsIn;
};

/** Text before, inside (<mark>) and after the stating sentence; mentions tinted by kind. */
export function HighlightedParagraph({
  segments,
  markRef,
  hitsIn = noHits,
}: HighlightedParagraphProps) {
  const firstStating = segments.findIndex((s) => s.stating);
  if (firstStating < 0)
    return (
      <p>
        {segments.map((s) => (
          <SegmentText key={s.start} segment={s} hitsIn={hitsIn} />
        ))}
      </p>
    );
  const before = segments.slice(0, firstStating);
  const inside = segments.filter((s) => s.stating);
  const after = segments.slice(firstStating + inside.length);
  return (
    <p>
      {before.map((s) => (
        <SegmentText key={s.start} segment={s} hitsIn={hitsIn} />
      ))}
      <mark ref={markRef} className="stating">
        {inside.map((s) => (
          <SegmentText key={s.start} segment={s} hitsIn={hitsIn} />
        ))}
      </mark>
      {after.map((s) => (
        <SegmentText key={s.start} segment={s} hitsIn={hitsIn} />
      ))}
    </p>
  );
}
