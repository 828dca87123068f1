// Entity finding that can start from the previous build. People are clustered across every
// article (a person's name, country and role are voted from all of them), so one changed
// article can in general change any article's entities. But clustering reads only each
// article's person and named hits, its outlet's and dateline's country and the countries it
// names: when a changed article gives exactly those as before ("inputs" below), every cluster
// is as it was, and only that article's own mentions (later surnames, given names) need
// finding again. Anything else (an article added, removed or renamed, different hits) and the
// whole step is redone. Pure.

import { createHash } from "node:crypto";
import type { Entity, Mention } from "../../shared/schema";
import {
  countriesByFrequency,
  datelineCountry,
  outletCountry,
} from "../entities/article-countries";
import { indexSurnames, type SurnameIndex } from "../entities/surname-mentions";
import type { PersonHit } from "../entities/types";
import {
  articleMentions,
  findArticleHits,
  peopleAcrossArticles,
  peopleIndexes,
  peopleInputsOf,
  type ArticleHits,
  type HitsLookup,
  type EntityFindings,
  type PeopleAcross,
  type PeopleInputs,
} from "../find-entities";
import type { NamedHit } from "../entities/types";
import {
  copySurfaceCounts,
  countSurfaces,
  surfaceCountsOf,
  withAliases,
  type ArticleSurfaces,
  type SurfaceCounts,
} from "../entities/surface-counts";
import { articleMemoDigest, namedEntities } from "../events/memo-key";
import type { AnnotatedArticle } from "../types";

/** One article as the previous build's entity step saw it and what it found there. */
export type ArticleEntityState = {
  id: string;
  /** The record's content key (bytes, file name, editor entry, options, extractor version). */
  key: string;
  /** Hash of what the article gives clustering across articles (see `entityInputsKey`). */
  inputs: string;
  /** The entity id of each of its person hits, in the hits' order. */
  people: string[];
  mentions: Mention[];
  surfaces: ArticleSurfaces;
  /**
   * The article's part of its event memo key (events/memo-key.ts, `articleMemoDigest`: its
   * content key, id and these mentions), handed on with them while they stay the same. Absent
   * in a state made without it: then it is worked out again.
   */
  memoDigest?: string;
  /**
   * The entity ids its mentions name, each once, sorted: what its event memo key takes from
   * them besides the digest, so a rebuild's unchanged articles need not read their mentions.
   * Absent in a state made without it: then it is worked out from the mentions.
   */
  named?: string[];
};

export type EntityState = {
  /** Entities as clustered, before the aliases mentions add (those are summed each build). */
  persons: Entity[];
  others: Entity[];
  articles: ArticleEntityState[];
  /**
   * Well-known officials' surnames across the corpus as clustered (see `CorpusSurnames`), so
   * a rebuild that keeps the clusters does not read every article's hits to index them again.
   * Absent in a state that did not keep them: then they are indexed from the hits.
   */
  surnames?: CorpusSurnames;
  /**
   * The forms every article's mentions give each entity, counted (entities/surface-counts.ts),
   * so a rebuild that keeps the clusters reads only the changed articles' forms. Absent in a
   * state that did not keep them: then every article's forms are counted.
   */
  surfaceCounts?: SurfaceCounts;
};

/**
 * The corpus's surname index as surname key, person id and that person's given-name keys:
 * bare surnames in an article are resolved against the corpus only by who bears a surname
 * and the given names they go by (entities/surname-mentions.ts), not by where each was named.
 */
export type CorpusSurnames = [surnameKey: string, id: string, given: string[]][];

export type EntityRun = EntityFindings & {
  state: EntityState;
  /** Whether the clusters were taken from the previous build. */
  reused: boolean;
};

/**
 * `keys`: each article's content key by article id (every article must have one);
 * `previous`: the state an earlier build returned, or null.
 */
