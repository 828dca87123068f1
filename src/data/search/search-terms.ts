// One reading of words for the search index, the query and the highlighting, so that what
// is marked in a title is exactly what made the event match.

/** A word: a run of characters that are neither spaces nor punctuation. */
const wordPattern = /[^\s\p{Z}\p{P}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

const plain = /^[\x20-\x7e]*$/;

/** Lower case without accents, so "Lavrov" finds "Lavrov" and "Şahin" finds "Sahin". */
export function normaliseTerm(term: string): string {
  // Indexing reads millions of words: most are plain ASCII, which only needs lower case.
  if (plain.test(term)) return term.toLowerCase();
  return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The normalised words of a query, in order, without repeats. */
export function searchTerms(query: string): string[] {
  return [...new Set(tokenize(query).map(normaliseTerm).filter(Boolean))];
}

export type TextRange = { start: number; end: number };

/** Where in `text` a word begins with one of the terms (search matches word prefixes). */
export function findSearchHits(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0 || text === "") return [];
  const hits: TextRange[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = normaliseTerm(match[0]);
    if (terms.some((term) => word.startsWith(term)))
      hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}
