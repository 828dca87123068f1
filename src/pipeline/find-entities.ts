// Entities and their mentions across a set of articles: people (by title, apposition,
// reference name, then surname), organisations, places, countries, programmes, exercises
// and documents. One entity per real thing across all articles.

import type { Entity, Mention } from "../shared/schema";
import { findPeople } from "./entities/find-people";
import { findNamed } from "./entities/named-entities";
import { nameTokenKey } from "./entities/normalise";
import { officials } from "./entities/reference";
import { surnameKey, registerPeople } from "./entities/person-registry";
import { findSurnameMentions, indexSurnames, type PersonName } from "./entities/surname-mentions";
import type { NamedHit, PersonHit } from "./entities/types";
import { resolveOverlaps, type Candidate } from "./entities/overlaps";
import { countriesByFrequency, datelineCountry, outletCountry } from "./entities/article-countries";
import type { AnnotatedArticle } from "./types";

export type EntityFindings = {
  entities: Entity[];
  mentionsByArticle: Record<string, Mention[]>;
};

/** What one article's own text names: the per-article half of entity finding. */
export type ArticleHits = { named: NamedHit[]; people: PersonHit[] };

export function findArticleHits(article: AnnotatedArticle): ArticleHits {
  const hits = article.paragraphs.flatMap((text, paragraph) => findNamed(text, paragraph));
  const people: PersonHit[] = [];
  // Grouped by paragraph once, not filtered per paragraph (quadratic on long articles).
  const sentencesIn = byParagraph(article.doc.sentences);
  const hitsIn = byParagraph(hits);
  article.paragraphs.forEach((text, paragraph) => {
    people.push(
      ...findPeople({
        articleId: article.id,
        paragraph,
        text,
        sentences: sentencesIn.get(paragraph) ?? [],
        named: hitsIn.get(paragraph) ?? [],
      }),
    );
  });
  return { named: linkShortNames(hits), people };
}

/**
 * `found` holds hits already worked out per article (by the build's map step), keyed by
 * article id; articles without an entry are searched here.
 */
export function findEntities(
  articles: AnnotatedArticle[],
  found?: ReadonlyMap<string, ArticleHits>,
): EntityFindings {
  const named = new Map<string, NamedHit[]>();
  const people: PersonHit[] = [];
  for (const article of articles) {
    const hits = found?.get(article.id) ?? findArticleHits(article);
    named.set(article.id, hits.named);
    people.push(...hits.people);
  }
  const { entities: persons, entityOf } = registerPeople(people, {
    datelineCountry: new Map(articles.map((a) => [a.id, datelineCountry(a.dateline)])),
    outletCountry: new Map(articles.map((a) => [a.id, outletCountry(a.source)])),
    articleCountries: new Map(articles.map((a) => [a.id, countriesByFrequency(a.paragraphs)])),
  });
  const personNames = (hits: PersonHit[]): PersonName[] =>
    hits.map((h) => ({
      id: entityOf.get(h) ?? "",
      surnameKey: surnameKey(h.tokens),
      given: h.tokens.slice(0, -1).map(nameTokenKey),
      paragraph: h.paragraph,
      start: h.start,
    }));
  // "General Somchai's chairmanship": a given name alone, for someone this article names in
  // full (within the article only; Chinese and Vietnamese names lead with the family name).
  const givenNames = (hits: PersonHit[]): PersonName[] =>
    hits.flatMap((h) => {
      const given = h.tokens.length > 1 ? (h.tokens[0] ?? "") : "";
      if (given.length < 2) return [];
      const id = entityOf.get(h) ?? "";
      return [
        { id, surnameKey: nameTokenKey(given), given: [], paragraph: h.paragraph, start: h.start },
      ];
    });
  // A bare surname in an article that names no bearer of it is read as a well-known
  // official only: anyone else may be a different person of that surname.
  const wellKnown = new Set(officials.map((o) => o.id));
  const corpusNames = indexSurnames(
    personNames(people.filter((h) => wellKnown.has(entityOf.get(h) ?? ""))),
  );
  const peopleByArticle = new Map<string, PersonHit[]>();
  for (const p of people) {
    const list = peopleByArticle.get(p.articleId);
    if (list) list.push(p);
    else peopleByArticle.set(p.articleId, [p]);
  }

  const mentionsByArticle: Record<string, Mention[]> = {};
  const surfaces = new Map<string, Set<string>>();
  for (const article of articles) {
    const localPeople = peopleByArticle.get(article.id) ?? [];
    const candidates: Candidate[] = [
      ...(named.get(article.id) ?? []).map((h) => ({
        ...h,
        entityId: h.id,
        priority: h.id.startsWith("country-") ? 1 : 2,
      })),
      ...localPeople.map((h) => ({ ...h, entityId: entityOf.get(h) ?? "", priority: 3 })),
      ...findSurnameMentions(
        article.paragraphs,
        [...personNames(localPeople), ...givenNames(localPeople)],
        corpusNames,
      ).map((h) => ({ ...h, priority: 0 })),
    ];
    const kept = resolveOverlaps(candidates);
    mentionsByArticle[article.id] = kept.map(({ entityId, paragraph, start, end }) => ({
      entityId,
      paragraph,
      start,
      end,
    }));
    for (const k of kept) {
      const set = surfaces.get(k.entityId) ?? new Set<string>();
      set.add(k.surface.replace(/\s+/g, " "));
      surfaces.set(k.entityId, set);
    }
  }
  const others = namedEntities([...named.values()].flat());
  const entities = [...persons, ...others].map((e) => ({
    ...e,
    aliases: [...new Set([...e.aliases, ...(surfaces.get(e.id) ?? [])])]
      .filter((a) => a !== e.name)
      .sort(),
  }));
  return { entities, mentionsByArticle };
}

/** Items grouped by paragraph, each group in the items' order. */
function byParagraph<T extends { paragraph: number }>(hits: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const h of hits) {
    const group = groups.get(h.paragraph);
    if (group) group.push(h);
    else groups.set(h.paragraph, [h]);
  }
  return groups;
}

// "the Working Group" after "the Working Group on Military Cooperation" is the same body.
function linkShortNames(hits: NamedHit[]): NamedHit[] {
  return hits.map((h) => {
    if (h.kind !== "organization") return h;
    const longer = new Set(
      hits
        .filter((o) => o.kind === h.kind && o.id !== h.id && o.name.startsWith(`${h.name} `))
        .map((o) => o.id),
    );
    const target = longer.size === 1 ? hits.find((o) => o.id === [...longer][0]) : undefined;
    return target ? { ...h, id: target.id, name: target.name, country: target.country } : h;
  });
}

function namedEntities(hits: NamedHit[]): Entity[] {
  const byId = new Map<string, NamedHit[]>();
  for (const h of hits) {
    const group = byId.get(h.id);
    if (group) group.push(h);
    else byId.set(h.id, [h]);
  }
  return [...byId.entries()].map(([id, group]) => {
    const first = group[0] as NamedHit;
    const entity: Entity = { id, kind: first.kind, name: first.name, aliases: [] };
    if (first.kind === "organization" || first.kind === "place" || first.kind === "country")
      entity.country = first.country;
    return entity;
  });
}
