// Scraped pages run a release's date line into its first sentence ("October 22, 2010Secretary
// of State ... will travel"): a full date that opens a line and runs straight into a
// capitalised word was a line of its own, and is put back on one (where it reads as the
// release's date).
//
// Some page themes split their stamp over two lines, the month and day on one and the time
// and year under it ("October 05" / "17:03 2018"): the two are put back on one line
// ("October 05, 2018 17:03"), a date line like any other.
//
// Others set a stamp's label on a line of its own and the date under it ("Release Date:" /
// "14/01/2017"): the label and its date are put back on one line, a labelled stamp.
//
// A writer's credit and its date may run straight into the story ("By Ana Ruiz/Wire Service
// December 01, 2016 The ministers met ..."): the credit and the date go on a line of their own,
// a credit's stamp (rules/en/stamp-labels.json creditDate), and the story keeps its own line.

import { MONTH } from "../dates/words";
import { creditDateSource, stampLabels } from "../rules/stamp-labels";

// "October 22, 2010", "4 March 2019".
const WRITTEN_DATE = String.raw`(?:${MONTH}\s+\d{1,2},?|\d{1,2}\s+${MONTH},?)\s+\d{4}`;
const GLUED_DATE = new RegExp(String.raw`^(${WRITTEN_DATE})(?=\p{Lu}\p{Ll})`, "gmu");
const SPLIT_STAMP = new RegExp(
  String.raw`^[ \t]*(${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})[ \t]*\n[ \t]*(\d{1,2}:\d{2})[ \t]+(\d{4})[ \t]*$`,
  "gmu",
);

// Others stack the day, the month and the year one a line ("23" / "September" / "2021"), maybe
// with blank lines between: they are put back on one line ("23 September 2021").
const STACKED_DATE = new RegExp(
  String.raw`^[ \t]*(\d{1,2})[ \t]*\n(?:[ \t]*\n)?[ \t]*(${MONTH})[ \t]*\n(?:[ \t]*\n)?[ \t]*(\d{4})[ \t]*$`,
  "gmu",
);

const SPLIT_LABEL = new RegExp(
  String.raw`^([^\n:]{0,30}\b(?:${stampLabels.join("|")})[ \t]*:)[ \t]*\n[ \t]*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|${WRITTEN_DATE})[ \t]*$`,
  "gimu",
);

const GLUED_CREDIT = new RegExp(
  String.raw`(?:${creditDateSource})(?:${WRITTEN_DATE})(?=[ \t]+\p{Lu}\p{Ll})`,
  "gmu",
);

export function unglueDateLines(text: string): string {
  return text
    .replace(GLUED_DATE, "$1\n")
    .replace(GLUED_CREDIT, (credit) => `${credit}\n`)
    .replace(SPLIT_STAMP, "$1, $3 $2")
    .replace(STACKED_DATE, "$1 $2 $3")
    .replace(SPLIT_LABEL, "$1 $2");
}
