// The country a reigning family's name gives a person ("Sheikh Mohammed bin Rashid Al
// Maktoum": the United Arab Emirates), from reference/ruling-families.json: the weakest cue to
// a person's country, taken only when nothing the articles say gives one.

import families from "../reference/ruling-families.json";
import { nameTokenKey } from "./normalise";

const countryOfFamily = new Map(families.families.map((f) => [nameTokenKey(f.family), f.country]));

// "Al-Thani", "al-Sabah": the article joined to the family name by a hyphen.
const JOINED_ARTICLE = /^(?:al|Al|AL)[-‐‑]/;
const ARTICLE = /^(?:al|Al|AL)$/;

/** The country of the reigning family a name ends with, written after its article. */
export function familyCountry(tokens: readonly string[]): string | null {
  const last = tokens.at(-1);
  if (last === undefined || tokens.length < 2) return null;
  const withArticle = JOINED_ARTICLE.test(last) || ARTICLE.test(tokens.at(-2) ?? "");
  return withArticle ? (countryOfFamily.get(nameTokenKey(last)) ?? null) : null;
}
