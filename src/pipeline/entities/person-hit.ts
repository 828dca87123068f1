// The shared shape of a person found in a paragraph, whichever way it was found.

import { givenFirst, type NameMatch } from "./names";
import type { AnnotatedSentence } from "../annotate/types";
import type { NamedHit, PersonHit } from "./types";

// The finders read a sentence's tokens (part of speech) as well as its span.
type Sentence = Pick<AnnotatedSentence, "text" | "start" | "end" | "tokens">;

export type ParagraphInput = {
  articleId: string;
  paragraph: number;
  text: string;
  sentences: Sentence[];
  named: NamedHit[];
};

export type Cue = { country: string | null; international: boolean; counterpart: boolean };

export function personHit(
  input: ParagraphInput,
  name: NameMatch,
  info: { role: string | null; rank: string | null } & Cue,
): PersonHit {
  return {
    articleId: input.articleId,
    paragraph: input.paragraph,
    start: name.start,
    end: name.end,
    surface: input.text.slice(name.start, name.end).replace(/\s{2,}/g, " "),
    tokens: givenFirst(name.tokens.map((t) => t.replace(/\.$/, ""))),
    role: info.role,
    rank: info.rank,
    country: info.country,
    international: info.international,
    counterpartOf: null,
    refId: null,
    counterpart: info.counterpart,
    localCountry: null,
    nearbyCountry: null,
    notCountry: null,
  };
}

export function insideNamed(span: { start: number; end: number }, named: NamedHit[]): boolean {
  return named.some((n) => n.start <= span.start && span.end <= n.end && n.kind !== "country");
}
