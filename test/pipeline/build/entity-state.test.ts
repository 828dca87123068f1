// @vitest-environment node
import { describe, expect, it } from "vitest";
import { findEntitiesFrom } from "../../../src/pipeline/build/entity-state";
import { articleMemoDigest } from "../../../src/pipeline/events/memo-key";
import { findArticleHits, findEntities } from "../../../src/pipeline/find-entities";
import type { AnnotatedArticle } from "../../../src/pipeline/types";
import { readArticleOf } from "../stage-inputs";

const A = [
  "Defence Minister Rajnath Singh met Indonesian Foreign Minister Sugiono in New Delhi on Monday.",
  "Singh said the talks were productive.",
];
const B = ["Sugiono later met Prime Minister Narendra Modi in New Delhi."];

const run = (
  articles: AnnotatedArticle[],
  keys: string[],
  previous: ReturnType<typeof findEntitiesFrom>["state"] | null,
) =>
  findEntitiesFrom(
    articles,
    new Map(articles.map((a) => [a.id, findArticleHits(a)])),
    new Map(articles.map((a, i) => [a.id, keys[i] ?? ""])),
    previous,
  );

describe("entity finding from the previous build", () => {
  const a = readArticleOf(A, { id: "a" });
  const b = readArticleOf(B, { id: "b" });
  const first = run([a, b], ["ka", "kb"], null);

  it("finds what finding from scratch finds", () => {
    expect(first.reused).toBe(false);
    const { entities, mentionsByArticle } = findEntities([a, b]);
    expect(first.entities).toEqual(entities);
    expect(first.mentionsByArticle).toEqual(mentionsByArticle);
  });

  it("keeps the clusters when a changed article names the same people in the same places", () => {
    const changed = readArticleOf([...A, "The ministry later confirmed the talks."], { id: "a" });
    const next = run([changed, b], ["ka2", "kb"], first.state);
    expect(next.reused).toBe(true);
    const { entities, mentionsByArticle } = findEntities([changed, b]);
    expect(next.entities).toEqual(entities);
    expect(next.mentionsByArticle).toEqual(mentionsByArticle);
    // The unchanged article's state is handed on as it was (the state file writes its line
    // again); the changed one's is made anew, as from scratch.
    expect(next.state.articles[1]).toBe(first.state.articles[1]);
    expect(next.state.articles[0]).not.toBe(first.state.articles[0]);
    const fresh = run([changed, b], ["ka2", "kb"], null);
    expect(next.state.articles).toEqual(fresh.state.articles);
  });

  it("keeps each article's part of its event memo key with its mentions", () => {
    const changed = readArticleOf([...A, "The ministry later confirmed the talks."], { id: "a" });
    const next = run([changed, b], ["ka2", "kb"], first.state);
    [changed, b].forEach((x, i) => {
      const state = next.state.articles[i];
      expect(state?.memoDigest).toBe(
        articleMemoDigest(x, next.mentionsByArticle[x.id] ?? [], ["ka2", "kb"][i]),
      );
    });
    expect(next.state.articles[1]?.memoDigest).toBe(first.state.articles[1]?.memoDigest);
  });

  it("reads only the changed article's hits when the clusters are kept, or all of them without the corpus's surnames", () => {
    const changed = readArticleOf([...A, "The ministry later confirmed the talks."], { id: "a" });
    const all = new Map([changed, b].map((x) => [x.id, findArticleHits(x)]));
    const asked: string[] = [];
    const hits = {
      get: (id: string) => {
        asked.push(id);
        return all.get(id);
      },
    };
    const keys = new Map([
      ["a", "ka2"],
      ["b", "kb"],
    ]);
    const next = findEntitiesFrom([changed, b], hits, keys, first.state);
    expect(next.reused).toBe(true);
    expect([...new Set(asked)]).toEqual(["a"]);
    const { surnames, ...older } = first.state;
    expect(surnames?.length).toBeGreaterThan(0);
    asked.length = 0;
    const fromOlder = findEntitiesFrom([changed, b], hits, keys, older);
    expect([...new Set(asked)].sort()).toEqual(["a", "b"]);
    expect(fromOlder.entities).toEqual(next.entities);
    expect(fromOlder.mentionsByArticle).toEqual(next.mentionsByArticle);
    expect(next.state).toEqual(run([changed, b], ["ka2", "kb"], null).state);
  });

  it("counts the forms of the changed article alone when the clusters are kept", () => {
    // "Singh" alone is no longer written, "Rajnath" alone now is: the same people, other forms.
    const changed = readArticleOf([A[0] ?? "", "Rajnath later spoke to reporters."], { id: "a" });
    const unchanged = first.state.articles[1];
    if (!unchanged) throw new Error("no state for b");
    // The unchanged article's forms are never read: its state's line is not even parsed for them.
    const guarded = Object.defineProperty({ ...unchanged }, "surfaces", {
      get: () => {
        throw new Error("read the forms of an unchanged article");
      },
    });
    const previous = { ...first.state, articles: [first.state.articles[0]!, guarded] };
    const next = run([changed, b], ["ka4", "kb"], previous);
    expect(next.reused).toBe(true);
    const scratch = findEntities([changed, b]).entities;
    expect(next.entities).toEqual(scratch);
    const aliases = (entities: typeof scratch) =>
      entities.find((e) => e.name === "Rajnath Singh")?.aliases;
    expect(aliases(next.entities)).not.toEqual(aliases(first.entities));
  });

  it("clusters again when a changed article names someone new, or articles come or go", () => {
    const changed = readArticleOf([...A, "Army chief General Upendra Dwivedi attended."], {
      id: "a",
    });
    const next = run([changed, b], ["ka3", "kb"], first.state);
    expect(next.reused).toBe(false);
    expect(next.entities).toEqual(findEntities([changed, b]).entities);

    const fewer = run([a], ["ka"], first.state);
    expect(fewer.reused).toBe(false);
    expect(fewer.entities).toEqual(findEntities([a]).entities);
  });
});
