// Clauses of a sentence that state events of their own: "X's visit follows Y's trip to
// Paris in July" (the trip is the event the date belongs to), ", who arrived on Wednesday
// on a two-day visit," (a visit inside a sentence about a meeting).

export type Range = { start: number; end: number };
export type Clause = { ranges: Range[]; antecedentEnd: number | null };

const RELATIVE_MARKER =
  /\b(?:(?:follows|followed|precedes|preceded)\b|(?:comes|came)\s+(?=(?:days|weeks|months|shortly|soon|just|a day|a week|two|after|before|amid|ahead|as|on the heels)\b)|(?:(?:days|weeks|months|shortly|soon|just|a day|a week|two days|two weeks)\s+)(?:after|before)\b)/g;
// ", who arrived on Wednesday," inside the sentence, or ", who is visiting Tokyo." closing it.
const WHO_CLAUSE = /,\s+who\s[^,]+(?:,|$)/g;

export function clausesOf(text: string): Clause[] {
  const cuts = [0];
  RELATIVE_MARKER.lastIndex = 0;
  for (let m = RELATIVE_MARKER.exec(text); m; m = RELATIVE_MARKER.exec(text)) cuts.push(m.index);
  cuts.push(text.length);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    clauses.push(...splitWho(text, start, end));
  }
  return clauses;
}

function splitWho(text: string, start: number, end: number): Clause[] {
  const main: Range[] = [];
  const inner: Clause[] = [];
  let from = start;
  WHO_CLAUSE.lastIndex = start;
  for (let m = WHO_CLAUSE.exec(text); m && m.index < end; m = WHO_CLAUSE.exec(text)) {
    const innerEnd = m.index + m[0].length;
    if (innerEnd > end) break;
    main.push({ start: from, end: m.index });
    inner.push({ ranges: [{ start: m.index, end: innerEnd }], antecedentEnd: m.index });
    from = innerEnd;
  }
  main.push({ start: from, end });
  return [{ ranges: main.filter((r) => r.end > r.start), antecedentEnd: null }, ...inner];
}

export function inRanges(ranges: Range[], start: number, end: number): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}
