// @vitest-environment node
import { describe, expect, it } from "vitest";
import { DEFAULT_BUDGET } from "../../../src/pipeline/run/article-budget";
import { mapFiles } from "../../../src/pipeline/run/map-files";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("mapFiles", () => {
  it("runs this thread's own work once, after the files it could map without waiting", async () => {
    const order: string[] = [];
    const files = ["a.txt", "b.txt"].map((name) => ({
      name,
      label: name,
      bytes: bytes("Title\n\nThe ministers met in Paris on Monday to talk about trade."),
    }));
    const records = await mapFiles(files, {
      options: {},
      entryFor: () => undefined,
      jobs: 0,
      budget: DEFAULT_BUDGET,
      cache: null,
      onDone: (r) => order.push(r.file),
      whileThreadsWork: () => order.push("own work"),
    });
    expect(records.map((r) => r.file)).toEqual(["a.txt", "b.txt"]);
    expect(order).toEqual(["a.txt", "b.txt", "own work"]);
  });
});
