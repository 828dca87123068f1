// Entities and their mentions across a set of articles: people (by title, apposition,
// reference name, then surname), organisations, places, countries, programmes, exercises
// and documents. One entity per real thing across all articles.

import { groupBy } from "./group-by";
import { shipPrefixes } from "./entities/name-words";
import type { Entity, Mention } from "../shared/schema";
import { namedInPassing, findPeople } from "./entities/find-people";
import { findNamed } from "./entities/named-entities";
import { findTitles, type TitleHit } from "./entities/titles";
import { nameKey, nameTokenKey } from "./entities/normalise";
import { officials } from "./entities/reference";
import { surnameKey, registerPeople } from "./entities/person-registry";
import {
  findSurnameMentions,
  indexSurnames,
  type PersonName,
  type SurnameIndex,
} from "./entities/surname-mentions";
import type { NamedHit, PersonHit } from "./entities/types";
import { resolveOverlaps, type Candidate } from "./entities/overlaps";
import { countriesByFrequency, datelineCountry, outletCountry } from "./entities/article-countries";
import type { AnnotatedArticle } from "./types";
import { surfaceCountsOf, withAliases, type ArticleSurfaces } from "./entities/surface-counts";
import { sentenceAt } from "./entities/sentence-at";
import { shareServedCountry } from "./entities/served-person";
import { dropLostApostrophes } from "./entities/lost-apostrophe";
import { deceasedCueWords, personCues, relativeCueWords } from "./rules/cue-rules";

export type EntityFindings = {
  entities: Entity[];
  mentionsByArticle: Record<string, Mention[]>;
};

/** What one article's own text names: the per-article half of entity finding. */
export type ArticleHits = { named: NamedHit[]; people: PersonHit[] };

/** Each article's hits by article id (a build's may parse them only when asked). */
export type HitsLookup = Pick<ReadonlyMap<string, ArticleHits>, "get">;

// "President [of Serbia Aleksandar] Vučić", "[Russian] President [Vladimir] Putin": a
// transcript's editorial insertion is read as the words it inserts (same offsets).
const INSERTION = /\[([^[\]\n]{1,80})\]/g;
const unbracketed = (text: string) => text.replace(INSERTION, " $1 ");

export function findArticleHits(article: AnnotatedArticle): ArticleHits {
  // Titles are found once per paragraph: both the names and the people read them.
  const paragraphs = article.paragraphs.map(unbracketed);
  const titles = paragraphs.map((text) => findTitles(text));
  const hits = article.paragraphs.flatMap((text, paragraph) =>
    findNamed(text, paragraph, titles[paragraph]),
  );
  const people: PersonHit[] = [];
  const ships = new Set<string>();
  const reporters = new Set<string>();
  // Grouped by paragraph once, not filtered per paragraph (quadratic on long articles).
  const sentencesIn = byParagraph(article.doc.sentences);
  const hitsIn = byParagraph(hits);
  paragraphs.forEach((text, paragraph) => {
    people.push(
      ...findPeople(
        {
          articleId: article.id,
          paragraph,
          text,
          sentences: sentencesIn.get(paragraph) ?? [],
          named: hitsIn.get(paragraph) ?? [],
        },
        titles[paragraph],
        ships,
        reporters,
      ),
    );
  });
  // "NPR's Jackie Northam has been traveling ..." then "JACKIE NORTHAM: Good morning": a name
  // the article says is a reporter's is no official's where nothing else says who it is.
  const notReporters = people.filter(
    (p) => p.role !== null || p.rank !== null || !reporters.has(nameKey(p.tokens)),
  );
  dropLostApostrophes(notReporters, paragraphs);
  shareServedCountry(notReporters, paragraphs);
  return { named: linkShortNames(hits), people: notShips(notReporters, paragraphs, ships) };
}

const SHIP_PREFIX = new RegExp(`\\b(?:${shipPrefixes.join("|")})\\s+`, "gu");

