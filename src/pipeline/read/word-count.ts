// Line lengths in words, as the reading rules count them.

/** The count `text.split(" ").length` gives, without building the words: the layout rules ask
 * it of every line, long paragraphs included. */
export function wordCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

// A line with no letter in it ("0", "403", "|", "![]() |"): a counter or markup the store kept,
// never a headline, a site header or story text.
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}
