// One entity per person across all articles: hits are grouped by surname and compatible
// given names (initials, transliterations), single-word hits join the one person they can
// only mean, and country/role are voted from what the texts say.

import type { Entity } from "../../shared/schema";
import { isPatronymic } from "./names";
import { slugify } from "../../shared/slug";
import { fullerRole } from "./fuller-role";
import { clusterHits, type Cluster } from "./person-clusters";
import {
  count,
  counterpartRole,
  mostCommon,
  votedCountry,
  type PersonContext,
} from "./person-votes";
import type { PersonHit } from "./types";

export type { PersonContext };
export { namesCompatible, surnameKey } from "./person-clusters";

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

function describe(c: Cluster, ctx: PersonContext): Entity {
  const surfaces = [...new Set(c.hits.map((h) => h.surface.replace(/(?<=\s)#/g, "")))];
  const name = c.ref?.name ?? canonicalName(c.hits);
  const aliases = [...surfaces, ...withoutPatronymic(name)].filter((s) => s !== name).sort();
  return {
    id: c.ref?.id ?? `person-${slugify(name)}`,
    kind: "person",
    name,
    aliases,
    country: c.ref?.country ?? votedCountry(c.hits, ctx),
    role:
      fullerRole(c.hits.map((h) => h.role)) ??
      counterpartRole(c.hits) ??
      c.ref?.role ??
      mostCommon(c.hits.map((h) => h.rank)),
  };
}

// The fullest written form: most words, full given names over initials, then most frequent,
// then the first written ("Yevmenov" over a later "Evmenov"; sort is stable). A patronymic
// adds nothing: "Bogdan Petrescu" and a later "Bogdan Ionovich Petrescu" are named as written
// first, the way English copy names Russian officials.
function canonicalName(hits: PersonHit[]): string {
  const forms = hits.map((h) => h.tokens.join(" "));
  const score = (f: string) => {
    const tokens = f.split(" ").filter((t) => !isPatronymic(t));
    return tokens.length * 10 + tokens.filter((t) => t.length > 1).length;
  };
  return (
    [...new Set(inTextOrder(hits).map((h) => h.tokens.join(" ")))].sort(
      (a, b) => score(b) - score(a) || count(forms, b) - count(forms, a),
    )[0] ?? ""
  );
}

function inTextOrder(hits: PersonHit[]): PersonHit[] {
  const key = (h: PersonHit) => [h.articleId, h.paragraph, h.start] as const;
  return [...hits].sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2];
  });
}

// "Igor Nikolayevich Dylevsky" is also written "Igor Dylevsky".
function withoutPatronymic(name: string): string[] {
  const t = name.split(" ");
  return t.length === 3 && isPatronymic(t[1] ?? "") ? [`${t[0]} ${t[2]}`] : [];
}
