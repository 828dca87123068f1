// "Minister Kishida" in a ministry's releases, "Foreign Minister Fumio Kishida" elsewhere: a
// person whose most common title is a bare office word (reference/titles.json bareHeads) is
// described by the most common fuller title that contains that word, so a profile reads
// "Foreign Minister" rather than "Minister". A fuller title that names another office (a
// deputy's, a vice's) does not count.

import escapeRegExp from "escape-string-regexp";
import { bareHeads } from "./reference";
import { mostCommon } from "./person-votes";

const bare = new Set(bareHeads.words);
const otherOffice = new RegExp(`^(?:${bareHeads.otherOffice.map(escapeRegExp).join("|")})\\b`, "i");

export function fullerRole(roles: (string | null)[]): string | null {
  const best = mostCommon(roles);
  if (best === null || !bare.has(best)) return best;
  const word = new RegExp(`(?:^|\\s)${escapeRegExp(best)}(?:\\s|$)`);
  const fuller = roles.filter(
    (r): r is string => r !== null && r !== best && word.test(r) && !otherOffice.test(r),
  );
  return mostCommon(fuller) ?? best;
}
