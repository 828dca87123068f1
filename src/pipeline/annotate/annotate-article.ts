// One article read by the NLP library once: sentences within each paragraph, tokens with
// offsets, part of speech, lemma, negation and quotation. Pure apart from the shared model.

import { abbreviations, abbreviationsBeforeName } from "../rules/abbreviations";
import { hasRunLongerThan } from "./long-runs";
import { nlp } from "./nlp";
import { quotedMask } from "./quoted";
import { tokenOffsets } from "./token-offsets";
import type { AnnotatedArticle, ReadArticle } from "../types";
import type { AnnotatedDocument, AnnotatedSentence, Token } from "./types";

export function annotateArticle(article: ReadArticle): AnnotatedArticle {
  const doc = annotateParagraphs(article.paragraphs);
  return { ...article, doc: { ...doc, headline: annotateHeadline(article.title) } };
}

/** A title read as one sentence, whatever sentences the library cuts it into. */
export function annotateHeadline(title: string): AnnotatedSentence {
  const tokens = annotateParagraph(title).flatMap((s) => s.tokens);
  return { order: -1, paragraph: -1, start: 0, end: title.length, text: title, tokens };
}

export function annotateParagraphs(paragraphs: string[]): AnnotatedDocument {
  const sentences: AnnotatedSentence[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const s of annotateParagraph(text))
      sentences.push({ ...s, order: sentences.length, paragraph });
  });
  return { paragraphs, sentences };
}

// The library's tokeniser takes time quadratic in the length of a run without spaces (its
// e-mail and link patterns rescan the run), so a run longer than any word or link reaches
// it in pieces; offsets are still found in the paragraph itself. Most paragraphs hold no
// such run, and a pass over the text tells so faster than the regex.
const LONG_RUN = 256;
const LONG_RUN_PIECE = /\S{256}(?=\S)/g;

function annotateParagraph(text: string): Omit<AnnotatedSentence, "order" | "paragraph">[] {
  const { its } = nlp();
  const pieces = hasRunLongerThan(text, LONG_RUN) ? text.replace(LONG_RUN_PIECE, "$& ") : text;
  const doc = nlp().readDoc(pieces);
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  const pos = tokens.out(its.pos);
  // The lemma and negation helpers are typed for add-on use; as token outputs they give strings and flags.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
  const negated = tokens.out(its.negationFlag) as unknown as boolean[];
  const offsets = tokenOffsets(text, values);
  const quoted = quotedMask(text);
  const all: Token[] = values.map((value, i) => {
    const { start, end } = offsets[i] ?? { start: 0, end: 0 };
    return {
      start,
      end,
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      negated: negated[i] === true,
      quoted: start < end && quoted[start] === true,
    };
  });
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const groups = spans
    .map(([first, last]) =>
      all.slice(first, last + 1).filter((t) => t.pos !== "SPACE" && t.end > t.start),
    )
    .filter((own) => own.length > 0);
  return joinFragments(groups).map((own) => {
    const start = (own[0] as Token).start;
    const end = (own[own.length - 1] as Token).end;
    return { start, end, text: text.slice(start, end), tokens: own };
  });
}

// The library ends a sentence at any full stop; news pages glue some that do not end one:
// "Rediff.com", "pic.twitter.com", a closing '' after a quote. A sentence that starts with
// no space after the last, or holds no word at all, continues it, unless it reads as a
// sentence of its own that lost its space: a full stop, then a capitalised word and a few
// more words ("announced on X.On the sidelines, Kao held ...").
function joinFragments(groups: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (const own of groups) {
    const prev = out[out.length - 1];
    const glued =
      prev !== undefined &&
      (prev[prev.length - 1] as Token).end === (own[0] as Token).start &&
      !lostSpace(prev, own);
    const wordless = own.every((t) => t.pos === "PUNCT" || t.pos === "SYM");
    if (prev && (glued || wordless || afterRank(prev, own))) prev.push(...own);
    else out.push(own);
  }
  return out;
}

// Titles and ranks written short before a name ("Sen. Lieut. Gen. Hoang Xuan Chien",
// "Spokesperson Cmdr. Jeff Davis"; rules/en/abbreviations.json), which the library takes for a
// sentence's end: the name that follows (a proper noun) continues the sentence.
const BEFORE_NAME = new Set(abbreviationsBeforeName.map((a) => a.toLowerCase()));

function afterRank(prev: Token[], own: Token[]): boolean {
  const at = fullStopBetween(prev, own);
  return (
    at !== null &&
    at.before.end === at.stop.start &&
    /^[A-Z]/.test(at.before.text) &&
    BEFORE_NAME.has(at.before.lower) &&
    /^[A-Z]/.test(at.first.text) &&
    at.first.pos === "PROPN"
  );
}

// Where one group ends with a full stop after a word and the next begins: the tokens either
// side of that stop, or null when the group does not end so.
function fullStopBetween(
  prev: Token[],
  own: Token[],
): { before: Token; stop: Token; first: Token } | null {
  const stop = prev[prev.length - 1];
  const before = prev[prev.length - 2];
  const first = own[0];
  if (stop?.text !== "." || before === undefined || first === undefined) return null;
  return { before, stop, first };
}

/** Words a glued sentence needs to count as one of its own. */
const OWN_SENTENCE_WORDS = 4;

// A name may end the sentence that lost its space ("... joined by his wife, Yuko.While the late
// Shinzo Abe visited ...", "... in Agra.Here are ..."), but not a short form ("Gen.", "Sept.").
const SHORT_FORMS = new Set(abbreviations.map((a) => a.toLowerCase()));
const endsSentence = (before: Token) =>
  /^(?:[a-z]{2,}|\))$/.test(before.text) ||
  (/^[A-Z][a-z]{2,}$/.test(before.text) && !SHORT_FORMS.has(before.lower));

function lostSpace(prev: Token[], own: Token[]): boolean {
  const at = fullStopBetween(prev, own);
  return (
    at !== null &&
    endsSentence(at.before) &&
    /^[A-Z][a-z]+$/.test(at.first.text) &&
    own.filter((t) => /^[A-Za-z]/.test(t.text)).length >= OWN_SENTENCE_WORDS
  );
}
