// One entity per person across all articles: hits are grouped by surname and compatible
// given names (initials, transliterations), single-word hits join the one person they can
// only mean, and country/role are voted from what the texts say.

import type { Entity } from "../../shared/schema";
import { isPatronymic } from "./names";
import { nameTokenKey, slugify } from "./normalise";
import {
  count,
  counterpartRole,
  mostCommon,
  votedCountry,
  type PersonContext,
} from "./person-votes";
import { officials, type OfficialRef } from "./reference";
import type { PersonHit } from "./types";

export type { PersonContext };

type Cluster = { key: string; ref: OfficialRef | null; hits: PersonHit[] };

export function registerPeople(
  hits: PersonHit[],
  ctx: PersonContext,
): { entities: Entity[]; entityOf: Map<PersonHit, string> } {
  const clusters = clusterHits(hits);
  const entityOf = new Map<PersonHit, string>();
  const used = new Set<string>();
  const built = clusters.map((c) => {
    const entity = describe(c, ctx);
    let id = entity.id;
    for (let n = 2; used.has(id); n++) id = `${entity.id}-${n}`;
    used.add(id);
    for (const h of c.hits) entityOf.set(h, id);
    return { ...entity, id };
  });
  return { entities: built, entityOf };
}

function clusterHits(hits: PersonHit[]): Cluster[] {
  const clusters: Cluster[] = [];
  const full = hits.filter((h) => h.tokens.length > 1 || h.refId !== null);
  const single = hits.filter((h) => h.tokens.length === 1 && h.refId === null);
  for (const hit of full) {
    const ref = hit.refId
      ? (officials.find((o) => o.id === hit.refId) ?? null)
      : officialFor(hit.tokens);
    const target = clusters.find((c) =>
      ref ? c.ref === ref : c.ref === null && sameName(c, hit) && countriesAgree(c, hit),
    );
    if (target) target.hits.push(hit);
    else clusters.push({ key: surnameKey(hit.tokens), ref, hits: [hit] });
  }
  for (const hit of single) {
    const key = surnameKey(hit.tokens);
    const candidates = clusters.filter((c) => c.key === key);
    const local = candidates.filter((c) => c.hits.some((h) => h.articleId === hit.articleId));
    const target = local.length === 1 ? local[0] : candidates.length === 1 ? candidates[0] : null;
    if (target) target.hits.push(hit);
    else clusters.push({ key, ref: null, hits: [hit] });
  }
  return clusters;
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

function describe(c: Cluster, ctx: PersonContext): Entity {
  const surfaces = [...new Set(c.hits.map((h) => h.surface))];
  const name = c.ref?.name ?? canonicalName(c.hits);
  const aliases = [...surfaces, ...withoutPatronymic(name)].filter((s) => s !== name).sort();
  return {
    id: c.ref?.id ?? `person-${slugify(name)}`,
    kind: "person",
    name,
    aliases,
    country: c.ref?.country ?? votedCountry(c.hits, ctx),
    role:
      mostCommon(c.hits.map((h) => h.role)) ??
      counterpartRole(c.hits) ??
      c.ref?.role ??
      mostCommon(c.hits.map((h) => h.rank)),
  };
}

// The fullest written form: most words, full given names over initials, then most frequent.
function canonicalName(hits: PersonHit[]): string {
  const forms = hits.map((h) => h.tokens.join(" "));
  const score = (f: string) => {
    const tokens = f.split(" ");
    return tokens.length * 10 + tokens.filter((t) => t.length > 1).length;
  };
  return (
    [...new Set(forms)].sort(
      (a, b) =>
        score(b) - score(a) || count(forms, b) - count(forms, a) || (a < b ? -1 : a > b ? 1 : 0),
    )[0] ?? ""
  );
}

// "Igor Nikolayevich Dylevsky" is also written "Igor Dylevsky".
function withoutPatronymic(name: string): string[] {
  const t = name.split(" ");
  return t.length === 3 && isPatronymic(t[1] ?? "") ? [`${t[0]} ${t[2]}`] : [];
}
