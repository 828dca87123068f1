// Reference names (organisations, places, countries, programmes) found verbatim in text.

import escapeRegExp from "escape-string-regexp";
import { namedRefs, type NamedRef } from "./reference";

export type RefHit = { start: number; end: number; ref: NamedRef; surface: string };

const byAlias = new Map<string, NamedRef>();
for (const ref of namedRefs)
  for (const alias of [ref.name, ...ref.aliases]) if (!byAlias.has(alias)) byAlias.set(alias, ref);

const aliasPattern = [...byAlias.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const aliasRegex = new RegExp(`(?<![\\w&])(?:${aliasPattern})(?![\\w&])`, "g");

export function findReferenceNames(text: string): RefHit[] {
  const hits: RefHit[] = [];
  aliasRegex.lastIndex = 0;
  for (let m = aliasRegex.exec(text); m; m = aliasRegex.exec(text)) {
    const ref = byAlias.get(m[0]);
    if (ref) hits.push({ start: m.index, end: m.index + m[0].length, ref, surface: m[0] });
  }
  return hits;
}

export function referenceById(id: string): NamedRef | undefined {
  return refById.get(id);
}

const refById = new Map(namedRefs.map((r) => [r.id, r]));

export function referenceByAlias(alias: string): NamedRef | undefined {
  return byAlias.get(alias);
}
