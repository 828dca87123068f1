// Readable ids from names and titles, the same in the build and the app (the app derives each
// event id the index leaves out from its date and title, see event-id.ts).

/**
 * Lower-case ASCII slug for readable ids: "St. Petersburg" -> "st-petersburg". Runs of
 * anything but a-z and 0-9 become one "-", none at either end; "&" reads "and"; apostrophes
 * join ("Putin's" -> "putins").
 */
export function slugify(text: string): string {
  // One pass, not a chain of replacements: the app makes the slug of every event title when it
  // loads (a third of checking the index's references at 50,000 events).
  const lower = stripDiacritics(text).toLowerCase();
  let slug = "";
  let gap = false;
  let from = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (from >= 0) continue;
      if (gap && slug !== "") slug += "-";
      gap = false;
      from = i;
      continue;
    }
    if (from >= 0) slug += lower.slice(from, i);
    from = -1;
    if (c === APOSTROPHE || c === RIGHT_QUOTE) continue;
    if (c === AMPERSAND) slug += slug === "" ? "and" : "-and";
    gap = true;
  }
  return from >= 0 ? slug + lower.slice(from) : slug;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;

// Letters that NFKD does not decompose into a base letter and a mark.
const OWN_LETTERS: Record<string, string> = {
  ə: "e",
  Ə: "E",
  ı: "i",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "ss",
};

// Most text is plain printable ASCII: nothing to strip, and NFKD over every event title is a tenth of a
// second of the app's first load at 10,000 articles.
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

export function stripDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .replace(/[əƏıłŁøØđĐß]/g, (ch) => OWN_LETTERS[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}
