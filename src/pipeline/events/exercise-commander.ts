import { eventPhrases } from "../rules/event-phrases";
import type { SentenceInfo } from "./sentence-context";
import type { CandidateEvent } from "./types";

// "maneuvers commander from the Indian side, Lt Gen X said", "Gen Y will personally oversee
// the drills" (rules/en/event-phrases.json, exerciseCommand): the people named as commanding or
// overseeing the exercise take part in it, when the story tells an exercise on one day only
// (others it recalls only by month or year aside) and no one else is told taking part.
export function commandedExercise(events: CandidateEvent[], sentences: SentenceInfo[]): void {
  const told = events.filter((e) => e.type === "exercise" && e.date?.precision === "day");
  const days = new Set(told.map((e) => e.date?.start));
  if (days.size !== 1 || told.some((e) => e.participants.length > 0)) return;
  const people = sentences
    .filter((s) => eventPhrases.exerciseCommand.test(s.text))
    .flatMap((s) => s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id));
  for (const e of told) e.participants = [...new Set(people)];
}
