// Hits grouped into one cluster per person: full names by surname and compatible given
// names, then single words by the one person they can only mean (same article first).

import { groupBy } from "../group-by";
import { ClusterLookup, NAME_PARTICLE, type Cluster, type ClusterSummary } from "./cluster-lookup";
import { nameTokenKey } from "./normalise";
import { officialById, officials, type OfficialRef } from "./reference";
import type { PersonHit } from "./types";
import { distance } from "fastest-levenshtein";
import { formsCompatible, nameForm, withoutSuffix, type NameForm } from "./name-form";

export type { Cluster } from "./cluster-lookup";

export function clusterHits(hits: PersonHit[]): Cluster[] {
  const lookup = new ClusterLookup();
  const full = hits.filter((h) => !surnameOnly(h.tokens) || h.refId !== null);
  const single = hits.filter((h) => surnameOnly(h.tokens) && h.refId === null);
  // "Ismail Sabri" beside "Ismail Sabri Yaakob": placed after the longer names it starts.
  const longer = longerNamesInArticle(full);
  const placeFull = (hit: PersonHit) => {
    const ref = hit.refId ? (officialById.get(hit.refId) ?? null) : officialFor(hit.tokens);
    const form = nameForm(hit.tokens);
    const fuller = ref ? null : clusterOfLonger(lookup, longer.get(hit) ?? []);
    const swapped = lookup.withSwapped(hit);
    // The first made (the order clusters were made in) of this surname's clusters, or the
    // swapped name's, that holds the name as written here: looked up from the name, not asked
    // of every cluster of a common surname.
    const alike = lookup.writtenAlike(hit);
    const nearbyAlike = [...alike].filter(
      (c) => c.ref === null && (c.key === form.surname || swapped.has(c)),
    );
    // Else the first whose names agree with this one and whose country does not disagree: of
    // the surname's clusters only those whose names may agree (mayShareName) are asked. One
    // holding an agreeing name in this article comes first, whatever its country: "Phan Binh
    // Minh" after "Pham Binh Minh" is the one person however the words around each place him.
    const agreeing = () => {
      const named = lookup
        .inOrder([
          ...[...lookup.mayShareName(form)].filter((c) => c.key === form.surname),
          ...swapped,
        ])
        .filter(
          (c) =>
            c.ref === null &&
            (sameName(c, lookup.summary(c), form) || swappedName(swapped, c, hit)),
        );
      return (
        named.find((c) => lookup.summary(c).articles.has(hit.articleId)) ??
        named.find((c) => countriesAgree(lookup.summary(c), hit) || alike.has(c))
      );
    };
    const target = ref
      ? lookup.withRef(ref)
      : (fuller ??
        // "Ahmet Davutoglu" twice in one article: the cluster that already holds the name as
        // written here, before one whose country (from another article) agrees.
        lookup.inOrder(nearbyAlike)[0] ??
        agreeing() ??
        surnameSpeltApart(lookup, fullIn.get(hit.articleId), hit));
    if (target) lookup.join(target, hit);
    else lookup.create(surnameKey(hit.tokens), ref, hit);
  };
  const fullIn = byArticle(full);
  for (const hit of full) if (!longer.has(hit)) placeFull(hit);
  for (const hit of full) if (longer.has(hit)) placeFull(hit);
  for (const hit of single) {
    const key = surnameKey(hit.tokens);
    const inArticle = (c: Cluster) => lookup.summary(c).articles.has(hit.articleId);
    const local = lookup.withKey(key).filter(inArticle);
    // Across articles a bare surname joins only a well-known official or someone in the
    // same office: another article's "Minister Kumar" is not this article's.
    const remote = lookup
      .withKey(key)
      .filter(
        (c) => c.ref || sameRole(lookup.summary(c), hit) || sameMononym(lookup.summary(c), hit),
      );
    // "MINISTER BISHOP:" in a transcript and another article's "Foreign Minister Julie Bishop":
    // the bare title is the office the only bearer of that surname holds in the corpus.
    const generic = lookup
      .withKey(key)
      .filter((c) => c.ref === null && lookup.summary(c).names.size > 0);
    // "General Somchai's chairmanship": the given name of someone named in full here.
    const byGiven = [...lookup.withGiven(key)].filter(inArticle);
    // "Sheikh Mohamed" beside "Sheikh Mohamed bin Zayed" and "Mohammed bin Salman": of two
    // people the given name's key fits, the one whose given name is spelt as written.
    const bySpelling =
      byGiven.length > 1 ? byGiven.filter((c) => givenSpeltAs(lookup, c, hit)) : [];
    // "Secretary Videgaray" after "Luis Videgaray Caso": a family name from inside a full name.
    const byMiddle = [...lookup.withMiddle(key)].filter(inArticle);
    // "King Salman" twice beside "Khalid bin Salman" and "Mohammed bin Salman": the surname
    // alone, written again in the article, is the one already written alone.
    const alone = local.filter((c) => lookup.summary(c).allSingleWord);
    // "Admiral Singh" beside "Admiral Karambir Singh" and "Defence Minister Rajnath Singh":
    // of two bearers in the article, the one this article gives the same rank or office.
    const sameTitle = local.length > 1 ? local.filter((c) => titledAlike(lookup, c, hit)) : [];
    // "Foreign Minister Hussain" after "the Foreign Minister of Malaysia, Hishamuddin Hussein":
    // a surname spelt one letter apart, given the same office (or the full name none) in the
    // same article.
    const spelt = local.length === 0 ? speltApart(lookup, fullIn.get(hit.articleId), hit) : null;
    // The first of these, in order of trust, that gives one person.
    const target = firstFound([
      () => (local.length === 1 ? local[0] : null),
      () => spelt,
      () => (local.length === 0 && remote.length === 1 ? remote[0] : null),
      () =>
        local.length === 0 &&
        remote.length === 0 &&
        generic.length === 1 &&
        broaderRole(lookup.summary(generic[0] as Cluster), hit)
          ? generic[0]
          : null,
      () => (local.length === 0 && byGiven.length === 1 ? byGiven[0] : null),
      () =>
        local.length === 0 && byGiven.length === 0 && byMiddle.length === 1 ? byMiddle[0] : null,
      () => (alone.length === 1 ? alone[0] : null),
      () => (sameTitle.length === 1 ? sameTitle[0] : null),
      () => (local.length === 0 && bySpelling.length === 1 ? bySpelling[0] : null),
    ]);
    if (target) lookup.join(target, hit);
    else lookup.create(key, null, hit);
  }
  return lookup.all;
}

