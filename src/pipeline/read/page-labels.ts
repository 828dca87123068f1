// Single lines that label a page rather than tell its story: tag strips ("India Russia |
// Narendra Modi | Vladimir Putin", "Tags Navy Day Vladimir Putin"), breadcrumbs, pointers
// to other stories ("Also Read | ...", "Related: ..."), prompts to read or share more,
// photo credits, sign-off initials ("rrt/ksk", "ABB/Nampi/DK/Savvy") and release ids.

import { furnitureWords } from "./furniture-words";
import { outletAtStart } from "./outlets";
import { SENTENCE_END } from "./sentence-stop";

const MAX_TAG_WORDS = 5;
const MAX_TAG_CHARS = 40;
const MAX_POINTER = 180;
const MAX_PROMPT = 300;
const MAX_CREDIT = 120;

// A pointer's labels: rules/en/page-furniture.json pointerLabels.
const POINTER = new RegExp(
  String.raw`^(?:${furnitureWords.pointerLabels.join("|")})\s*[:|]\s*\S`,
  "i",
);
// Desk initials: lowercase ("ksk/", "rrt/ksk") or capitalised ("ABB/Nampi/DK/Savvy"). After
// the first desk, runs of two or more letters between single slashes: each run is read one
// way only, so a long near-miss ("ksk/abab...!") fails in linear time.
const INITIALS =
  /^(?:[a-z]{2,4}\/(?:[a-z]{2,}\/)*(?:[a-z]{2,})?|[A-Z][A-Za-z]{0,9}(?:\/[A-Z][A-Za-z]{0,9})+)$/;
const RELEASE_ID = new RegExp(
  String.raw`^\(?\s*(?:${furnitureWords.releaseIdLabels.join("|")})\s*(?::\s*)?\d+\s*\)?$`,
  "i",
);
// "Tags Navy Day Vladimir Putin": the label without a colon (in lower case or capitalised),
// then capitalised tags.
const bareTagLabels = furnitureWords.bareTagLabels.flatMap((label) => [
  label,
  label.charAt(0).toUpperCase() + label.slice(1),
]);
const BARE_TAGS = new RegExp(String.raw`^(?:${bareTagLabels.join("|")})\s+[A-Z0-9]`);
// "Home / India", "Home > World > Asia", "World › Asia": items of up to 30 characters between
// separators. Spaces at an item's ends belong to the separator, so each line has one reading
// and a long near-miss ("Home / News / ... /") fails in linear time; an item of spaces only
// still counts as an item.
const BREADCRUMB =
  /^(?:home\s*[/>›»](?:(?:\s*[^/>›»\s](?:[^/>›»]{0,28}[^/>›»\s])?\s*|\s+)[/>›»])*(?:\s*[^/>›»\s][^/>›»]{0,29}|\s+)|(?:[^/>›»]{0,29}[^/>›»\s]\s+|\s{2,})[>›»](?:(?:\s+[^/>›»\s](?:[^/>›»]{0,28}[^/>›»\s])?\s+|\s{3,})[>›»])*(?:\s+[^/>›»\s][^/>›»]{0,29}|\s{2,}))$/i;
// Prompts to follow the site's news or to share the page: rules/en/page-furniture.json
// (latestNewsPrompts, shareTargets).
const LATEST_NEWS = new RegExp(`^(?:${furnitureWords.latestNewsPrompts.join("|")})`, "i");
const SHARE = new RegExp(
  String.raw`^(?:you can )?share (?:this|the) (?:${furnitureWords.shareTargets.join("|")})\b[^.!?]{0,60}:?$`,
  "i",
);

export function isPageLabel(line: string): boolean {
  return (
    isTagLine(line) ||
    (line.length <= MAX_POINTER && POINTER.test(line)) ||
    INITIALS.test(line) ||
    RELEASE_ID.test(line) ||
    (BARE_TAGS.test(line) && !SENTENCE_END.test(line)) ||
    (BREADCRUMB.test(line) && !SENTENCE_END.test(line) && !/[.!?,]\s/.test(line)) ||
    (line.length <= MAX_PROMPT && (LATEST_NEWS.test(line) || SHARE.test(line))) ||
    isPhotoCredit(line)
  );
}

const TAG_SEPARATOR = " | ";

/** Three or more short items joined by " | " with no sentence among them. */
function isTagLine(line: string): boolean {
  // Three items need two separators: most lines have none and are not split at all.
  const first = line.indexOf(TAG_SEPARATOR);
  if (first < 0 || line.indexOf(TAG_SEPARATOR, first + TAG_SEPARATOR.length) < 0) return false;
  const items = line.split(TAG_SEPARATOR).map((item) => item.trim());
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

/** "© Sputnik / Name", "Sputnik / Press service of ...": who took a picture, not who
 * wrote the story, so no source is taken from it. */
function isPhotoCredit(line: string): boolean {
  if (line.length > MAX_CREDIT || SENTENCE_END.test(line)) return false;
  if (/^(?:©|\(c\)|copyright\b)/i.test(line)) return true;
  // The slash after the outlet is in the line: without one, no outlet is looked for.
  if (!line.includes("/")) return false;
  const lead = outletAtStart(line);
  return lead !== null && /^\s*\/\s*\S/.test(lead.rest);
}
