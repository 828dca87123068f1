// People the entity stage finds in paragraphs written for a test: name, country and role,
// sorted by name, and the text of each person mention.
import { findEntities } from "../../../src/pipeline/find-entities";
import { readArticleOf } from "../stage-inputs";

export type Found = { name: string; country: string | null; role: string | null };

export function peopleIn(paragraphs: string[], dateline: string | null = null): Found[] {
  const article = readArticleOf(paragraphs, { dateline, published: "2025-01-01" });
  return findEntities([article])
    .entities.filter((e) => e.kind === "person")
    .map((e) => ({ name: e.name, country: e.country ?? null, role: e.role ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function namesIn(paragraphs: string[]): string[] {
  return peopleIn(paragraphs).map((p) => p.name);
}

/** The country found for the person named `name` in one paragraph (undefined: not found). */
export function countryOf(paragraph: string, name: string): string | null | undefined {
  return peopleIn([paragraph]).find((p) => p.name === name)?.country;
}