function firstFound(rules: (() => Cluster | null | undefined)[]): Cluster | null {
  for (const rule of rules) {
    const found = rule();
    if (found) return found;
  }
  return null;
}

// "Ismail Sabri" and "Juan Manuel Santos" in an article that also writes "Ismail Sabri
// Yaakob" and "Juan Manuel Santos Calderon": a name of two words or more that a longer name of
// the same article starts with, word for word (not ending on a particle: "Mohammed bin").
function longerNamesInArticle(hits: PersonHit[]): Map<PersonHit, PersonHit[]> {
  const out = new Map<PersonHit, PersonHit[]>();
  for (const group of byArticle(hits).values()) {
    const keyed = group.map((h) => {
      const words = nameWords(h.tokens);
      return {
        h,
        keys: withoutSuffix(h.tokens).map(nameTokenKey),
        words,
        wordKeys: words.map(nameTokenKey),
      };
    });
    for (const { h, keys } of keyed) {
      const last = h.tokens[h.tokens.length - 1] ?? "";
      if (h.refId !== null || keys.length < 2 || NAME_PARTICLE.test(last)) continue;
      if (keys.some((k) => k.length < 2)) continue;
      const starts = keyed.filter(
        (o) => o.keys.length > keys.length && keys.every((k, i) => o.keys[i] === k),
      );
      const ends = starts.length === 0 ? endingIt(h, keyed) : [];
      if (starts.length > 0 || ends.length > 0)
        out.set(h, starts.length > 0 ? starts.map((o) => o.h) : ends);
    }
  }
  return out;
}

// "Tall Sall" after "Aissata Tall Sall", "Dlamini Zuma" after "Nkosazana Dlamini Zuma", "Yves
// Le Drian" after "Jean-Yves Le Drian": a name whose words (hyphened parts apart) are the last
// words of a longer name in the article, not beginning after a particle ("Hamad Al Thani" in
// "Tamim bin Hamad Al Thani" is his father's name).
function endingIt(hit: PersonHit, group: NamedHit[]): PersonHit[] {
  const words = nameWords(hit.tokens);
  if (words.length < 2 || NAME_PARTICLE.test(words[0] ?? "")) return [];
  const keys = words.map(nameTokenKey);
  return group
    .filter(({ words: longer, wordKeys }) => {
      const at = longer.length - keys.length;
      if (at < 1 || NAME_PARTICLE.test(longer[at - 1] ?? "")) return false;
      return keys.every((k, i) => wordKeys[at + i] === k);
    })
    .map((o) => o.h);
}

