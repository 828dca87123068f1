// What each sentence yields on its own, found in the build's map step (per article, on every
// core, kept by the record cache) rather than in the cross-article step: its dates, resolved
// against the article's publication date (a saying's or a release's date left out, as the events
// stage reads them), and its event trigger words with the checks that read
// only the sentence's words (events/not-events.ts textChecks). The events stage reads
// them from the annotated document and finds them itself only where they are absent, with the
// same functions and inputs, so the dataset is the same either way.

import { quotedMask } from "../annotate/quoted";
import { withoutSayingDates } from "../events/sentence-context";
import { findTriggers } from "../events/triggers";
import { textChecks } from "../events/not-events";
import { dateContextOf } from "../dates/reference-day";
import { resolveDates } from "../resolve-dates";
import type { AnnotatedArticle } from "../types";

/** The article with its sentences' dates and triggers in its document. */
export function withSentenceClues(article: AnnotatedArticle): AnnotatedArticle {
  // Final here: the editor's facts are applied before the map step annotates the article.
  const ctx = dateContextOf(article);
  // A paragraph's quotes are marked only when one of its sentences has a date to check.
  const masks = new Map<number, boolean[]>();
  const maskOf = (paragraph: number) => {
    let mask = masks.get(paragraph);
    if (mask === undefined) {
      mask = quotedMask(article.paragraphs[paragraph] ?? "");
      masks.set(paragraph, mask);
    }
    return mask;
  };
  const sentences = article.doc.sentences.map((s) => {
    const dates = resolveDates(s.text, ctx);
    return {
      ...s,
      dates:
        dates.length === 0
          ? dates
          : withoutSayingDates(s, maskOf(s.paragraph).slice(s.start, s.end), dates),
      triggers: textChecks(s, findTriggers(s)),
    };
  });
  return { ...article, doc: { ...article.doc, sentences } };
}
