// What a date phrase says before it is anchored to a publication date.

export type Modifier = "last" | "next" | "this" | null;

export type CandidateShape =
  | { kind: "stated"; year: number; month?: number; day?: number; end?: [number, number, number] }
  | { kind: "monthDay"; month: number; day: number; endMonth?: number; endDay?: number }
  /** "signed ... in Manila on the 8th.": a day of the month the story is told in (or the one
   * next to it, before or after as the tense says). */
  | { kind: "dayOfMonth"; day: number }
  | { kind: "month"; month: number; modifier: Modifier }
  | { kind: "weekday"; weekday: number; modifier: Modifier; endWeekday?: number }
  | { kind: "relDay"; offset: number }
  | { kind: "relMonth"; offset: number }
  | { kind: "relYear"; offset: number }
  /** "July last year", "on 5 March next year": a month (and day) in a year counted from publication. */
  | { kind: "inRelYear"; month: number; day?: number; offset: number }
  /** Day offsets from publication the phrase may cover, in past and in future tense. */
  | {
      kind: "near";
      past: [number, number];
      future: [number, number];
      /** "last week" / "next week" / "this week": the calendar week (Monday to Sunday) before,
       * after or of publication. */
      week?: -1 | 0 | 1;
      /** "earlier this week", "later this week": its days before or after publication. */
      part?: "earlier" | "later";
    };

export type Candidate = CandidateShape & { index: number; text: string; spanDays?: number };
