// Single lines that label a page rather than tell its story: tag strips ("India Russia |
// Narendra Modi | Vladimir Putin"), pointers to other stories ("Also Read | ...",
// "Related: ..."), sign-off initials ("rrt/ksk", "ABB/Nampi/DK/Savvy") and release ids.

const SENTENCE_END = /[.!?]["”’)]?$/;
const MAX_TAG_WORDS = 5;
const MAX_TAG_CHARS = 40;
const MAX_POINTER = 180;

const POINTER = /^(?:also read|read also|see also|also see|related|must read)\s*[:|]\s*\S/i;
// Desk initials: lowercase ("ksk/", "rrt/ksk") or capitalised ("ABB/Nampi/DK/Savvy").
const INITIALS =
  /^(?:[a-z]{2,4}\/(?:[a-z]{2,4}\/?)*|[a-z]{2,4}(?:\/[a-z]{2,4})+|[A-Z][A-Za-z]{0,9}(?:\/[A-Z][A-Za-z]{0,9})+)$/;
const RELEASE_ID = /^\(?\s*release id\s*:?\s*\d+\s*\)?$/i;

export function isPageLabel(line: string): boolean {
  return (
    isTagLine(line) ||
    (line.length <= MAX_POINTER && POINTER.test(line)) ||
    INITIALS.test(line) ||
    RELEASE_ID.test(line)
  );
}

/** Three or more short items joined by " | " with no sentence among them. */
function isTagLine(line: string): boolean {
  const items = line.split(" | ").map((item) => item.trim());
  return (
    items.length >= 3 &&
    items.every(
      (item) =>
        item !== "" &&
        item.length <= MAX_TAG_CHARS &&
        item.split(" ").length <= MAX_TAG_WORDS &&
        !SENTENCE_END.test(item) &&
        !/[.!?]\s/.test(item),
    )
  );
}
