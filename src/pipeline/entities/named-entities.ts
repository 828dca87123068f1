// Non-person names of one paragraph as NamedHits with stable ids: reference names first,
// then shape-based names mapped onto a reference entry when their words agree.

import type { EntityKind } from "../../shared/schema";
import { findGenericNames, type GenericHit } from "./generic-names";
import { slugify } from "../../shared/slug";
import { phraseKey } from "./normalise";
import { countryFromWord, namedRefs, placeCountry, type NamedRef } from "./reference";
import { findReferenceNames } from "./reference-hits";
import { findTitles, type TitleHit } from "./titles";
import { AFTER_EPONYM } from "../rules/name-heads";
import type { NamedHit } from "./types";

const PREFIX: Record<EntityKind, string> = {
  person: "person",
  organization: "org",
  place: "place",
  country: "country",
  programme: "programme",
  exercise: "exercise",
  other: "other",
};

const refByKey = new Map<string, NamedRef>();
for (const ref of namedRefs)
  for (const alias of [ref.name, ...ref.aliases]) {
    const key = nameKey(alias);
    if (!refByKey.has(key)) refByKey.set(key, ref);
  }

// Country words are dropped so "India-Russia Inter-Governmental Commission on ..." and
// "Inter-Governmental Commission on ..." share a key.
function nameKey(text: string): string {
  const pair = /^([A-Z][a-z]+)[-–]([A-Z][a-z]+)\s+/.exec(text);
  const bilateral = pair?.[1] && pair[2] && countryFromWord(pair[1]) && countryFromWord(pair[2]);
  return phraseKey(bilateral && pair ? text.slice(pair[0].length) : text);
}

/** `titles`: the paragraph's titles when the caller has found them already. */
export function findNamed(
  text: string,
  paragraph: number,
  titles: TitleHit[] = findTitles(text),
): NamedHit[] {
  const refs: NamedHit[] = findReferenceNames(text).map((h) => ({
    paragraph,
    start: h.start,
    end: h.end,
    kind: h.ref.kind,
    id: h.ref.id,
    name: h.ref.name,
    surface: h.surface,
    country: h.ref.country,
    international: h.ref.international,
  }));
  const shaped = findGenericNames(text)
    // "Chief of the Naval Staff", "Armed Forces Minister" are titles, not bodies; nor is a
    // run that starts inside a title and goes on into the name after it ("Undersecretary of
    // State Wendy Sherman and Navy Secretary ...": "State Wendy Sherman and Navy"). A
    // document's name that a title word opens ("General Framework Agreement") is still one.
    .filter(
      (g) =>
        !titles.some(
          (t) =>
            t.start <= g.start && g.start < t.end && !(g.kind === "other" && t.start === g.start),
        ),
    )
    .map((g) => genericHit(g, text, paragraph));
  // A longer form of a reference name ("INDRA-2017" around "INDRA") takes its place; so does
  // a building named after a place ("Hyderabad House", in New Delhi): the building, not the city.
  const namedAfter = (g: NamedHit, r: NamedHit) =>
    g.kind === "place" &&
    r.kind === "place" &&
    contains(g, r) &&
    AFTER_EPONYM.test(text.slice(r.end, g.end));
  const longer = (r: NamedHit) =>
    shaped.some(
      (g) =>
        (g.id === r.id && contains(g, r) && g.end - g.start > r.end - r.start) || namedAfter(g, r),
    );
  const kept = refs.filter((r) => !longer(r));
  const generic = shaped.filter(
    (g) =>
      !kept.some(
        // A shape-based name may wrap a reference name of another kind ("St. Petersburg
        // Declaration"), never replace one of its own kind.
        (r) => r.start < g.end && g.start < r.end && (!contains(g, r) || r.kind === g.kind),
      ),
  );
  return [...kept, ...generic];
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }) {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function genericHit(g: GenericHit, text: string, paragraph: number): NamedHit {
  const surface = text.slice(g.start, g.end);
  const clean = surface.replace(/\s+/g, " ");
  // "INDRA-2017" is one edition of the INDRA series: one exercise entity per series, and
  // the edition's own name stays among its aliases.
  const base = g.kind === "exercise" ? clean.replace(/[- ]\d{2,4}$/, "") : clean;
  const ref = refByKey.get(nameKey(base));
  if (ref) return { ...refFields(ref), paragraph, start: g.start, end: g.end, surface };
  const owner = /(?<![\w-])[a-z\d_-]*([A-Z][\w-]*)['’]s\s+$/.exec(
    text.slice(Math.max(0, g.start - 30), g.start),
  );
  const firstWord = clean.split(" ")[0] ?? "";
  const country =
    (owner?.[1] ? countryFromWord(owner[1]) : null) ??
    countryFromWord(firstWord) ??
    (g.kind === "place" ? (placeCountry.get(clean) ?? null) : null);
  const qualifier = country && /^Ministry\b/.test(clean) ? `${slugify(country)}-` : "";
  return {
    paragraph,
    start: g.start,
    end: g.end,
    kind: g.kind,
    id: `${PREFIX[g.kind]}-${qualifier}${slugify(base)}`,
    name: base,
    surface,
    country,
    international: false,
  };
}

function refFields(ref: NamedRef) {
  return {
    kind: ref.kind,
    id: ref.id,
    name: ref.name,
    country: ref.country,
    international: ref.international,
  };
}