// "the littoral combat ship USS Gabrielle Giffords ... the John Finn and Gabrielle Giffords
// joined": a name the story writes after a ship's prefix is that ship's wherever it is
// written without it, unless a title says it is someone's. "the aircraft carrier Admiral
// Gorshkov ... Admiral Gorshkov, with a displacement of": a name read as a ship's after a
// rank (`ships`) is that ship's wherever a rank alone, no office, leads to it.
function notShips(people: PersonHit[], paragraphs: string[], ships: Set<string>): PersonHit[] {
  const after = paragraphs.flatMap((text) =>
    [...text.matchAll(SHIP_PREFIX)].map((m) => text.slice(m.index + m[0].length)),
  );
  const unshipped = people.filter((p) => p.role !== null || !ships.has(p.surface));
  if (after.length === 0) return unshipped;
  const ship = (surface: string) =>
    after.some(
      (rest) => rest.startsWith(surface) && !/^[\p{L}'’-]/u.test(rest.slice(surface.length)),
    );
  return unshipped.filter((p) => p.role !== null || p.rank !== null || !ship(p.surface));
}

/**
 * `found` holds hits already worked out per article (by the build's map step), keyed by
 * article id; articles without an entry are searched here.
 */
export function findEntities(articles: AnnotatedArticle[], found?: HitsLookup): EntityFindings {
  const across = peopleAcrossArticles(articles, found);
  const mentionsByArticle: Record<string, Mention[]> = {};
  const surfaces: ArticleSurfaces[] = [];
  for (const article of articles) {
    const own = articleMentions(article, across);
    mentionsByArticle[article.id] = own.mentions;
    surfaces.push(own.surfaces);
  }
  return {
    entities: withAliases([...across.persons, ...across.others], surfaceCountsOf(surfaces)),
    mentionsByArticle,
  };
}

/** The cross-article half of entity finding: one entity per person, named entities. */
export type PeopleAcross = {
  /** Person entities as clustered, before the aliases their mentions add. */
  persons: Entity[];
  /** Organisations, places, countries and other named entities, before those aliases. */
  others: Entity[];
  named: Map<string, NamedHit[]>;
  peopleByArticle: Map<string, PersonHit[]>;
  entityOf: Map<PersonHit, string>;
  /** Well-known officials' names across the corpus, for bare surnames. */
  corpusNames: SurnameIndex;
};

/** What an article's own text contributes to entities found across articles. */
export type PeopleInputs = {
  datelineCountry: Map<string, string | null>;
  outletCountry: Map<string, string | null>;
  articleCountries: Map<string, string[]>;
};

export function peopleInputsOf(articles: AnnotatedArticle[]): PeopleInputs {
  return {
    datelineCountry: new Map(articles.map((a) => [a.id, datelineCountry(a.dateline)])),
    outletCountry: new Map(articles.map((a) => [a.id, outletCountry(a.source)])),
    articleCountries: new Map(articles.map((a) => [a.id, countriesByFrequency(a.paragraphs)])),
  };
}

export function peopleAcrossArticles(
  articles: AnnotatedArticle[],
  found?: HitsLookup,
  inputs: PeopleInputs = peopleInputsOf(articles),
): PeopleAcross {
  const named = new Map<string, NamedHit[]>();
  const people: PersonHit[] = [];
  for (const article of articles) {
    const hits = found?.get(article.id) ?? findArticleHits(article);
    named.set(article.id, hits.named);
    people.push(...hits.people);
  }
  const { entities: persons, entityOf } = registerPeople(people, inputs);
  return {
    persons,
    others: namedEntities([...named.values()].flat()),
    ...peopleIndexes(named, people, entityOf),
  };
}

/** The lookups per article and across the corpus, for people already assigned entities. */
export function peopleIndexes(
  named: Map<string, NamedHit[]>,
  people: PersonHit[],
  entityOf: Map<PersonHit, string>,
): Omit<PeopleAcross, "persons" | "others"> {
  // A bare surname in an article that names no bearer of it is read as a well-known
  // official only: anyone else may be a different person of that surname.
  const wellKnown = new Set(officials.map((o) => o.id));
  const corpusNames = indexSurnames(
    personNames(
      people.filter((h) => wellKnown.has(entityOf.get(h) ?? "")),
      entityOf,
    ),
  );
  const peopleByArticle = new Map<string, PersonHit[]>();
  for (const p of people) {
    const list = peopleByArticle.get(p.articleId);
    if (list) list.push(p);
    else peopleByArticle.set(p.articleId, [p]);
  }
  return { named, peopleByArticle, entityOf, corpusNames };
}

/** Each entity id with the text it was written as in one article (whitespace collapsed). */

/** One article's mentions: its named hits, its people, and later surnames and given names. */
export function articleMentions(
  article: AnnotatedArticle,
  across: Omit<PeopleAcross, "persons" | "others">,
): { mentions: Mention[]; surfaces: ArticleSurfaces } {
  const { entityOf } = across;
  const localPeople = across.peopleByArticle.get(article.id) ?? [];
  const inPassing = inPassingCheck(article);
  const candidates: Candidate[] = [
    ...(across.named.get(article.id) ?? []).map((h) =>
      candidate(h, h.id, h.id.startsWith("country-") ? 1 : 2),
    ),
    ...localPeople.map((h) => candidate(h, entityOf.get(h) ?? "", 3)),
    ...findSurnameMentions(
      article.paragraphs,
      [...personNames(localPeople, entityOf), ...givenNames(localPeople, entityOf)],
      across.corpusNames,
    )
      .filter((h) => !inPassing(h))
      .map((h) => candidate(h, h.entityId, 0)),
  ];
  const kept = resolveOverlaps(candidates);
  return {
    mentions: kept.map(({ entityId, paragraph, start, end }) => ({
      entityId,
      paragraph,
      start,
      end,
    })),
    surfaces: distinctSurfaces(kept.map((k) => [k.entityId, k.surface.replace(/\s+#?/g, " ")])),
  };
}

// Each written form once: an entity's aliases are a set (entities/surface-counts.ts), and the build's state
// keeps every article's surfaces, where a leader named twenty times was twenty equal pairs.
function distinctSurfaces(surfaces: ArticleSurfaces): ArticleSurfaces {
  const seen = new Set<string>();
  return surfaces.filter(([id, surface]) => {
    const key = `${id}\n${surface}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Only what choosing among overlapping mentions and writing the kept ones read: a copy of
// each whole hit (every named hit of every article) was most of this step's time.
function candidate(
  hit: { paragraph: number; start: number; end: number; surface: string },
  entityId: string,
  priority: number,
): Candidate {
  const { paragraph, start, end, surface } = hit;
  return { entityId, paragraph, start, end, surface, priority };
}

// "the passing of former Premier X", "his wife, X": a well-known name another article gives
// is no mention here of someone acting in the story (the article's own finders drop it too).
// Only a sentence holding such a cue opens the document and finds its paragraph's titles
// (once): most hold none, and doing it for every mention cost a cold build's reduce a fifth more.
function inPassingCheck(article: AnnotatedArticle) {
  let sentencesIn: Map<number, AnnotatedArticle["doc"]["sentences"]> | undefined;
  const titlesIn = new Map<number, TitleHit[]>();
  return (at: { paragraph: number; start: number }): boolean => {
    // No word such a cue starts with before the name: the document need not be opened.
    const before = (article.paragraphs[at.paragraph] ?? "").slice(0, at.start);
    const mayHold = (words: RegExp | null) => words === null || words.test(before);
    if (!mayHold(deceasedCueWords) && !mayHold(relativeCueWords)) return false;
    sentencesIn ??= byParagraph(article.doc.sentences);
    const sentences = sentencesIn.get(at.paragraph) ?? [];
    const sentence = sentenceAt(sentences, at.start);
    const cued = personCues.matchAll(sentence?.tokens ?? []);
    if (!cued.some((m) => m.rule.cue === "deceased-before" || m.rule.cue === "relative-before"))
      return false;
    const text = article.paragraphs[at.paragraph] ?? "";
    const titles = titlesIn.get(at.paragraph) ?? findTitles(text);
    titlesIn.set(at.paragraph, titles);
    return namedInPassing({ text, sentences }, titles, at.start);
  };
}

/** Entities with every form their mentions were written in as aliases. */

function personNames(hits: PersonHit[], entityOf: Map<PersonHit, string>): PersonName[] {
  return hits.map((h) => ({
    id: entityOf.get(h) ?? "",
    surnameKey: surnameKey(h.tokens),
    given: h.tokens.slice(0, -1).map(nameTokenKey),
    paragraph: h.paragraph,
    start: h.start,
  }));
}

// "General Somchai's chairmanship": a given name alone, for someone this article names in
// full (within the article only; Chinese and Vietnamese names lead with the family name).
function givenNames(hits: PersonHit[], entityOf: Map<PersonHit, string>): PersonName[] {
  return hits.flatMap((h) => {
    const given = h.tokens.length > 1 ? (h.tokens[0] ?? "") : "";
    if (given.length < 2) return [];
    const id = entityOf.get(h) ?? "";
    return [
      { id, surnameKey: nameTokenKey(given), given: [], paragraph: h.paragraph, start: h.start },
    ];
  });
}

/** Items grouped by paragraph, each group in the items' order. */
function byParagraph<T extends { paragraph: number }>(hits: T[]): Map<number, T[]> {
  return groupBy(hits, (h) => h.paragraph);
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
