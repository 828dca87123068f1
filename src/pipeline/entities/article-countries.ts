// What an article says about countries as a whole: its outlet's and dateline's country, and
// the countries it names, most named first.

import outletCountries from "../reference/outlet-countries.json";
import { countryFromWord, countryWordsIn, placeCountry } from "./reference";

export function outletCountry(source: string | null): string | null {
  if (!source) return null;
  return (outletCountries as Record<string, string>)[source] ?? null;
}

export function datelineCountry(dateline: string | null): string | null {
  const place = dateline?.split(/[/,[]/)[0]?.trim();
  if (!place) return null;
  return placeCountry.get(place) ?? countryFromWord(place);
}

export function countriesByFrequency(paragraphs: string[]): string[] {
  const counts = new Map<string, number>();
  // "India-Indonesia" names both countries.
  for (const { country } of countryWordsIn(paragraphs.join("\n").replace(/-/g, " ")))
    counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([c]) => c);
}
