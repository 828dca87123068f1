// Body lines into paragraphs: blank lines separate paragraphs when the body has any;
// a body written without blank lines (one paragraph per line) keeps its lines apart.

/** A line of story text, a blank line, or a removed furniture line (which also separates). */
export type BodyLine = { text: string } | { blank: true } | { furniture: true };

export function toParagraphs(lines: BodyLine[]): string[] {
  const firstText = lines.findIndex((l) => "text" in l);
  const lastText = lines.findLastIndex((l) => "text" in l);
  const blankInside = lines.some((l, i) => "blank" in l && i > firstText && i < lastText);
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const line of lines) {
    if (!("text" in line)) flush();
    else {
      current.push(line.text);
      if (!blankInside) flush();
    }
  }
  flush();
  return paragraphs;
}
