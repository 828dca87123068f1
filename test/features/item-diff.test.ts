// @vitest-environment node
import { describe, expect, it } from "vitest";
import { diffItems } from "../../src/features/timeline/item-diff";

type Item = { id: string; v: number };
const sig = (i: Item) => String(i.v);

describe("diffItems", () => {
  it("adds what is new, removes what is gone, and touches nothing that stays", () => {
    const shown = new Map([
      ["a", "1"],
      ["b", "1"],
    ]);
    const change = diffItems(
      shown,
      [
        { id: "b", v: 1 },
        { id: "c", v: 1 },
      ],
      sig,
    );
    expect(change.remove).toEqual(["a"]);
    expect(change.add).toEqual([{ id: "c", v: 1 }]);
    expect([...change.shown.keys()]).toEqual(["b", "c"]);
  });

  it("replaces a changed item: removed and added again", () => {
    const change = diffItems(new Map([["a", "1"]]), [{ id: "a", v: 2 }], sig);
    expect(change.remove).toEqual(["a"]);
    expect(change.add).toEqual([{ id: "a", v: 2 }]);
  });

  it("does nothing when nothing changed", () => {
    const change = diffItems(new Map([["a", "1"]]), [{ id: "a", v: 1 }], sig);
    expect([change.remove, change.add]).toEqual([[], []]);
  });
});
