// An entity's aliases are the forms any article writes it in. Kept as counts (how many times
// the articles' mentions give each entity each form), a rebuild that changes a few articles
// takes their old forms out and puts their new ones in, and never reads the forms of the
// thousands that did not change (parsing those was most of reading the entity state). Pure.

import type { Entity } from "../../shared/schema";

/** One article's mentions as the forms they give: entity id and the text as written. */
export type ArticleSurfaces = [entityId: string, surface: string][];

/** Per entity id, per form, how many times the counted articles give it. */
export type SurfaceCounts = Map<string, Map<string, number>>;

/** The counts as a state file keeps them. */
export type StoredSurfaceCounts = [entityId: string, surface: string, count: number][];

/** The forms of these articles counted in (`sign` 1) or out (-1); false if a count fell below 1. */
export function countSurfaces(
  counts: SurfaceCounts,
  perArticle: Iterable<ArticleSurfaces>,
  sign: 1 | -1 = 1,
): boolean {
  for (const list of perArticle)
    for (const [id, surface] of list) {
      let forms = counts.get(id);
      if (forms === undefined) counts.set(id, (forms = new Map()));
      const n = (forms.get(surface) ?? 0) + sign;
      if (n < 0) return false;
      if (n === 0) forms.delete(surface);
      else forms.set(surface, n);
    }
  return true;
}

export function surfaceCountsOf(perArticle: Iterable<ArticleSurfaces>): SurfaceCounts {
  const counts: SurfaceCounts = new Map();
  countSurfaces(counts, perArticle);
  return counts;
}

/** Each entity with the forms counted for it among its aliases (never its own name), sorted. */
export function withAliases(entities: Entity[], counts: SurfaceCounts): Entity[] {
  return entities.map((e) => ({
    ...e,
    aliases: [...new Set([...e.aliases, ...(counts.get(e.id)?.keys() ?? [])])]
      .filter((a) => a !== e.name)
      .sort(),
  }));
}

export function storeSurfaceCounts(counts: SurfaceCounts): StoredSurfaceCounts {
  const out: StoredSurfaceCounts = [];
  for (const [id, forms] of counts) for (const [surface, n] of forms) out.push([id, surface, n]);
  return out;
}

export function readSurfaceCounts(stored: StoredSurfaceCounts): SurfaceCounts {
  const counts: SurfaceCounts = new Map();
  for (const [id, surface, n] of stored) {
    let forms = counts.get(id);
    if (forms === undefined) counts.set(id, (forms = new Map()));
    forms.set(surface, n);
  }
  return counts;
}

export function copySurfaceCounts(counts: SurfaceCounts): SurfaceCounts {
  return new Map([...counts].map(([id, forms]) => [id, new Map(forms)]));
}
