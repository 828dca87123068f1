// The annotated document: each article is read by the NLP library once, and every later
// stage works from these sentences and tokens instead of scanning the raw text again.

import type { Trigger } from "../events/triggers";
import type { ResolvedDate } from "../types";

/** One token, with offsets into its paragraph. */
export type Token = {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag ("VERB", "PROPN", "ADP", ...). */
  pos: string;
  /** Inside the scope of a negation ("did not meet ... on Friday"). */
  negated: boolean;
  /** Inside double quotation marks. */
  quoted: boolean;
};

export type AnnotatedSentence = {
  /** Position in the article, counting every paragraph's sentences. */
  order: number;
  paragraph: number;
  /** Offsets into the paragraph. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /**
   * What the sentence alone yields, found once by the build's map step (build/sentence-clues.ts)
   * so the cross-article step does not: its dates, resolved against the article's publication
   * date (a saying's date left out), and its event trigger words with their checks. Absent: the
   * events stage finds them itself.
   */
  dates?: ResolvedDate[];
  triggers?: Trigger[];
};

export type AnnotatedDocument = {
  paragraphs: string[];
  sentences: AnnotatedSentence[];
  /**
   * The article's title read as one sentence (paragraph -1, offsets into the title), read by
   * the map step with the paragraphs so that no later stage runs the NLP library: the events
   * stage takes from it what only the headline tells (events/headline-events.ts). Absent for a
   * document made from paragraphs alone.
   */
  headline?: AnnotatedSentence;
};

/** A sentence's place in its paragraph, for stages that need only that. */
export type SentenceSpan = Pick<AnnotatedSentence, "text" | "start" | "end">;
