// Lookups over person clusters while they are being built, so that placing a hit costs
// the clusters of its own surname (or given name) rather than every cluster so far, and
// summary sets stand in for scans over every hit of a cluster.

import { NAME_PARTICLES } from "./name-words";
import { nameForm, sameGivenKey, withoutSuffix, type NameForm } from "./name-form";
import { nameTokenKey } from "./normalise";
import { NAME_SUFFIX } from "../rules/entity-cues";
import type { OfficialRef } from "./reference";
import type { PersonHit } from "./types";

export type Cluster = { key: string; ref: OfficialRef | null; hits: PersonHit[] };

/** What the clustering rules ask of a cluster's hits, kept up to date as hits join. */
export type ClusterSummary = {
  order: number;
  articles: Set<string>;
  /** The cluster's hits by article: rules that compare a hit with the same article's hits. */
  hitsByArticle: Map<string, PersonHit[]>;
  /** Distinct names of the hits (token lists and their keys), by their joined text. */
  names: Map<string, NameForm>;
  countries: Set<string>;
  roles: Set<string>;
  allSingleWord: boolean;
};

export class ClusterLookup {
  readonly all: Cluster[] = [];
  private readonly summaries = new Map<Cluster, ClusterSummary>();
  private readonly byRef = new Map<OfficialRef, Cluster>();
  private readonly byKey = new Map<string, Cluster[]>();
  private readonly byGiven = new Map<string, Set<Cluster>>();
  private readonly byMiddle = new Map<string, Set<Cluster>>();
  private readonly bySwapped = new Map<string, Set<Cluster>>();
  private readonly byWritten = new Map<string, Set<Cluster>>();
  /** Clusters with a name of two words or more, by its surname and first letter as written. */
  private readonly byInitial = new Map<string, Set<Cluster>>();
  /** The same, by surname and the first word's length, then the first word's key. */
  private readonly byFirstWord = new Map<string, Map<string, Set<Cluster>>>();
  private readonly ofHit = new Map<PersonHit, Cluster>();

  create(key: string, ref: OfficialRef | null, hit: PersonHit): void {
    const c: Cluster = { key, ref, hits: [] };
    this.summaries.set(c, {
      order: this.all.length,
      articles: new Set(),
      hitsByArticle: new Map(),
      names: new Map(),
      countries: new Set(),
      roles: new Set(),
      allSingleWord: true,
    });
    this.all.push(c);
    if (ref && !this.byRef.has(ref)) this.byRef.set(ref, c);
    const list = this.byKey.get(key);
    if (list) list.push(c);
    else this.byKey.set(key, [c]);
    this.join(c, hit);
  }

  join(c: Cluster, hit: PersonHit): void {
    c.hits.push(hit);
    this.ofHit.set(hit, c);
    const s = this.summary(c);
    s.articles.add(hit.articleId);
    const here = s.hitsByArticle.get(hit.articleId);
    if (here) here.push(hit);
    else s.hitsByArticle.set(hit.articleId, [hit]);
    const joined = hit.tokens.join("\u0000");
    if (!s.names.has(joined)) {
      const form = nameForm(hit.tokens);
      s.names.set(joined, form);
      if (form.long) {
        add(this.byInitial, `${form.surname}\u0000${form.first.charAt(0)}`, c);
        const at = `${form.surname}\u0000${form.firstKey.length}`;
        let words = this.byFirstWord.get(at);
        if (!words) this.byFirstWord.set(at, (words = new Map()));
        add(words, form.firstKey, c);
      }
    }
    if (hit.country !== null) s.countries.add(hit.country);
    if (hit.role !== null) s.roles.add(hit.role);
    if (hit.tokens.length !== 1) s.allSingleWord = false;
    const given = givenKey(hit);
    if (given !== null) add(this.byGiven, given, c);
    for (const middle of middleKeys(hit.tokens)) add(this.byMiddle, middle, c);
    if (hit.tokens.length === 2) add(this.bySwapped, pairKey(hit.articleId, hit.tokens), c);
    if (hit.tokens.length > 1) add(this.byWritten, writtenKey(hit), c);
  }

  /** The cluster a hit was placed in, if it has been placed. */
  clusterOf(hit: PersonHit): Cluster | undefined {
    return this.ofHit.get(hit);
  }

  summary(c: Cluster): ClusterSummary {
    return this.summaries.get(c) as ClusterSummary;
  }

  /** The cluster's hits in one article, in the order they joined. */
  hitsIn(c: Cluster, articleId: string): readonly PersonHit[] {
    return this.summary(c).hitsByArticle.get(articleId) ?? [];
  }

