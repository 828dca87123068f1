// "Weeks before Putin lands in India for the 23rd Annual Summit, Jaishankar and Lavrov held
// talks in Moscow", "Singh and Belousov will hold talks on Thursday, ahead of the annual summit
// between Modi and Putin": a time phrase (from a subordinator of rules/en/clause-cues.json to
// the next comma) that names an occasion with people of its own, beside a main clause naming
// its own people and event, tells two events, each with the people of its own words. The
// occasion's own people are its subject ("after Modi met Putin") or those it is between or by
// (event-phrases occasionPeopleAfter); those met after "with" ("After talks with Medvedev,
// Singh declared ...") were met by the main clause's subject, and the sentence stays whole.

import { clauseCueLists } from "../rules/clause-cues";
import { eventPhrases } from "../rules/event-phrases";
import { inRanges, type Clause, type Range } from "./clauses";
import type { SentenceInfo } from "./sentence-context";
import type { Trigger } from "./triggers";

const TIME_PHRASE = new RegExp(
  String.raw`\b(?:${clauseCueLists.subordinators.words.join("|")})\b[^,;]*`,
  "gi",
);
const OCCASION_PEOPLE_AFTER = eventPhrases.occasionPeopleAfter;

/** The clause, or its main words and its time phrase when they tell two events apart. */
export function occasionApart(s: SentenceInfo, clause: Clause, triggers: Trigger[]): Clause[] {
  const within = (x: Range, r: Range) => inRanges([r], x.start, x.end);
  // Two events with people of their own need two triggers and two people: most clauses have
  // fewer, and are not scanned for a time phrase (this runs on every clause of the archive).
  const ts = triggers.filter((t) => inRanges(clause.ranges, t.start, t.end));
  if (ts.length < 2) return [clause];
  const people = s.mentions.filter(
    (m) => m.entity.kind === "person" && inRanges(clause.ranges, m.start, m.end),
  );
  if (people.length < 2) return [clause];
  for (const m of s.text.matchAll(TIME_PHRASE)) {
    const phrase = { start: m.index, end: m.index + m[0].length };
    if (!clause.ranges.some((r) => within(phrase, r))) continue;
    const inside = ts.filter((t) => within(t, phrase));
    const first = inside[0];
    if (!first || inside.length === ts.length) continue;
    const own = people.filter((p) => within(p, phrase));
    const main = people.filter((p) => !within(p, phrase));
    const ofItsOwn =
      own.some((p) => p.start < first.start) ||
      OCCASION_PEOPLE_AFTER.test(s.text.slice(first.end, phrase.end));
    if (own.length === 0 || main.length === 0 || !ofItsOwn) continue;
    const rest = clause.ranges.flatMap((r) =>
      [
        { start: r.start, end: Math.min(r.end, phrase.start) },
        { start: Math.max(r.start, phrase.end), end: r.end },
      ].filter((x) => x.end > x.start),
    );
    return [
      { ranges: rest, antecedentEnd: clause.antecedentEnd },
      { ranges: [phrase], antecedentEnd: null, timed: true },
    ];
  }
  return [clause];
}
