// The sentence holding an offset, by binary search: a paragraph's sentences are in order and
// do not overlap, so there is no need to scan them for every name or title.

type Span = { start: number; end: number };

export function sentenceAt<S extends Span>(sentences: S[], at: number): S | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  const sentence = sentences[lo - 1];
  return sentence && at < sentence.end ? sentence : undefined;
}
