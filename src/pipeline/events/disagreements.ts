// Where the articles merged into one event tell it differently. Decided here, once, from every
// member statement with its article: the app only shows what this finds.
//
// A claim that another one refines is not a disagreement: "June 2025" beside "12 June 2025",
// "India" beside "New Delhi", "the Kremlin, Moscow" beside "Moscow", or an article naming fewer
// of the same people. Two different days, two places apart, or people one article names and
// another leaves out while naming others are; and only between articles, not within one.

import { spanOf } from "../../shared/dates";
import type { Disagreement } from "../../shared/schema";
import { countryFromWord, placeCountry } from "../entities/reference";
import { stripDiacritics } from "../../shared/slug";
import type { CandidateEvent } from "./types";

type Claim<T> = { key: string; value: T; articleId: string };

export function disagreementsOf(members: CandidateEvent[]): Disagreement[] {
  // Most events are told by one article, which cannot disagree with itself: every build
  // assembles all events again, so they are not taken through the claims below.
  const first = members[0]?.articleId;
  if (members.every((m) => m.articleId === first)) return [];
  const found: Disagreement[] = [];
  const dates = differing(dateClaims(members), dateRefines);
  if (dates) found.push({ field: "date", claims: dates });
  const places = differing(locationClaims(members), placeRefines);
  if (places) found.push({ field: "location", claims: places });
  const people = differing(participantClaims(members), peopleRefine);
  if (people) found.push({ field: "participants", claims: people });
  return found;
}

function dateClaims(members: CandidateEvent[]): Claim<string>[] {
  return members.flatMap((m) => {
    const d = m.date;
    if (!d?.start) return [];
    const value = d.end && d.end !== d.start ? `${d.start}/${d.end}` : d.start;
    return [{ key: value, value, articleId: m.articleId }];
  });
}

function locationClaims(members: CandidateEvent[]): Claim<string>[] {
  return members.flatMap((m) =>
    m.location ? [{ key: placeKey(m.location), value: m.location, articleId: m.articleId }] : [],
  );
}

// One claim per article: everyone that article names as taking part in the event.
function participantClaims(members: CandidateEvent[]): Claim<string[]>[] {
  const byArticle = new Map<string, Set<string>>();
  for (const m of members) {
    const people = byArticle.get(m.articleId) ?? new Set<string>();
    for (const p of m.participants) people.add(p);
    byArticle.set(m.articleId, people);
  }
  return [...byArticle].flatMap(([articleId, people]) => {
    if (people.size === 0) return [];
    const value = [...people].sort(byCodeUnits);
    return [{ key: value.join("\n"), value, articleId }];
  });
}

type Version<T> = { key: string; value: T; articleIds: string[] };

/**
 * The versions left once refined claims are set aside, each with its articles, when the
 * articles still tell it differently (their sets of versions differ); null when they agree.
 */
function differing<T>(
  claims: Claim<T>[],
  refines: (finer: Version<T>, coarser: Version<T>) => boolean,
): { value: T; articleIds: string[] }[] | null {
  const byKey = new Map<string, Version<T>>();
  for (const c of claims) {
    const v = byKey.get(c.key) ?? { key: c.key, value: c.value, articleIds: [] };
    if (!v.articleIds.includes(c.articleId)) v.articleIds.push(c.articleId);
    byKey.set(c.key, v);
  }
  const versions = [...byKey.values()];
  const kept = versions.filter((v) => !versions.some((o) => o !== v && refines(o, v)));
  if (kept.length < 2) return null;
  const told = new Map<string, string[]>();
  for (const v of kept)
    for (const id of v.articleIds) told.set(id, [...(told.get(id) ?? []), v.key]);
  // One article giving two versions (a visit's days, then its first day) is its own detail.
  if (new Set([...told.values()].map((keys) => keys.sort(byCodeUnits).join("\n"))).size < 2)
    return null;
  return kept
    .map((v) => ({ value: v.value, articleIds: [...v.articleIds].sort(byCodeUnits) }))
    .sort(
      (a, b) =>
        b.articleIds.length - a.articleIds.length ||
        byCodeUnits(a.articleIds[0] ?? "", b.articleIds[0] ?? "") ||
        byCodeUnits(String(a.value), String(b.value)),
    );
}

// A month or a year refined by a day (or days) inside it; two day-precise claims never refine
// each other, so "8 July" and "8-9 July" stay two versions.
function dateRefines(finer: Version<string>, coarser: Version<string>): boolean {
  if (coarser.key.length === 10 || coarser.key.includes("/")) return false;
  const outer = spanOf(coarser.key);
  const [start, end] = finer.key.split("/");
  const from = start ? spanOf(start) : null;
  const to = end ? spanOf(end) : from;
  return Boolean(outer && from && to && from.from >= outer.from && to.to <= outer.to);
}

// "Moscow" is refined by "the Kremlin, Moscow"; a country by a place the reference data puts in it.
function placeRefines(finer: Version<string>, coarser: Version<string>): boolean {
  const parts = finer.value.split(",").map((p) => p.trim());
  if (parts.length > 1 && parts.slice(1).some((p) => placeKey(p) === coarser.key)) return true;
  const country = countryFromWord(coarser.value);
  if (!country) return false;
  return parts.some((p) => placeCountry.get(p) === country);
}

// Fewer of the same people refine nothing: they are the same version told with less.
function peopleRefine(finer: Version<string[]>, coarser: Version<string[]>): boolean {
  return (
    finer.value.length > coarser.value.length && coarser.value.every((p) => finer.value.includes(p))
  );
}

function placeKey(place: string): string {
  return stripDiacritics(place).toLowerCase().replace(/\s+/g, " ").trim();
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
