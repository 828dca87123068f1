// @vitest-environment node
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readArticleOf } from "../stage-inputs";
import {
  articleMemoDigest,
  entityDigestOf,
  eventMemoKey,
} from "../../../src/pipeline/events/memo-key";
import type { Entity, Mention } from "../../../src/shared/schema";

const article = (
  paragraphs: string[],
  published: string | null,
  dateline: string | null = "New Delhi",
) => readArticleOf(paragraphs, { published, dateline });

describe("the memo key of an article's event statements", () => {
  const a = article(["Rajnath Singh met Andrei Belousov in Moscow on Monday."], "2025-06-02");
  const mentions = [
    { entityId: "person-a", paragraph: 0, start: 0, end: 13 },
    { entityId: "person-b", paragraph: 0, start: 18, end: 33 },
  ] as Mention[];
  const person = (id: string, role: string) =>
    ({ id, kind: "person", name: id, aliases: [], country: null, role }) as unknown as Entity;
  const keyWith = (entities: Entity[]) =>
    eventMemoKey(a, mentions, entityDigestOf(new Map(entities.map((e) => [e.id, e]))), "content");
  const base = [person("person-a", "Defence Minister"), person("person-b", "Defence Minister")];

  it("changes when an entity the article names changes", () => {
    expect(keyWith([base[0] as Entity, person("person-b", "Minister")])).not.toBe(keyWith(base));
  });

  it("stays when only entities the article does not name change", () => {
    expect(keyWith([...base, person("person-c", "President")])).toBe(keyWith(base));
  });

  it("changes with the article's content key and with its mentions", () => {
    const byId = entityDigestOf(new Map(base.map((e) => [e.id, e])));
    expect(eventMemoKey(a, mentions, byId, "other")).not.toBe(keyWith(base));
    expect(eventMemoKey(a, mentions.slice(0, 1), byId, "content")).not.toBe(keyWith(base));
  });

  // The memo is kept under the extractor's version (run/event-memo.ts), so a new key format
  // costs nothing more than the new code's first build.
  it("is the digest of memo 4's lines: the article's digest, then its entities' digests", () => {
    const byId = entityDigestOf(new Map(base.map((e) => [e.id, e])));
    const named = [...new Set(mentions.map((m) => m.entityId))].sort();
    const articleDigest = createHash("sha256")
      .update(`memo 4\n${JSON.stringify(["content", "content", a.id])}\n`)
      .update(`${JSON.stringify(mentions)}\n`)
      .digest("hex");
    expect(articleMemoDigest(a, mentions, "content")).toBe(articleDigest);
    const expected = createHash("sha256")
      .update(`memo 4\n${articleDigest}\n`)
      .update(named.map((id) => `${byId(id)}\n`).join(""))
      .digest("hex");
    expect(keyWith(base)).toBe(expected);
  });

  it("is the same with the article's digest given as without it", () => {
    const byId = entityDigestOf(new Map(base.map((e) => [e.id, e])));
    const given = articleMemoDigest(a, mentions, "content");
    expect(eventMemoKey(a, mentions, byId, "content", given)).toBe(keyWith(base));
  });
});
