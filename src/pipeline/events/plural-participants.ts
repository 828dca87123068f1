// Words that name several participants at once: "the two leaders", "the ministers", "the
// Russian and Indian ministers", "the foreign ministers of Japan and Australia". These decide
// which of the story's people they are, one of each country in turn.

import type { Entity } from "../../shared/schema";
import { countryWordsIn } from "../entities/reference";
import { eventPhrases } from "../rules/event-phrases";
import {
  FOREIGN_OFFICE,
  LEADER_ROLE,
  officeKey,
  personIn,
  type StoryPeople,
  unique,
} from "./story-people";

const COUNTRIES_PLURAL = eventPhrases.countriesPlural;
const PLURAL_OF_COUNTRIES = eventPhrases.pluralOfCountries;

export function countriesOffice(text: string, ctx: StoryPeople): { id: string; at: number }[] {
  const before = COUNTRIES_PLURAL.exec(text);
  const after = before ? null : PLURAL_OF_COUNTRIES.exec(text);
  const found = before ?? after;
  if (!found) return [];
  const [countriesText, office] = before ? [before[1], before[2]] : [after?.[2], after?.[1]];
  const countries = unique(countryWordsIn(countriesText ?? "").map((c) => c.country));
  if (countries.length < 2) return [];
  // "The ministers" are not the heads of government ("Prime Minister") the story names.
  const role = (id: string) => personIn(ctx, id)?.role ?? "";
  const minister = (id: string) => /minister/i.test(role(id)) && !LEADER_ROLE.test(role(id));
  const generic = /^ministers$/i.test(office ?? "");
  const fits = generic ? minister : kindFilter(office ?? "", ctx.people);
  // "the Russian and Indian foreign ministers" with India's told as External Affairs
  // Minister: of a country no holder of the very office fits, its ministers do.
  const broad = /ministers$/i.test(office ?? "") ? minister : fits;
  const picked = countries.map((country) => {
    const of = ctx.people.filter((p) => p.country === country);
    const exact = of.filter((p) => fits(p.id));
    return exact.length > 0 ? exact : of.filter((p) => broad(p.id));
  });
  // Each country must have its people in the story, or the phrase is read as no one's.
  if (picked.some((ps) => ps.length === 0)) return [];
  // One of each country first, so that a title reads "A–B" across the two sides.
  const rounds = Math.max(...picked.map((ps) => ps.length));
  const order = Array.from({ length: rounds }, (_, i) => picked.flatMap((ps) => ps[i] ?? []));
  return order.flat().map((p) => ({ id: p.id, at: found.index }));
}

export function leadersNext(ctx: StoryPeople): string[] {
  const role = (id: string) => personIn(ctx, id)?.role ?? "";
  const leaders = unique((ctx.next ?? []).filter((id) => LEADER_ROLE.test(role(id))));
  return leaders.length === 2 ? leaders : [];
}

export function kindFilter(words: string, people: Entity[]): (id: string) => boolean {
  const role = (id: string) => people.find((p) => p.id === id)?.role ?? "";
  if (/(?<!(?:foreign|defen[cs]e) )leaders|heads of state/i.test(words))
    return (id) => LEADER_ROLE.test(role(id));
  // "the two presidents", "the two foreign ministers": holders of that office.
  const office = /\b(president|(?:foreign|defen[cs]e|prime) minister)s\b/i.exec(words)?.[1];
  if (office) {
    const said = officeKey(office);
    return (id) => officeKey(role(id)).includes(said);
  }
  if (/top diplomats/i.test(words)) return (id) => FOREIGN_OFFICE.test(role(id));
  if (/ministers/i.test(words)) return (id) => /minister/i.test(role(id));
  return () => true;
}

export function recentPeople(
  history: string[][],
  n: number,
  fits: (id: string) => boolean = () => true,
): string[] {
  const fitting = recentOf(history, n, fits);
  return fitting.length === n ? fitting : recentOf(history, n, () => true);
}

function recentOf(history: string[][], n: number, fits: (id: string) => boolean): string[] {
  const out: string[] = [];
  for (const ids of [...history].reverse())
    for (const id of ids) {
      if (!fits(id)) continue;
      if (!out.includes(id)) out.push(id);
      if (out.length >= n) return out;
    }
  return out;
}
