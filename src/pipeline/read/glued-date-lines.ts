// Scraped pages run a release's date line into its first sentence ("October 22, 2010Secretary
// of State ... will travel"): a full date that opens a line and runs straight into a
// capitalised word was a line of its own, and is put back on one (where it reads as the
// release's date).

import { MONTH } from "../dates/words";

const GLUED_DATE = new RegExp(
  String.raw`^((?:${MONTH}\s+\d{1,2},?|\d{1,2}\s+${MONTH},?)\s+\d{4})(?=\p{Lu}\p{Ll})`,
  "gmu",
);

export function unglueDateLines(text: string): string {
  return text.replace(GLUED_DATE, "$1\n");
}
