// A country said once for a list of officials: "Norway's A and B", "Japanese Foreign Minister
// A and Defence Minister B", "their Canadian counterparts, A and B".

import { countryFromWord } from "./reference";
import type { PersonHit } from "./types";
import { GROUP_BEFORE } from "../rules/entity-cues";

// "their Canadian counterparts, Foreign Minister A and Defence Minister B": the adjective
// before the plural "counterparts" covers every titled person in the list that follows.
export function shareListCountry(hits: PersonHit[], text: string): void {
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1];
    const hit = hits[i];
    if (!prev || !hit || hit.country || !prev.country || !prev.counterpart) continue;
    const gap = text.slice(prev.end, hit.start);
    const listed = /^(?:,\s*|,?\s+and\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}$/u.test(gap);
    if (listed && /\bcounterparts\b/.test(text.slice(Math.max(0, prev.start - 120), prev.start)))
      hit.country = prev.country;
  }
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1];
    const hit = hits[i];
    if (!prev || !hit || hit.country || !prev.country) continue;
    if (possessiveList(text, prev, hit) === prev.country) hit.country = prev.country;
  }
  shareGroupCountry(hits, text);
}

// "Kenyan officials, including President A", "seven top Russian ministers, notably Defence
// Minister A, Finance Minister B, and ...": the country of the group the list opens with
// covers each person listed after it (rules/en/entity-cues.json, groupNouns). The list
// goes on over commas and "and" to the next titled name; a person with a country of their
// own other than the group's ends it.
function shareGroupCountry(hits: PersonHit[], text: string): void {
  let group: string | null = null;
  let prevEnd = 0;
  for (const hit of hits) {
    const listed = group !== null && TITLED_ITEM.test(text.slice(prevEnd, hit.start));
    if (!listed) {
      const opener = GROUP_BEFORE.exec(text.slice(Math.max(0, hit.start - 200), hit.start));
      group = opener?.[1] ? countryFromWord(opener[1]) : null;
    }
    prevEnd = hit.end;
    if (group === null) continue;
    if (hit.country && hit.country !== group) group = null;
    else hit.country = group;
  }
}

// "Norway's Chief of Defence General A and Deputy Minister of Defence B": the possessive
// covers the next official in the list when that one, too, starts with a title.
const POSSESSIVE_TITLE =
  /\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,10}$/u;
const TITLED_ITEM = /^(?:,\s*|,?\s+and\s+)(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,10}$/u;

function possessiveList(text: string, prev: PersonHit, hit: PersonHit): string | null {
  if (hit.role === null && hit.rank === null) return null;
  const gap = text.slice(prev.end, hit.start);
  if (!TITLED_ITEM.test(gap)) return null;
  const before = text.slice(Math.max(0, prev.start - 120), prev.start);
  const owner = POSSESSIVE_TITLE.exec(before);
  const words = owner?.[1]?.split(/\s+/) ?? [];
  const possessive =
    countryFromWord(words.join(" ")) ?? countryFromWord(words[words.length - 1] ?? "");
  if (possessive) return possessive;
  // "Japanese Foreign Minister A and Defence Minister B": an adjective opening a pair joined
  // by "and" covers both (a comma-separated list may already be someone else's), unless
  // both hold the same office, which one country does not have twice.
  const adjective = ADJECTIVE_TITLE.exec(before);
  if (!adjective?.[1] || !/^\s+and\s/.test(gap) || hit.role === prev.role) return null;
  return countryFromWord(adjective[1]);
}

const ADJECTIVE_TITLE =
  /(?:^|[^\p{L}\s]\s*|\s(?:with|and|by|to|from|met|of)\s+)(\p{Lu}\p{Ll}+)\s+(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){1,8}$/u;
