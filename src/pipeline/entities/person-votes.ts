// A person's country and role, voted from everything the articles say about them.

import { familyCountry } from "./family-country";
import { headOfStateRoles, officialById } from "./reference";
import type { PersonHit } from "./types";

export type PersonContext = {
  /** Country of each article's dateline place, the fallback for unqualified officials. */
  datelineCountry: Map<string, string | null>;
  /** Home country of the article's agency or outlet: wires leave their own officials unqualified. */
  outletCountry: Map<string, string | null>;
  /** Countries an article mentions, most mentioned first. */
  articleCountries: Map<string, string[]>;
};

// Each hit votes with its best evidence: its own words, then a counterpart relation, then
// the place the sentence puts it in, the dateline, and the nearest country in the sentence.
export function votedCountry(hits: PersonHit[], ctx: PersonContext): string | null {
  if (hits.some((h) => h.international) && hits.every((h) => h.country === null)) return null;
  // Whoever travels to a country, is posted to it or meets its official as a counterpart is
  // not from it, wherever else the person is named: "Secretary X visited Japan" outweighs a
  // caption's "Japanese Defense Minister A and Defense Secretary X", and a minister visiting
  // Qatar, then Iran, is from neither.
  const not = new Set(hits.flatMap((h) => (h.notCountry ? [h.notCountry] : [])));
  const votes = new Map<string, number>();
  for (const h of hits) {
    const [country, weight] = evidence(h, ctx);
    if (country && !not.has(country)) votes.set(country, (votes.get(country) ?? 0) + weight);
  }
  const voted = [...votes.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )[0]?.[0];
  // "Sheikh Mohammed bin Rashid Al Maktoum", named with no office or country anywhere: the
  // reigning family his name ends with is his country's.
  return voted ?? firstFamilyCountry(hits, not);
}

function firstFamilyCountry(hits: PersonHit[], not: Set<string>): string | null {
  for (const h of hits) {
    const country = familyCountry(h.tokens);
    if (country !== null && !not.has(country)) return country;
  }
  return null;
}

// Weaker cues are left out on purpose: the meeting place, the dateline and the country
// named nearby are as often the host's as the guest's, so they guess wrong too often.
function evidence(h: PersonHit, ctx: PersonContext): [string | null, number] {
  if (h.country) return [h.country, 8];
  if (h.counterpartOf) return [otherSide(h, ctx), 4];
  if (h.international || !(h.role || h.rank)) return [null, 0];
  const main = ctx.articleCountries.get(h.articleId)?.slice(0, 2) ?? [];
  // "Foreign Minister X met his Turkish counterpart" in a story about Germany and Turkey, or
  // "Ambassador to Russia X" in one about India and Russia: of the story's two countries,
  // the one the person is not from leaves the other.
  const other = main.length === 2 && h.notCountry ? main.find((c) => c !== h.notCountry) : null;
  if (other && main.includes(h.notCountry ?? "")) return [other, 3];
  // "visited Canberra and held talks with Chief of Navy X": the visitor meets the host.
  if (h.localCountry) return [h.localCountry, 2];
  // A head of state or government named with a bare title in a story filed from a capital
  // of one of the story's two main countries is that country's ("President X" in a Manila
  // story), even from a foreign wire: the wire's own leaders are well known and listed.
  // Ministers and officers are left out, as visitors are often named that way too.
  const dateline = ctx.datelineCountry.get(h.articleId);
  if (dateline && main.includes(dateline) && headOfStateRoles.has(h.role ?? ""))
    return [dateline, 1];
  // National wires leave their own officials unqualified ("Chief of the Naval Staff") in
  // stories about their own country (one of the two countries the story names most).
  const outlet = ctx.outletCountry.get(h.articleId);
  if (outlet && outlet !== h.notCountry && main.includes(outlet)) return [outlet, 1.2];
  return [null, 0];
}

// "his counterpart" with no adjective: the other country of a two-sided story.
function otherSide(hit: PersonHit, ctx: PersonContext): string | null {
  const subject = hit.counterpartOf;
  const subjectCountry =
    subject?.country ?? officialCountry(subject) ?? ctx.datelineCountry.get(hit.articleId) ?? null;
  const others = (ctx.articleCountries.get(hit.articleId) ?? []).filter(
    (c) => c !== subjectCountry,
  );
  return others[0] ?? null;
}

function officialCountry(hit: PersonHit | null | undefined): string | null {
  if (!hit?.refId) return null;
  return officialById.get(hit.refId)?.country ?? null;
}

export function counterpartRole(hits: PersonHit[]): string | null {
  return mostCommon(hits.map((h) => h.counterpartOf?.role ?? officialRole(h.counterpartOf)));
}

function officialRole(hit: PersonHit | null | undefined): string | null {
  if (!hit?.refId) return null;
  return officialById.get(hit.refId)?.role ?? null;
}

/** The value given most often; of equals, the one given first. */
export function mostCommon(values: (string | null | undefined)[]): string | null {
  // Counted once each: a leader named in thousands of articles has thousands of values.
  const counts = new Map<string, number>();
  for (const v of values) if (typeof v === "string") counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [v, n] of counts)
    if (n > most) {
      best = v;
      most = n;
    }
  return best;
}

export function count(values: string[], v: string): number {
  return values.filter((x) => x === v).length;
}
