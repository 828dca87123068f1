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
const LIST_ITEM = /^\s*[*•·-]\s/;
// A fixed-width wire body: many lines, nearly all of about the same length, most of them
// broken mid-sentence ("Indian Prime Minister Narendra" / "Modi told President ...").
const MIN_LINES = 8;
const MAX_WIDTH = 90;

export function isHardWrapped(lines: BodyLine[]): boolean {
  const texts = lines.flatMap((l) => ("text" in l ? [l.text.trimEnd()] : []));
  if (texts.length < MIN_LINES) return false;
  if (texts.some((t) => t.length > MAX_WIDTH)) return false;
  const broken = texts.filter((t) => !ENDS_SENTENCE.test(t)).length;
  return broken / texts.length >= 0.6;
}

/** A first paragraph that hands over with a colon ("Spokesperson X provided the following
 * readout:") is one with the story it introduces, so the lead stays the first paragraph. */
export function joinIntro(paragraphs: string[]): string[] {
  const [intro, lead, ...rest] = paragraphs;
  if (intro === undefined || lead === undefined || !/:\s*$/.test(intro)) return paragraphs;
  return [`${intro.trimEnd()} ${lead}`, ...rest];
}
