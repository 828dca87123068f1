// @vitest-environment node
// The whole pipeline over seeds/ against a reviewed golden file. After a deliberate change,
// rewrite it with `UPDATE_GOLDEN=1 npx vitest run test/pipeline/golden.test.ts` and review
// the diff by eye before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";

const seeds = join(__dirname, "../../seeds");
const golden = join(__dirname, "../fixtures/golden/seeds.timeline.json");
const TODAY = "2026-11-22";

function build(): unknown {
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(seeds, file), "utf8") }));
  // A fixed `today` so seed 003's yearless dateline resolves as the CLI resolves it.
  return buildDataset(files, undefined, { today: TODAY }).dataset;
}

describe("golden dataset for seeds/", () => {
  const actual = build();

  it("matches the reviewed golden file", async () => {
    if (process.env.UPDATE_GOLDEN === "1")
      writeFileSync(golden, await format(JSON.stringify(actual), { parser: "json" }));
    expect(existsSync(golden)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });

  it("is the same on a second build", () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(actual));
  });
});
