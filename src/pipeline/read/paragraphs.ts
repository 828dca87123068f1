// Body lines into paragraphs: blank lines separate paragraphs when the body has any;
// a body written without blank lines (one paragraph per line) keeps its lines apart,
// unless it is a wire story wrapped at a fixed width, whose lines are joined again.

/** A line of story text, a blank line, or a removed furniture line (which also separates). */
export type BodyLine = { text: string } | { blank: true } | { furniture: true };

export function toParagraphs(lines: BodyLine[]): string[] {
  const firstText = lines.findIndex((l) => "text" in l);
  const lastText = lines.findLastIndex((l) => "text" in l);
  const blankInside = lines.some((l, i) => "blank" in l && i > firstText && i < lastText);
  const wrapped = !blankInside && isHardWrapped(lines);
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const line of lines) {
    if (!("text" in line)) flush();
    else {
      // A list item ("* Quotas rise") is a line of its own, wrapped body or not, and with
      // blank lines between paragraphs or not: an item is not glued to the sentence above it.
      const item = LIST_ITEM.test(line.text);
      if (item) flush();
      current.push(line.text);
      if (item || (!blankInside && (!wrapped || ENDS_SENTENCE.test(line.text)))) flush();
    }
  }
  flush();
  return paragraphs;
}

const ENDS_SENTENCE = /[.!?:;"”’')\]]\s*$/;

/** Whether a line or paragraph opens in small letters: it carries on a sentence broken above. */
export const carriesSentenceOn = (text: string) => /^\p{Ll}/u.test(text);
const LIST_ITEM = /^\s*[*•·-]\s/;
// A fixed-width wire body: many lines, nearly all of about the same length, most of them
// broken mid-sentence ("Indian Prime Minister Narendra" / "Modi told President ...").
const MIN_LINES = 8;
const MAX_WIDTH = 90;
const MIN_BROKEN_SHARE = 0.6;

export function isHardWrapped(lines: BodyLine[]): boolean {
  const texts = lines.flatMap((l) => ("text" in l ? [l.text.trimEnd()] : []));
  if (texts.length < MIN_LINES) return false;
  const broken = texts.filter((t) => !ENDS_SENTENCE.test(t)).length;
  if (broken / texts.length < MIN_BROKEN_SHARE) return false;
  return texts.every((t) => t.length <= MAX_WIDTH) || wrappedDespiteLongLines(texts);
}

// A page copied from a wrapped document keeps a few long lines: a paragraph left unwrapped
// ("2. In the context of ... prosperity."), a dateline glued to the first line ("RAWALPINDI,
// Oct 13 (APP):Chief of General Staff ... arrived on a"), a last line a few letters over the
// width. What still shows the wrap is that nearly every line broken mid-sentence is within the
// width and that the line after a break mostly carries the sentence on in small letters ("at"
// / "its 392nd meeting held on 26 August 2013, was briefed by the Special" / "Representative
// of ..."); links and headlines stacked one a line each start with a capital.
const MAX_LONG_BROKEN_SHARE = 0.1;
const MIN_LOWER_CARRY_SHARE = 0.5;

function wrappedDespiteLongLines(texts: string[]): boolean {
  const breaks = texts.flatMap((t, i) => {
    const next = texts[i + 1];
    return ENDS_SENTENCE.test(t) || next === undefined ? [] : [{ text: t, next }];
  });
  if (breaks.length === 0) return false;
  const long = breaks.filter((b) => b.text.length > MAX_WIDTH).length;
  const lower = breaks.filter((b) => carriesSentenceOn(b.next)).length;
  return (
    long / breaks.length <= MAX_LONG_BROKEN_SHARE && lower / breaks.length >= MIN_LOWER_CARRY_SHARE
  );
}

/** A sentence cut by a stray line break ("... on February 13, where she" / blank line / "and
 * the Honourable X will attend ...") is one paragraph again: the paragraph breaks off with no
 * closing mark and the next carries the sentence on in small letters. A lettered list item
 * ("a. Minister X welcomed ...") under a heading starts a paragraph of its own. */
export function joinCutSentences(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const last = out[out.length - 1];
    if (last !== undefined && !ENDS_SENTENCE.test(last) && carriesOn(paragraph))
      out[out.length - 1] = `${last.trimEnd()} ${paragraph.trimStart()}`;
    else out.push(paragraph);
  }
  return out;
}

const carriesOn = (text: string) => carriesSentenceOn(text) && !LETTERED_ITEM.test(text);
const LETTERED_ITEM = /^[a-z][.)]\s/;

/** A first paragraph that hands over with a colon ("Spokesperson X provided the following
 * readout:") is one with the story it introduces, so the lead stays the first paragraph. A
 * lead that opens with its own dateline ("18 April 2016 - The Prime Minister today met ...")
 * stays apart, so the dateline is read where it stands. */
export function joinIntro(
  paragraphs: string[],
  opensWithDateline: (paragraph: string) => boolean = () => false,
): string[] {
  const [intro, lead, ...rest] = paragraphs;
  if (intro === undefined || lead === undefined || !/:\s*$/.test(intro)) return paragraphs;
  if (opensWithDateline(lead)) return paragraphs;
  return [`${intro.trimEnd()} ${lead}`, ...rest];
}
