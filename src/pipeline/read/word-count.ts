// Line lengths in words, as the reading rules count them.

/** The count `text.split(" ").length` gives, without building the words: the layout rules ask
 * it of every line, long paragraphs included. */
export function wordCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) count++;
  return count;
}