  /**
   * The clusters that hold a name of two words or more written as this hit's, in its
   * article. "Carlos Faría" twice in one article, once after "that of Venezuela" and once
   * beside a clause naming Colombia: the same full name written again in one article is one
   * person, whatever country the words around each place it in.
   */
  writtenAlike(hit: PersonHit): ReadonlySet<Cluster> {
    return this.byWritten.get(writtenKey(hit)) ?? NONE;
  }

  /**
   * Every cluster holding a name `formsCompatible` may find agreeing with this one (a superset:
   * the caller still asks each): the same surname and first letter (an initial agrees with any
   * name it begins), or a first word the same or spelt a letter apart. A common surname's
   * hundreds of clusters are then not each asked for every mention.
   */
  mayShareName(form: NameForm): Set<Cluster> {
    const found = new Set<Cluster>();
    if (!form.long) return found;
    for (const c of this.byInitial.get(`${form.surname}\u0000${form.first.charAt(0)}`) ?? [])
      found.add(c);
    // A first word spelt a letter apart is one letter longer, shorter or as long (and five
    // letters or more: sameGivenKey); a shorter one agrees only with itself.
    const length = form.firstKey.length;
    const lengths = length >= 5 ? [length - 1, length, length + 1] : [length];
    for (const n of lengths)
      for (const [key, clusters] of this.byFirstWord.get(`${form.surname}\u0000${n}`) ?? [])
        if (sameGivenKey(key, form.firstKey)) for (const c of clusters) found.add(c);
    return found;
  }

  /** The cluster a placed hit is in, when that cluster was made under this key. */
  clusterUnder(key: string, hit: PersonHit): Cluster | undefined {
    const c = this.ofHit.get(hit);
    return c?.key === key ? c : undefined;
  }

  withRef(ref: OfficialRef): Cluster | undefined {
    return this.byRef.get(ref);
  }

  withKey(key: string): Cluster[] {
    return this.byKey.get(key) ?? [];
  }

  withGiven(key: string): Set<Cluster> {
    return this.byGiven.get(key) ?? new Set();
  }

  /** Clusters with a full name that has this word inside it ("Luis Videgaray Caso"). */
  withMiddle(key: string): Set<Cluster> {
    return this.byMiddle.get(key) ?? new Set();
  }

  /** Clusters holding this two-word name's reverse ("Kaneda Toshiro") in its article. */
  withSwapped(hit: PersonHit): Set<Cluster> {
    if (hit.tokens.length !== 2) return new Set();
    return this.bySwapped.get(pairKey(hit.articleId, [...hit.tokens].reverse())) ?? new Set();
  }

  inOrder(clusters: Iterable<Cluster>): Cluster[] {
    return [...new Set(clusters)].sort((a, b) => this.summary(a).order - this.summary(b).order);
  }
}

const NONE: ReadonlySet<Cluster> = new Set();

function add(map: Map<string, Set<Cluster>>, key: string, c: Cluster): void {
  const set = map.get(key);
  if (set) set.add(c);
  else map.set(key, new Set([c]));
}

// A hit's article and its name's words as the clustering compares them (suffix apart).
function writtenKey(hit: PersonHit): string {
  return [hit.articleId, ...withoutSuffix(hit.tokens).map(nameTokenKey)].join("\u0000");
}

function pairKey(articleId: string, tokens: string[]): string {
  return [articleId, ...tokens.map(nameTokenKey)].join("\u0000");
}

export function givenKey(hit: PersonHit): string | null {
  return hit.tokens.length > 1 && (hit.tokens[0]?.length ?? 0) > 1
    ? nameTokenKey(hit.tokens[0] ?? "")
    : null;
}

// "Luis Videgaray Caso", "Luiz Inácio Lula da Silva": the words between the first and the
// last of a name of three words or more, where a one-word mention may be the family name
// written alone. Not a particle, an initial or the name after "bin" ("Mohammed bin Salman":
// Salman is the father).
export const NAME_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES})$`, "i");
function middleKeys(tokens: string[]): string[] {
  const keys: string[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] ?? "";
    if (token.length < 3 || NAME_PARTICLE.test(token) || NAME_PARTICLE.test(tokens[i - 1] ?? ""))
      continue;
    if (NAME_SUFFIX.test(tokens[i + 1] ?? "") && i + 1 === tokens.length - 1) continue;
    keys.push(nameTokenKey(token));
  }
  return keys;
}
