// Readable ids from names and titles, the same in the build and the app (the app derives each
// event id the index leaves out from its date and title, see event-id.ts).

/** Lower-case ASCII slug for readable ids: "St. Petersburg" -> "st-petersburg". */
export function slugify(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "");
}

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