export function findEntitiesFrom(
  articles: AnnotatedArticle[],
  hits: HitsLookup,
  keys: ReadonlyMap<string, string>,
  previous: EntityState | null,
): EntityRun {
  const searched = new Map<string, ArticleHits>();
  const hitsOf = (a: AnnotatedArticle): ArticleHits => {
    const known = hits.get(a.id) ?? searched.get(a.id);
    if (known) return known;
    const own = findArticleHits(a);
    searched.set(a.id, own);
    return own;
  };
  // Every article's countries, when clustering worked them out (then not counted again here).
  let people: PeopleInputs | undefined;
  const inputs = new Map<string, string>();
  const inputsOf = (a: AnnotatedArticle) => {
    let key = inputs.get(a.id);
    if (key === undefined) {
      key = entityInputsKey(a, hitsOf(a), people?.articleCountries.get(a.id));
      inputs.set(a.id, key);
    }
    return key;
  };
  const reusable = previous !== null && sameInputs(articles, previous, keys, hitsOf, inputsOf);
  let across: PeopleAcross;
  if (reusable) {
    // Clusters as they were: each article's people are the entities the previous build gave
    // them. Only articles whose mentions are found again (content changed) need their hits,
    // when the previous state kept the corpus's surnames.
    const named = new Map<string, NamedHit[]>();
    const people: PersonHit[] = [];
    const entityOf = new Map<PersonHit, string>();
    const corpus = previous.surnames;
    articles.forEach((a, i) => {
      if (corpus !== undefined && previous.articles[i]?.key === keys.get(a.id)) return;
      const own = hitsOf(a);
      named.set(a.id, own.named);
      const ids = previous.articles[i]?.people ?? [];
      own.people.forEach((h, j) => {
        people.push(h);
        entityOf.set(h, ids[j] ?? "");
      });
    });
    const indexes = peopleIndexes(named, people, entityOf);
    across = {
      persons: previous.persons,
      others: previous.others,
      ...indexes,
      corpusNames: corpus !== undefined ? surnameIndexOf(corpus) : indexes.corpusNames,
    };
  } else {
    people = peopleInputsOf(articles);
    across = peopleAcrossArticles(
      articles,
      new Map(articles.map((a) => [a.id, hitsOf(a)])),
      people,
    );
  }

  // An article's inputs follow from its id and content key: kept from any earlier build.
  const earlier = new Map((previous?.articles ?? []).map((s) => [s.id, s]));
  const mentionsByArticle: Record<string, Mention[]> = {};
  const states: ArticleEntityState[] = articles.map((a, i) => {
    const key = keys.get(a.id) ?? "";
    const before = reusable ? previous.articles[i] : undefined;
    // Same content, same clusters: the article's state is the previous one as it stands (its
    // inputs, its people's entities and its mentions are those), handed on as the same object
    // so the state file can write its stored line again (run/reduce-state-file.ts).
    if (before && before.key === key) {
      // Read when asked for (a state read back parses them then: run/reduce-state-file.ts).
      Object.defineProperty(mentionsByArticle, a.id, {
        enumerable: true,
        get: () => before.mentions,
      });
      return before;
    }
    const own =
      before && before.key === key
        ? { mentions: before.mentions, surfaces: before.surfaces }
        : articleMentions(a, across);
    mentionsByArticle[a.id] = own.mentions;
    return {
      id: a.id,
      key,
      inputs: earlier.get(a.id)?.key === key ? (earlier.get(a.id)?.inputs ?? "") : inputsOf(a),
      people: hitsOf(a).people.map((h) => across.entityOf.get(h) ?? ""),
      ...own,
      memoDigest: articleMemoDigest(a, own.mentions, keys.get(a.id)),
      named: namedEntities(own.mentions),
    };
  });
  const surfaceCounts =
    (reusable && countsFrom(previous, states)) || surfaceCountsOf(states.map((s) => s.surfaces));
  return {
    entities: withAliases([...across.persons, ...across.others], surfaceCounts),
    mentionsByArticle,
    state: {
      persons: across.persons,
      others: across.others,
      articles: states,
      surnames:
        reusable && previous.surnames !== undefined
          ? previous.surnames
          : corpusSurnames(across.corpusNames),
      surfaceCounts,
    },
    reused: reusable,
  };
}

// The previous build's counts with the articles whose state was found again (not handed on)
// counted out as they were and in as they are now; null when there are none to start from or
// they do not hold what those articles gave (then every article is counted).
function countsFrom(previous: EntityState, states: ArticleEntityState[]): SurfaceCounts | null {
  if (previous.surfaceCounts === undefined) return null;
  const counts = copySurfaceCounts(previous.surfaceCounts);
  const before: ArticleSurfaces[] = [];
  const after: ArticleSurfaces[] = [];
  states.forEach((s, i) => {
    const old = previous.articles[i];
    if (old === s) return;
    if (old !== undefined) before.push(old.surfaces);
    after.push(s.surfaces);
  });
  return countSurfaces(counts, before, -1) && countSurfaces(counts, after) ? counts : null;
}

/** The corpus's surname index as a state keeps it. */
export function corpusSurnames(index: SurnameIndex): CorpusSurnames {
  const out: CorpusSurnames = [];
  for (const [surnameKey, byId] of index.given)
    for (const [id, given] of byId) out.push([surnameKey, id, [...given]]);
  return out;
}

/** The surname index a state's corpus surnames stand for (as the corpus's bare surnames use it). */
export function surnameIndexOf(surnames: CorpusSurnames): SurnameIndex {
  return indexSurnames(surnames.map(([surnameKey, id, given]) => ({ id, surnameKey, given })));
}

function sameInputs(
  articles: AnnotatedArticle[],
  previous: EntityState,
  keys: ReadonlyMap<string, string>,
  hitsOf: (a: AnnotatedArticle) => ArticleHits,
  inputsOf: (a: AnnotatedArticle) => string,
): boolean {
  if (previous.articles.length !== articles.length) return false;
  return articles.every((a, i) => {
    const before = previous.articles[i];
    if (!before || before.id !== a.id) return false;
    if (before.key === keys.get(a.id)) return true;
    return before.people.length === hitsOf(a).people.length && before.inputs === inputsOf(a);
  });
}

/**
 * Everything clustering across articles reads from one article: its id, its hits (with their
 * positions: the first written form names a person), its outlet's and dateline's country and
 * the countries its text names, most named first.
 */
export function entityInputsKey(
  article: AnnotatedArticle,
  hits: ArticleHits,
  countries: string[] = countriesByFrequency(article.paragraphs),
): string {
  const at = new Map(hits.people.map((h, i) => [h, i]));
  const people = hits.people.map((h) => ({
    ...h,
    counterpartOf: h.counterpartOf === null ? null : (at.get(h.counterpartOf) ?? -1),
  }));
  return createHash("sha256")
    .update(
      JSON.stringify([
        article.id,
        people,
        hits.named,
        datelineCountry(article.dateline),
        outletCountry(article.source),
        countries,
      ]),
    )
    .digest("hex");
}