// A hit of an article with its name's keys and words, worked out once for the article's pairs.
type NamedHit = { h: PersonHit; keys: string[]; words: string[]; wordKeys: string[] };

const nameWords = (tokens: string[]) =>
  withoutSuffix(tokens).flatMap((t) => t.split(/[-\u2010\u2011]/).filter((w) => w.length > 0));

const byArticle = (hits: PersonHit[]) => groupBy(hits, (h) => h.articleId);

// The one cluster every longer name holds (none when they are two people's).
function clusterOfLonger(lookup: ClusterLookup, longer: PersonHit[]): Cluster | null {
  const clusters = longer.map((l) => lookup.clusterUnder(surnameKey(l.tokens), l));
  return clusters.includes(undefined) ? null : soleCluster(clusters);
}

function speltApart(
  lookup: ClusterLookup,
  named: PersonHit[] | undefined,
  hit: PersonHit,
): Cluster | null {
  const key = surnameKey(hit.tokens);
  if (key.length < 5 || !named) return null;
  // "Prime Minister Wickramasinghe" after "Prime Minister Ranil Wickremesinghe": a surname of
  // ten letters or more may be spelt two letters apart.
  const apart = key.length >= 10 ? 2 : 1;
  return soleCluster(
    named.map((h) => {
      const other = surnameKey(h.tokens);
      // "Péter Sziijártó discussed ..." then "Minister Szijjártó": a full name the article
      // gives no office may be the titled one's too; "Ms. Lazaro" after "Secretary Theresa P.
      // Lazzaro": a surname written with no office may be any full name's of the article.
      if (hit.role !== null && h.role !== null && h.role !== hit.role) return undefined;
      if (other[0] !== key[0] || other.length < 5) return undefined;
      const d = distance(other, key);
      return d >= 1 && d <= apart ? lookup.clusterUnder(other, h) : undefined;
    }),
  );
}

// "Osman Saleh" and "Osman Salih", "Jorge Faurie" and "Jorge Fauri" in one article: a
// given name and a surname, written again with the same given name and the surname spelt
// a letter or two apart (five letters or more, same first letter), is the same person.
function surnameSpeltApart(
  lookup: ClusterLookup,
  named: PersonHit[] | undefined,
  hit: PersonHit,
): Cluster | null {
  const pair = plainPair(hit);
  if (!pair || !named) return null;
  return soleCluster(
    named.map((h) => {
      const other = plainPair(h);
      if (!other || other.given !== pair.given || other.surname === pair.surname) return undefined;
      if (other.surname[0] !== pair.surname[0]) return undefined;
      if (Math.min(other.surname.length, pair.surname.length) < 5) return undefined;
      return distance(other.surname, pair.surname) <= 2 ? lookup.clusterOf(h) : undefined;
    }),
  );
}

