// Wire-style datelines at the start of a story: "Kolkata [India], May 4 (ANI):",
// "New Delhi, Dec 5 (PTI)", "MOSCOW, March 3 (Reuters) -", "New Delhi/Moscow, Oct 29 (IANS)",
// "NEW DELHI (Reuters) -", and the bare "New Delhi, Dec 5 Terming ..." some sites print.

import { MONTH, monthNumber, WEEKDAY_NAMES } from "../dates/words";
import { furnitureWords } from "./furniture-words";
import { isValidDay } from "../dates/calendar";
import { fullDateAt } from "./full-date";
import { canonicalOutlet } from "./outlets";

export type Dateline = {
  place: string;
  month: number | null;
  day: number | null;
  year: number | null;
  agency: string | null;
  /** Characters of the paragraph the dateline takes up, separator included. */
  length: number;
};

// Place names keep their accents: "MONTRÉAL", "SÃO PAULO", "İZMİR" (Latin-1 and Latin
// Extended-A letters; \w alone stops at the first accented one).
const WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’À-ÖØ-öø-ÿĀ-ſ-]*`;
// "Visakhapatnam (Andhra Pradesh) [India]": a state in parentheses, a country in brackets;
// TASS sets the region between slashes ("KUBINKA /Moscow Region/").
const PLACE = String.raw`(${WORD}(?:(?:\s+|\s*/\s*)(?:${WORD}|of|de|da|al|el|upon)){0,4}(?:\s*\([^()\n]{1,40}\)|\s*/[^/\n]{1,40}/)?(?:\s*\[[^\]\n]{1,40}\])?)`;
// Islamic-world agencies print the Hijri day before the Gregorian one: "28 Rajab 1437/06 May
// 2016", "18 Shaban 1438 H corresponding to 14 May 2017".
const HIJRI = String.raw`(?:\d{1,2}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+1[34]\d\d\s*(?:AH|H)?\s*(?:/|corresponding to)\s*)?`;
// The day may carry its ordinal: "Porto Alegre, Brazil, April 29th 2010".
// "ORENBURG, Russia, Sept.23 (ChinaMil) --": an abbreviated month's full stop may stand for the
// space before its day.
const MONTH_DAY = String.raw`${HIJRI}(?:(${MONTH})(?:\s+|(?<=\.))(\d{1,2})|(\d{1,2})\s+(${MONTH}))(?!\d)(?:(?<=\d)(?:st|nd|rd|th)\b)?(?:,?\s+(\d{4}))?`;
// "(ANI)", TASS's "April 25. /TASS/." or "January 20 /TASS/.", or a release wire's
// "January 6, 2012/APO/".
const AGENCY = String.raw`(?:\(([^()\n]{2,40})\)|\.\s*/([A-Za-z][\w -]{1,20})/\.?|/([A-Z][^/\n]{1,50})/\.?)`;
// A credit whose link text the page lost leaves its opening bracket before the dash:
// "..., April 29th 2010 ( – Venezuelan President ...".
const SEPARATOR = String.raw`\s*(?:(?:\(\s*)?[:\-–—]+\s*)?`;

// "QINGDAO, China, June 26 (Reuters)", "KAZAN, Russia (AP) —": the country after the city;
// a release wire's state or province code: "OTTAWA, ON, Nov. 22, 2020 /CNW/".
const COUNTRY = String.raw`(?:,\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2}))?`;
const WITH_DATE = new RegExp(
  // Interfax puts a full stop after the place: "VLADIVOSTOK. Oct 19 (Interfax) -".
  // Older Reuters copy has no comma after a capitalised place: "NEW DELHI Dec 11 Indian ...".
  // A dash may stand for the comma when the date is written in full: "NEW DELHI, India -
  // November 20, 2010:", "SEOUL - 24 August 2017:". A release may write its capitalised place,
  // the full date day first and a dash: "MEXICO 10 May 2019 — The Philippines and ...". A
  // colon may stand for the comma before a date written in full too: "Islamabad: August 17,
  // 2021". A release may set its place and full date as two short sentences: "Gandhinagar. 17
  // October 2022. The ...".
  String.raw`^${PLACE}${COUNTRY}(?:,|\.(?=\s+(?:${MONTH}))|\.(?=\s+\d{1,2}\s+(?:${MONTH}),?\s+\d{4}\.\s)|(?<=\b[A-Z]{2,})(?=\s+(?:${MONTH})\s+\d)|(?<=\b[A-Z]{2,})(?=\s+\d{1,2}\s+(?:${MONTH})\s+\d{4}\s*[–—-])|\s+[–—-](?=\s+(?:${MONTH})\s+\d{1,2},?\s+\d{4}\b|\s+\d{1,2}\s+(?:${MONTH}),?\s+\d{4}\b)|:(?=\s+(?:${MONTH})\s+\d{1,2},?\s+\d{4}\b|\s+\d{1,2}\s+(?:${MONTH}),?\s+\d{4}\b))\s*${MONTH_DAY}\s*(?:${AGENCY})?${SEPARATOR}(?:(?<=\d{4})\.\s+)?`,
);
const OUTLET_AFTER_YEAR = /^,\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}):\s+(?=["“‘]?[A-Z])/;
// Interfax: "(Interfax – MOSCOW, October 21, 2013)".
const BRACKETED = new RegExp(
  String.raw`^\(([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) [–—-] ${PLACE}${COUNTRY},\s*${MONTH_DAY}\)\s*`,
);
// "WASHINGTON (UrduPoint News / Sputnik - 04th December, 2021)": credit and full date in one
// bracket, maybe after a comma ("ABU DHABI, (UrduPoint / WAM - 24th Feb, 2023)").
const CREDIT_AND_DATE = new RegExp(
  String.raw`^${PLACE}${COUNTRY},?\s*\(([^()\n]{2,60}?)\s+[–—-]\s+([^()\n]{6,40})\)${SEPARATOR}`,
);
// A place in capitals and a dash, no date and no credit: "MANILA, Philippines – Philippine
// Defense Secretary ...", "TOKYO -- Japan held ...", "ATHENS -French Defense Minister ...".
// Newspapers and their mirrors open the story so; its day is told in the text, if at all.
const PLACE_ONLY = new RegExp(
  String.raw`^(\p{Lu}[\p{Lu}'’]{2,}(?:[ -]\p{Lu}[\p{Lu}'’]+){0,2})${COUNTRY}\s+(?:–|—|-{1,3})\s*(?=["“‘]?\p{Lu}\p{Ll})`,
  "u",
);
/** Words a sentence after such a place runs to at least: "MOGADISHU – Anadolu Agency" is the
 * place and the wire, on a line of their own. */
const MIN_PLACE_ONLY_REST_WORDS = 4;
const AGENCY_ONLY = new RegExp(String.raw`^${PLACE}${COUNTRY}\s*${AGENCY}\s*[:\-–—]+\s*`);

// A reposting site's credit in brackets before the place: "(NSI News Source Info) NEW DELHI,
// India - November 20, 2010: ...". Read only when the dateline after it gives its year.
const CREDIT_FIRST = /^\(([A-Z][^()\d\n]{1,40})\)\s+(?=[A-Z])/;

// A sentence may open with a day before a date ("Today, 2 April I depart ...", "Monday, April
// 2 The minister ..."): that word is no dateline's place.
const NOT_PLACES = new Set(
  [...furnitureWords.notDatelinePlaces, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()),
);

// A site's clock line names the weekday short: "Fri. Jun 2nd, 2023".
const WEEKDAY_SHORT = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/i;
const notPlace = (place: string) =>
  NOT_PLACES.has(place.toLowerCase()) || WEEKDAY_SHORT.test(place);

export function parseDateline(paragraph: string): Dateline | null {
  const own = parseOwnDateline(paragraph);
  if (own) return notPlace(own.place) ? null : own;
  const credit = CREDIT_FIRST.exec(paragraph);
  if (credit?.[1] !== undefined) {
    const after = parseOwnDateline(paragraph.slice(credit[0].length));
    if (after === null || after.year === null || notPlace(after.place)) return null;
    return {
      ...after,
      agency: after.agency ?? agencyName(credit[1]),
      length: credit[0].length + after.length,
    };
  }
  return null;
}

// A release's place and full date alone in brackets on a line: "(Hanoi, July 31st, 2014)".
const PLACE_AND_DATE_LINE = new RegExp(String.raw`^\(${PLACE},\s+([^()\n]{8,30})\)$`);
// "Brussels, 19/06/2021": a numeric date, read only where the day cannot be the month.
// "Bern, 06.04.2016 -": numbers joined by full stops are the continental form, always day
// first (American releases write the month first with slashes, never with full stops).
const NUMERIC = new RegExp(
  String.raw`^${PLACE},\s+(\d{1,2})([/.])(\d{1,2})\3(\d{4})(?![\d/.])\s*(?:[:\-–—]\s*|$|(?=[A-Z]))`,
);
// "Phnom Penh (13 July, 2012): The ...": the place, its full date in brackets, then a colon or
// a dash before the story.
const PLACE_BRACKETED_DATE = new RegExp(
  String.raw`^${PLACE}\s*\(([^()\n]{8,30})\)\s*[:\-–—]+\s*(?=["“‘]?[A-Z])`,
);

// The date first, the place in capitals in brackets after it: "June 25, 2021 (KHARTOUM) -".
const DATE_THEN_PLACE = /^\(([A-Z][A-Z.'’ -]{1,30}[A-Z])\)\s*[-–—:]\s*(?=["“‘]?[A-Z])/;
// An agency's initials, then its month, day and year: "ENA February 11/2020 The summit ...".
const INITIALS_AND_DATE = new RegExp(
  String.raw`^([A-Z]{2,6})\s+(${MONTH})\s+(\d{1,2})\s*/\s*(\d{4})(?!\d)\s*(?:[:\-–—]\s*)?(?=["“‘]?[A-Z])`,
);

// "ADDIS ABABA (HAN) January 27, 2016 – Some 45 ...": the agency's credit between the place
// and the full date, a dash after it.
const PLACE_CREDIT = new RegExp(String.raw`^${PLACE}${COUNTRY}\s*\(([^()\n]{2,40})\)\s*`);
// "Jan 30 (KATAKAMI.COM / PRIME MINISTER'S OFFICE) — Following are ...": a release reposted
// with the month and day and the credit but no place.
const DAY_THEN_CREDIT = new RegExp(
  String.raw`^(${MONTH})\s+(\d{1,2})\s*\(([^()\n]{2,60})\)\s*[-–—]+\s*(?=["“‘]?[A-Z])`,
);
const DASH_THEN_TEXT = /^\s*[-–—]+\s*(?=["“‘]?[A-Z])/;
// A bracket there is a credit, not a region or a place in capitals ("(Andhra Pradesh)",
// "(KHARTOUM)"), when it names a known outlet, an agency's initials (after a place only), or
// a reposting site and its source joined by a slash.
const INITIALS = /^[A-Z]{2,6}$/;
const REPOST_CREDIT = /^[^/]{2,30}\/[^/]{2,40}$/;
const isCredit = (raw: string, initials: boolean) =>
  canonicalOutlet(raw) !== null ||
  (initials && INITIALS.test(raw.trim())) ||
  REPOST_CREDIT.test(raw.trim());

function parseOwnDateline(paragraph: string): Dateline | null {
  return (
    releaseBracket(paragraph) ??
    placeAndDateLine(paragraph) ??
    numericDateline(paragraph) ??
    placeBracketedDate(paragraph) ??
    dateThenPlace(paragraph) ??
    initialsAndDate(paragraph) ??
    placeCreditDate(paragraph) ??
    dayThenCredit(paragraph) ??
    dateThenColon(paragraph) ??
    namedDateline(paragraph)
  );
}

/** A full date opening `text` that ends with its year written out ("January 27, 2016"). */
function datedWithYearAt(text: string): ReturnType<typeof fullDateAt> {
  const when = fullDateAt(text);
  return when && /\d{4}$/.test(text.slice(0, when.length)) ? when : null;
}

function placeCreditDate(paragraph: string): Dateline | null {
  const m = PLACE_CREDIT.exec(paragraph);
  const agency = m?.[2] === undefined || !isCredit(m[2], true) ? null : agencyName(m[2]);
  if (!m?.[1] || agency === null) return null;
  const rest = paragraph.slice(m[0].length);
  const when = datedWithYearAt(rest);
  if (!when) return null;
  const dash = DASH_THEN_TEXT.exec(rest.slice(when.length));
  if (!dash) return null;
  return datedOn(m[1], when.iso, agency, m[0].length + when.length + dash[0].length);
}

// "03/20/2017: Minister X met ...": a blog's full date alone before a colon, as "Islamabad:
// August 17, 2021" writes it after a place; a release's before a dash ("18 April 2016 - The
// Prime Minister today met ..."), as a place-first dateline sets it. A numeric date is read
// only where the day cannot be the month.
const COLON_THEN_TEXT = /^(?::|\s+[-–—]{1,2})\s+(?=["“‘]?[A-Z])/;
const NUMERIC_START = /^(\d{1,2})[/.-](\d{1,2})[/.-]/;

function dateThenColon(paragraph: string): Dateline | null {
  const when = datedWithYearAt(paragraph);
  if (!when) return null;
  const numeric = NUMERIC_START.exec(paragraph);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) return null;
  const colon = COLON_THEN_TEXT.exec(paragraph.slice(when.length));
  return colon ? datedOn("", when.iso, null, when.length + colon[0].length) : null;
}

function dayThenCredit(paragraph: string): Dateline | null {
  const m = DAY_THEN_CREDIT.exec(paragraph);
  const month = monthNumber(m?.[1] ?? "");
  const day = Number(m?.[2]);
  const agency = m?.[3] === undefined || !isCredit(m[3], false) ? null : agencyName(m[3]);
  if (!m || month === null || agency === null) return null;
  // Any year will do to check the day exists; 2000 is a leap year, so 29 February passes.
  if (!isValidDay({ year: 2000, month, day })) return null;
  return { place: "", month, day, year: null, agency, length: m[0].length };
}

function dateThenPlace(paragraph: string): Dateline | null {
  const when = datedWithYearAt(paragraph);
  if (!when) return null;
  const rest = paragraph.slice(when.length);
  const place = rest.trimStart();
  const m = DATE_THEN_PLACE.exec(place);
  if (!m?.[1]) return null;
  // "(AP)" after the date is the agency's credit, not a place.
  const agency = canonicalOutlet(m[1]);
  const length = paragraph.length - place.length + m[0].length;
  return datedOn(agency === null ? m[1] : "", when.iso, agency, length);
}

function initialsAndDate(paragraph: string): Dateline | null {
  const m = INITIALS_AND_DATE.exec(paragraph);
  if (!m?.[1]) return null;
  const [month, day, year] = [monthNumber(m[2] ?? ""), Number(m[3]), Number(m[4])];
  if (month === null || !isValidDay({ year, month, day })) return null;
  return { place: "", month, day, year, agency: agencyName(m[1]), length: m[0].length };
}

function placeBracketedDate(paragraph: string): Dateline | null {
  const m = PLACE_BRACKETED_DATE.exec(paragraph);
  const inside = (m?.[2] ?? "").trim().replace(/(\d)(?:st|nd|rd|th)\b/, "$1");
  const when = datedWithYearAt(inside);
  // The whole bracket is the date: "(Andhra Pradesh)" or "(AFP)" is no date.
  if (!m?.[1] || !when || when.length !== inside.length) return null;
  return datedOn(m[1], when.iso, null, m[0].length);
}

// "(No. 394 - December 27, 2011 - 9:30 a.m. ET) The Honourable ...": a release's number, its
// full date and maybe its time in a bracket that opens the story.
const RELEASE_BRACKET = /^\(([^()\n]{8,60})\)\s*(?=["“‘]?[A-Z])/;
const RELEASE_NUMBER_LEAD = /^No\.?\s*\d{1,5}\s*[-–—]\s*/;
const TIME_TAIL = /\s[-–—]\s\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?$/;

function releaseBracket(paragraph: string): Dateline | null {
  const m = RELEASE_BRACKET.exec(paragraph);
  const inside = (m?.[1] ?? "").trim().replace(RELEASE_NUMBER_LEAD, "").replace(TIME_TAIL, "");
  const when = datedWithYearAt(inside);
  // The bracket holds the date and nothing else but the number and the time.
  if (!m || !when || when.length !== inside.length) return null;
  return datedOn("", when.iso, null, m[0].length);
}

function placeAndDateLine(paragraph: string): Dateline | null {
  const m = PLACE_AND_DATE_LINE.exec(paragraph.trim());
  const when =
    m?.[2] === undefined ? null : fullDateAt(m[2].replace(/(\d)(?:st|nd|rd|th)\b/, "$1"));
  if (!m?.[1] || !when) return null;
  return datedOn(m[1], when.iso, null, paragraph.length);
}

/** A dateline with its full date, from the date's ISO day. */
function datedOn(place: string, iso: string, agency: string | null, length: number): Dateline {
  const [year, month, day] = iso.split("-").map(Number);
  return {
    place: cleanPlace(place),
    month: month ?? null,
    day: day ?? null,
    year: year ?? null,
    agency,
    length,
  };
}

function numericDateline(paragraph: string): Dateline | null {
  const m = NUMERIC.exec(paragraph);
  if (!m?.[1]) return null;
  const [a, b, year] = [Number(m[2]), Number(m[4]), Number(m[5])];
  // Day first where the first number cannot be a month, month first where the second cannot;
  // with full stops, day first always.
  const [day, month] =
    m[3] === "." || (a > 12 && b <= 12) ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
  if (day === 0 || !isValidDay({ year, month, day })) return null;
  return { place: cleanPlace(m[1]), month, day, year, agency: null, length: m[0].length };
}

function namedDateline(paragraph: string): Dateline | null {
  const b = BRACKETED.exec(paragraph);
  const bracketAgency = b?.[1] === undefined ? null : agencyName(b[1]);
  if (b?.[2] !== undefined && bracketAgency !== null)
    return {
      place: cleanPlace(b[2]),
      month: monthNumber(b[3] ?? b[6] ?? ""),
      day: Number(b[4] ?? b[5]),
      year: b[7] === undefined ? null : Number(b[7]),
      agency: bracketAgency,
      length: b[0].length,
    };
  const dated = creditAndDate(paragraph);
  if (dated) return dated;
  const m = WITH_DATE.exec(paragraph);
  if (m?.[1] !== undefined) {
    const credit = m[7] ?? m[8] ?? m[9];
    const agency = credit === undefined ? null : agencyName(credit);
    const rest = paragraph.slice(m[0].length);
    // "Abu Dhabi, February 07, 2024, The Europe Today: Yesterday, ...": after the year, the
    // outlet's name and a colon before the story.
    const outlet = credit === undefined && m[6] !== undefined ? OUTLET_AFTER_YEAR.exec(rest) : null;
    const named = outlet?.[1] === undefined ? null : agencyName(outlet[1]);
    if (outlet && named !== null)
      return {
        place: cleanPlace(m[1]),
        month: monthNumber(m[2] ?? m[5] ?? ""),
        day: Number(m[3] ?? m[4]),
        year: Number(m[6]),
        agency: named,
        length: m[0].length + outlet[0].length,
      };
    const separated = agency !== null || /[:\-–—]\s*$/.test(m[0]);
    // Without an agency or a separator, only a capitalised sentence start marks the body.
    if (credit !== undefined && agency === null) return null;
    // A dateline on a line of its own ("NEW DELHI, SEPT 4") is followed by nothing at all.
    if (!separated && rest.trim() !== "" && !/^["“‘]?[A-Z]/.test(rest)) return null;
    return {
      place: cleanPlace(m[1]),
      month: monthNumber(m[2] ?? m[5] ?? ""),
      day: Number(m[3] ?? m[4]),
      year: m[6] === undefined ? null : Number(m[6]),
      agency,
      length: m[0].length,
    };
  }
  const placeOnly = placeOnlyDateline(paragraph);
  if (placeOnly) return placeOnly;
  const a = AGENCY_ONLY.exec(paragraph);
  const credit = a?.[2] ?? a?.[3];
  const agency = credit === undefined ? null : agencyName(credit);
  if (!a?.[1] || agency === null || canonicalOutlet(agency) === null) return null;
  return {
    place: cleanPlace(a[1]),
    month: null,
    day: null,
    year: null,
    agency,
    length: a[0].length,
  };
}

function placeOnlyDateline(paragraph: string): Dateline | null {
  const m = PLACE_ONLY.exec(paragraph);
  if (m?.[1] === undefined) return null;
  const rest = paragraph.slice(m[0].length).trim();
  const agency = canonicalOutlet(rest);
  if (agency !== null) return { ...datelessAt(m[1], paragraph.length), agency };
  return rest.split(/\s+/).length >= MIN_PLACE_ONLY_REST_WORDS
    ? datelessAt(m[1], m[0].length)
    : null;
}

function datelessAt(place: string, length: number): Dateline {
  return { place: cleanPlace(place), month: null, day: null, year: null, agency: null, length };
}

function creditAndDate(paragraph: string): Dateline | null {
  const m = CREDIT_AND_DATE.exec(paragraph);
  const when = m?.[3] === undefined ? null : fullDateAt(m[3].trim());
  if (!m?.[1] || !m[2] || !when || when.length !== m[3]?.trim().length) return null;
  // An outlet and the wire it carries ("UrduPoint News / Sputnik"): the first named is the source.
  const agency =
    m[2]
      .split("/")
      .map(agencyName)
      .find((name) => name !== null) ?? null;
  if (agency === null) return null;
  return datedOn(m[1], when.iso, agency, m[0].length);
}

function agencyName(raw: string): string | null {
  const known = canonicalOutlet(raw);
  if (known) return known;
  // An outlet and the wire it carries: "(BSS/AFP)", "(APP/Reuters)": the first is the source.
  if (raw.includes("/"))
    return (
      raw
        .split("/")
        .map((part) => (part.includes("/") ? null : agencyName(part)))
        .find((name) => name !== null) ?? null
    );
  // An unknown short capitalised name in the dateline brackets is still an agency credit,
  // with or without its initials ("African Press Organization (APO)").
  const name = raw.trim();
  const words = name.replace(/(?<!\s)\s*\([A-Z]{2,6}\)$/, "");
  return /^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$/.test(words) ? name : null;
}

export function cleanPlace(place: string): string {
  const bare = place
    .replace(/(?<![\s[])\s*\[[^\]]*\]$/, "")
    .replace(/(?<!\s)\s*\([^()]*\)$/, "")
    .replace(/(?<!\s)\s*\/[^/]*\/$/, "")
    .trim();
  // Agencies print the place in capitals ("MOSCOW"); readers expect "Moscow".
  if (bare === bare.toUpperCase() && /\p{Lu}{3}/u.test(bare))
    return bare
      .toLowerCase()
      .replace(/(^|[\s/-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return bare;
}
