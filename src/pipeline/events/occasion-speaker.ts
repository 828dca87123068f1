// "Speaking on the occasion, Commander Pakistan Fleet Vice Admiral X said ...": the speaker
// spoke at the event the story has just told, so takes part in it (rules/en/event-cues.json,
// 'occasion-speaker', read at the sentence's first word). Only the event told last, in this
// paragraph or the one before; the speaker is the first person named in the sentence.

import { eventCues } from "../rules/cue-rules";
import type { SentenceInfo } from "./sentence-context";
import type { CandidateEvent } from "./types";

export function occasionSpeaker(s: SentenceInfo, events: CandidateEvent[]): void {
  const last = events[events.length - 1];
  if (!last || !last.sources.some((x) => x.paragraph >= s.paragraph - 1)) return;
  const cue = eventCues
    .matchAll(s.tokens)
    .find((m) => m.rule.cue === "occasion-speaker" && m.start === 0);
  const after = cue ? (s.tokens[cue.end - 1]?.end ?? 0) - s.start : null;
  if (after === null) return;
  const speaker = s.mentions.find((m) => m.entity.kind === "person" && m.start >= after);
  if (!speaker || last.participants.includes(speaker.entity.id)) return;
  last.participants = [...last.participants, speaker.entity.id];
}
