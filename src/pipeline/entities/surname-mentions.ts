// Later mentions of a person by surname alone ("Singh", "Shoigu", "Ming"): resolved to the
// one person of that surname in the article, or else in the whole corpus; never guessed
// between two people, and never when another given name stands in front ("Manmohan Singh").

import { isPatronymic, isStopWord } from "./names";
import { nameTokenKey } from "./normalise";
import type { Span } from "./types";

export type PersonName = {
  id: string;
  surnameKey: string;
  /** Keys of the other words of the person's name ("alexander", "vasilyevich"). */
  given: string[];
  paragraph?: number;
  start?: number;
};

/** People grouped by surname key, built once for the corpus. */
export type SurnameIndex = Map<string, PersonName[]>;

export function indexSurnames(people: PersonName[]): SurnameIndex {
  const index: SurnameIndex = new Map();
  for (const p of people) index.set(p.surnameKey, [...(index.get(p.surnameKey) ?? []), p]);
  return index;
}

export function findSurnameMentions(
  paragraphs: string[],
  localPeople: PersonName[],
  corpusIndex: SurnameIndex,
): (Span & { entityId: string; surface: string })[] {
  const out: (Span & { entityId: string; surface: string })[] = [];
  const localIndex = indexSurnames(localPeople);
  const token = /(?<![\p{L}\w-])(\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}+)*)(?![\p{L}\w-])/gu;
  paragraphs.forEach((text, paragraph) => {
    token.lastIndex = 0;
    for (let m = token.exec(text); m; m = token.exec(text)) {
      const key = tokenKey(m[0]);
      const local = localIndex.get(key) ?? [];
      const id =
        unique(local) ??
        (local.length > 0
          ? latestBefore(local, paragraph, m.index)
          : unique(corpusIndex.get(key) ?? []));
      if (!id) continue;
      const own = new Set(
        [...local, ...(corpusIndex.get(key) ?? [])]
          .filter((p) => p.id === id)
          .flatMap((p) => p.given),
      );
      const start = ownNameStart(text, m.index, own);
      if (start === null) continue;
      out.push({
        paragraph,
        start,
        end: m.index + m[0].length,
        entityId: id,
        surface: text.slice(start, m.index + m[0].length),
      });
    }
  });
  return out;
}

function unique(people: PersonName[]): string | null {
  const ids = new Set(people.map((p) => p.id));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

const keys = new Map<string, string>();
function tokenKey(token: string): string {
  let key = keys.get(token);
  if (key === undefined) {
    key = nameTokenKey(token);
    if (keys.size < 100_000) keys.set(token, key);
  }
  return key;
}

// Where the written name starts: before the surname may stand the person's own given names
// ("Alexander Vasilyevich Fomin"), but never someone else's ("Manmohan Singh"): null then.
function ownNameStart(text: string, index: number, own: Set<string>): number | null {
  let start = index;
  for (;;) {
    const prev = /(\p{Lu}\p{Ll}+|\p{Lu}\.?)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
    const word = prev?.[1];
    if (!prev || word === undefined || isStopWord(word)) return start;
    const mine = own.has(tokenKey(word.replace(/\.$/, ""))) || isPatronymic(word);
    if (!mine) return start === index ? null : start;
    start -= prev[0].length;
  }
}

// Two people share the surname in this article: a bare surname means the one named last.
function latestBefore(people: PersonName[], paragraph: number, at: number): string | null {
  const before = people.filter(
    (p) =>
      p.paragraph !== undefined &&
      p.start !== undefined &&
      (p.paragraph < paragraph || (p.paragraph === paragraph && p.start < at)),
  );
  const last = before
    .sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.start ?? 0) - (b.start ?? 0))
    .pop();
  return last?.id ?? null;
}