// The one cluster the hits found are in (none when there are two or more, or none at all).
function soleCluster(clusters: (Cluster | undefined)[]): Cluster | null {
  const found = new Set(clusters.filter((c) => c !== undefined));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

// A name of exactly a given name and a surname, neither a particle nor an initial.
function plainPair(hit: PersonHit): { given: string; surname: string } | null {
  const name = withoutSuffix(hit.tokens);
  const [given, surname] = name;
  if (name.length !== 2 || !given || !surname || given.length < 2) return null;
  if (NAME_PARTICLE.test(given) || NAME_PARTICLE.test(surname)) return null;
  return { given: nameTokenKey(given), surname: nameTokenKey(surname) };
}

function givenSpeltAs(lookup: ClusterLookup, c: Cluster, hit: PersonHit): boolean {
  return lookup
    .hitsIn(c, hit.articleId)
    .some((h) => h.tokens.length > 1 && h.tokens[0] === hit.tokens[0]);
}

function titledAlike(lookup: ClusterLookup, c: Cluster, hit: PersonHit): boolean {
  return lookup
    .hitsIn(c, hit.articleId)
    .some(
      (h) =>
        (hit.rank !== null && h.rank === hit.rank) || (hit.role !== null && h.role === hit.role),
    );
}

// "Emir Al Thani", "Le Drian", "van der Bellen": a surname with its article or particles only,
// written without a given name.
const ARTICLE = /^(?:al|el|ul|le|la|de|da|di|du|del|der|den|dos|das|van|von)$/i;
function surnameOnly(tokens: string[]): boolean {
  const name = withoutSuffix(tokens);
  return name.length === 1 || name.slice(0, -1).every((t) => ARTICLE.test(t));
}

// A one-word name that is never written longer (a mononym) with the same country.
function sameMononym(s: ClusterSummary, hit: PersonHit): boolean {
  return hit.country !== null && s.allSingleWord && s.countries.has(hit.country);
}

function sameRole(s: ClusterSummary, hit: PersonHit): boolean {
  return hit.role !== null && s.roles.has(hit.role);
}

// "Minister" for a "Foreign Minister", "Secretary" for a "Defence Secretary": the bare title
// word ends every office the cluster is written with.
function broaderRole(s: ClusterSummary, hit: PersonHit): boolean {
  const role = hit.role;
  if (role === null || role.includes(" ") || s.roles.size === 0) return false;
  return [...s.roles].every((r) => r.endsWith(` ${role}`));
}

export function surnameKey(tokens: string[]): string {
  const name = withoutSuffix(tokens);
  return nameTokenKey(name[name.length - 1] ?? "");
}

function officialFor(tokens: string[]): OfficialRef | null {
  const matches = new Set<OfficialRef>();
  for (const { official, alias } of officialForms().get(surnameKey(tokens)) ?? [])
    if (namesCompatible(alias, tokens)) matches.add(official);
  if (matches.size === 0 && tokens.length === 2) return surnameFirst(tokens);
  return matches.size === 1 ? ([...matches][0] ?? null) : null;
}

// "Kihara Minoru" (family name first, as Japanese, Chinese and Korean copy writes it): the
// listed official written "Minoru Kihara", both words in full.
function surnameFirst(tokens: string[]): OfficialRef | null {
  const [family, given] = tokens.map(nameTokenKey);
  if (!family || !given || family === given || family.length < 2 || given.length < 2) return null;
  const matches = new Set<OfficialRef>();
  for (const { official, alias } of officialForms().get(family) ?? []) {
    const keys = alias.map(nameTokenKey);
    if (keys.length === 2 && keys[0] === given && keys[1] === family) matches.add(official);
  }
  return matches.size === 1 ? ([...matches][0] ?? null) : null;
}

// Every written form of every listed official by its surname key: names are compatible only
// with the same surname, so a name is compared with its surname's forms, not the whole list.
type OfficialForm = { official: OfficialRef; alias: string[] };
let forms: Map<string, OfficialForm[]> | null = null;
function officialForms(): Map<string, OfficialForm[]> {
  if (forms) return forms;
  forms = new Map();
  for (const official of officials)
    for (const written of [official.name, ...official.aliases]) {
      const alias = written.split(/\s+/);
      const key = surnameKey(alias);
      const list = forms.get(key);
      if (list) list.push({ official, alias });
      else forms.set(key, [{ official, alias }]);
    }
  return forms;
}

function sameName(c: Cluster, s: ClusterSummary, hit: NameForm): boolean {
  if (c.key !== hit.surname) return false;
  for (const name of s.names.values()) if (formsCompatible(name, hit)) return true;
  return false;
}

// "Toshiro Kaneda" then "Kaneda Toshiro" in one article: surname-first order, one person.
function swappedName(swapped: Set<Cluster>, c: Cluster, hit: PersonHit): boolean {
  if (hit.tokens.length !== 2 || !swapped.has(c)) return false;
  const [a, b] = hit.tokens.map(nameTokenKey);
  return a !== b;
}

/** Same surname and given names that agree: equal, initial of each other, or one missing. */
export function namesCompatible(a: string[], b: string[]): boolean {
  return formsCompatible(nameForm(a), nameForm(b));
}

function countriesAgree(s: ClusterSummary, hit: PersonHit): boolean {
  if (hit.country === null) return true;
  return s.countries.size === 0 || (s.countries.size === 1 && s.countries.has(hit.country));
}
