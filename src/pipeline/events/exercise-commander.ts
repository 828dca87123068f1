import { eventPhrases } from "../rules/event-phrases";
import type { SentenceInfo } from "./sentence-context";
import type { CandidateEvent } from "./types";

// "maneuvers commander from the Indian side, Lt Gen X said", "Gen Y will personally oversee
// the drills" (rules/en/event-phrases.json, exerciseCommand): the people named as commanding or
// overseeing the exercise take part in it, when the story tells an exercise on one day only
// (others it recalls only by month or year aside) and no one else is told taking part.
export function commandedExercise(events: CandidateEvent[], sentences: SentenceInfo[]): void {
  const told = events.filter((e) => e.type === "exercise" && e.date?.precision === "day");
  commandedBy(told, sentences, eventPhrases.exerciseCommand);
}

// "USS X arrived in Da Nang for a port call March 5", then '"...," said Rear Adm. Y, the strike
// group commander' (rules/en/event-phrases.json, vesselCommand): the commander of the ships
// takes part in their port call, as an exercise's does in the exercise, on the same terms.
export function commandedVisit(events: CandidateEvent[], sentences: SentenceInfo[]): void {
  const told = events.filter(
    (e) =>
      e.type === "visit" &&
      e.date?.precision === "day" &&
      e.sources.some((s) => eventPhrases.vesselVisitor.test(s.quote)),
  );
  commandedBy(told, sentences, eventPhrases.vesselCommand);
}

function commandedBy(told: CandidateEvent[], sentences: SentenceInfo[], command: RegExp): void {
  const days = new Set(told.map((e) => e.date?.start));
  if (days.size !== 1 || told.some((e) => e.participants.length > 0)) return;
  const people = sentences
    .filter((s) => command.test(s.text))
    .flatMap((s) => s.mentions.filter((m) => m.entity.kind === "person").map((m) => m.entity.id));
  for (const e of told) e.participants = [...new Set(people)];
}
