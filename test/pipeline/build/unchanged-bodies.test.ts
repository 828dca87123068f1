import { describe, expect, it } from "vitest";
import type { ArticleEntityState, EntityState } from "../../../src/pipeline/build/entity-state";
import { unchangedBodies } from "../../../src/pipeline/build/unchanged-bodies";

const article = (id: string, key: string, start = 0): ArticleEntityState => ({
  id,
  key,
  inputs: "",
  people: [],
  mentions: [{ entityId: "person-x", paragraph: 0, start, end: start + 1 }],
  surfaces: [],
});
const stateOf = (...articles: ArticleEntityState[]): EntityState => ({
  persons: [],
  others: [],
  articles,
});
const names = new Map([
  ["a", "aaaaaaaaaaaaaaaa"],
  ["b", "bbbbbbbbbbbbbbbb"],
  ["c", "cccccccccccccccc"],
]);

describe("bodies unchanged since the previous build", () => {
  it("are those with the same id, content key and mentions (equal item by item)", () => {
    const before = stateOf(article("a", "ka"), article("b", "kb"), article("c", "kc"));
    const now = stateOf(article("a", "ka"), article("b", "kb2"), article("c", "kc", 5));
    expect(unchangedBodies(before, now, names)).toEqual(new Map([["a", "aaaaaaaaaaaaaaaa"]]));
  });

  it("leave out articles the earlier build did not publish, and everything without a state", () => {
    const before = stateOf(article("a", "ka"), article("d", "kd"));
    const now = stateOf(article("a", "ka"), article("d", "kd"), article("e", "ke"));
    expect([...unchangedBodies(before, now, names).keys()]).toEqual(["a"]);
    expect(unchangedBodies(null, now, names).size).toBe(0);
    expect(unchangedBodies(before, now, new Map()).size).toBe(0);
  });

  it("compare every field of a mention", () => {
    const withExtra = article("a", "ka");
    const extra = {
      ...withExtra.mentions[0],
      note: "x",
    } as unknown as (typeof withExtra.mentions)[0];
    withExtra.mentions = [extra];
    expect(unchangedBodies(stateOf(article("a", "ka")), stateOf(withExtra), names).size).toBe(0);
  });
});
