// @vitest-environment node
import { describe, expect, it } from "vitest";
import { groupBy } from "../../src/pipeline/group-by";

describe("groupBy", () => {
  it("keeps the items' order in each group and the groups in first-seen order", () => {
    const groups = groupBy(["b1", "a1", "b2", "c1", "a2"], (s) => s[0]);
    expect([...groups.keys()]).toEqual(["b", "a", "c"]);
    expect(groups.get("b")).toEqual(["b1", "b2"]);
    expect(groups.get("a")).toEqual(["a1", "a2"]);
  });
});
