// Hits grouped into one cluster per person: full names by surname and compatible given
// names, then single words by the one person they can only mean (same article first).

import { nameTokenKey } from "./normalise";
import { officials, type OfficialRef } from "./reference";
import type { PersonHit } from "./types";

export type Cluster = { key: string; ref: OfficialRef | null; hits: PersonHit[] };

export function clusterHits(hits: PersonHit[]): Cluster[] {
  const clusters: Cluster[] = [];
  const full = hits.filter((h) => h.tokens.length > 1 || h.refId !== null);
  const single = hits.filter((h) => h.tokens.length === 1 && h.refId === null);
  for (const hit of full) {
    const ref = hit.refId
      ? (officials.find((o) => o.id === hit.refId) ?? null)
      : officialFor(hit.tokens);
    const target = clusters.find((c) =>
      ref
        ? c.ref === ref
        : c.ref === null && (sameName(c, hit) || swappedName(c, hit)) && countriesAgree(c, hit),
    );
    if (target) target.hits.push(hit);
    else clusters.push({ key: surnameKey(hit.tokens), ref, hits: [hit] });
  }
  for (const hit of single) {
    const key = surnameKey(hit.tokens);
    const inArticle = (c: Cluster) => c.hits.some((h) => h.articleId === hit.articleId);
    const local = clusters.filter((c) => c.key === key && inArticle(c));
    // Across articles a bare surname joins only a well-known official or someone in the
    // same office: another article's "Minister Kumar" is not this article's.
    const remote = clusters.filter(
      (c) => c.key === key && (c.ref || sameRole(c, hit) || sameMononym(c, hit)),
    );
    // "General Somchai's chairmanship": the given name of someone named in full here.
    const byGiven = clusters.filter((c) => inArticle(c) && c.hits.some((h) => givenKey(h) === key));
    const target =
      local.length === 1
        ? local[0]
        : local.length === 0 && remote.length === 1
          ? remote[0]
          : local.length === 0 && byGiven.length === 1
            ? byGiven[0]
            : null;
    if (target) target.hits.push(hit);
    else clusters.push({ key, ref: null, hits: [hit] });
  }
  return clusters;
}

function givenKey(hit: PersonHit): string | null {
  return hit.tokens.length > 1 && (hit.tokens[0]?.length ?? 0) > 1
    ? nameTokenKey(hit.tokens[0] ?? "")
    : null;
}

// A one-word name that is never written longer (a mononym) with the same country.
function sameMononym(c: Cluster, hit: PersonHit): boolean {
  return (
    hit.country !== null &&
    c.hits.every((h) => h.tokens.length === 1) &&
    c.hits.some((h) => h.country === hit.country)
  );
}

function sameRole(c: Cluster, hit: PersonHit): boolean {
  return hit.role !== null && c.hits.some((h) => h.role === hit.role);
}

export function surnameKey(tokens: string[]): string {
  return nameTokenKey(tokens[tokens.length - 1] ?? "");
}

function officialFor(tokens: string[]): OfficialRef | null {
  const matches = officials.filter((o) =>
    [o.name, ...o.aliases].some((alias) => namesCompatible(alias.split(/\s+/), tokens)),
  );
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

function sameName(c: Cluster, hit: PersonHit): boolean {
  return (
    c.key === surnameKey(hit.tokens) && c.hits.some((h) => namesCompatible(h.tokens, hit.tokens))
  );
}

// "Toshiro Kaneda" then "Kaneda Toshiro" in one article: surname-first order, one person.
function swappedName(c: Cluster, hit: PersonHit): boolean {
  if (hit.tokens.length !== 2) return false;
  const [a, b] = hit.tokens.map(nameTokenKey);
  return c.hits.some((h) => {
    if (h.articleId !== hit.articleId || h.tokens.length !== 2) return false;
    const [x, y] = h.tokens.map(nameTokenKey);
    return a === y && b === x && a !== b;
  });
}

/** Same surname and given names that agree: equal, initial of each other, or one missing. */
export function namesCompatible(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (surnameKey(a) !== surnameKey(b)) return false;
  const ga = a[0] ?? "";
  const gb = b[0] ?? "";
  if (ga.length === 1 || gb.length === 1) return ga[0] === gb[0];
  return nameTokenKey(ga) === nameTokenKey(gb);
}

function countriesAgree(c: Cluster, hit: PersonHit): boolean {
  if (hit.country === null) return true;
  return c.hits.every((h) => h.country === null || h.country === hit.country);
}
