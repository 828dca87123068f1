// @vitest-environment node
// Hostile text must cost the extractor work in proportion to its size. No clock limit:
// each input is built at n and 2n bytes in the same run, and doubling the input may at
// most multiply the CPU time by GROWTH_LIMIT (linear work gives about 2; quadratic about 4,
// exponential regex backtracking never finishes). Before the fixes of issue 9 each of the
// breaks below failed this: the capitals, initials and breadcrumb lines backtracked
// exponentially (never finished), and the repeated tokens took 4-9x per doubling.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { pathologicalInputs } from "../bench/pathological-inputs";

const GROWTH_LIMIT = 3.5;
const TODAY = "2026-11-22";

const build = (text: string) =>
  buildDataset([{ file: "hostile.txt", text }], undefined, { today: TODAY });

/** CPU milliseconds of this test process (vitest runs each file in a process of its own), so
 * that other processes on the machine do not count. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU milliseconds per build: builds repeated until a sample is long enough to measure. */
function sample(text: string): number {
  const start = cpuMs();
  let builds = 0;
  do {
    build(text);
    builds++;
  } while (cpuMs() - start < 25);
  return (cpuMs() - start) / builds;
}

/** CPU time at 2n over CPU time at n. Samples alternate between the sizes and the fastest
 * of three each is kept, so GC pauses weigh on both sides alike. */
function growth(make: (bytes: number) => string, bytes: number): number {
  const small = make(bytes);
  const large = make(2 * bytes);
  build(small);
  build(large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < 3; round++) {
    bestSmall = Math.min(bestSmall, sample(small));
    bestLarge = Math.min(bestLarge, sample(large));
  }
  return bestLarge / bestSmall;
}

const input = (name: string) => {
  const found = pathologicalInputs.find((p) => p.name === name);
  if (!found) throw new Error(`no pathological input named ${name}`);
  return found;
};

describe("the breaks of issue 9", () => {
  it("reads the 150-byte article with a capitals headline inside a sentence", () => {
    const text =
      "India, Russia sign pact\n\nNew Delhi, June 5 (ANI): Reports said INDIA AND RUSSIA SIGN MAJOR DEFENCE PACT said Defence Minister Rajnath Singh.\n";
    const { dataset } = build(text);
    expect(dataset.entities).toContainEqual(
      expect.objectContaining({ name: "Rajnath Singh", role: "Defence Minister" }),
    );
  });

  it.each([
    ["capitals headline in a sentence", 16_384],
    ["desk initials line", 16_384],
    ["long breadcrumb line", 16_384],
    ["Modi's repeated", 8_192],
    ["dots repeated", 16_384],
    ["Modi and repeated", 8_192],
    ["Delhi/ repeated", 8_192],
    // Each trigger's look back ran over the whole sentence before it (3.9x per doubling).
    ["event words repeated", 8_192],
  ])("%s: doubling %i bytes costs at most 3.5x the time", (name, bytes) => {
    expect(growth(input(name).make, bytes)).toBeLessThan(GROWTH_LIMIT);
  });
});

// Generated hostile text: repeated tokens, runs of capitals, separators, long sentences
// with no end, and mixtures of them, repeated to the size asked for.
const repeatedToken = fc.constantFrom(
  "Modi's ",
  ".",
  "Modi and ",
  "Delhi/",
  "Mr. ",
  "the visit ",
  "Defence Minister ",
  "on 5 June 2017, ",
  '"',
  "(",
);
const capitals = fc
  .array(fc.constantFrom("INDIA", "AND", "RUSSIA", "SIGN", "MAJOR", "DEFENCE", "PACT", "US"), {
    minLength: 1,
    maxLength: 8,
  })
  .map((words) => `${words.join(" ")} `);
const separators = fc
  .array(fc.constantFrom(" / ", " > ", " | ", "/", ", ", "; ", " - ", "...", "!", "\n", "\n\n"), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => `${parts.join("")}x`);
const sentenceWords = fc
  .array(
    fc.constantFrom(
      "the",
      "officials",
      "of",
      "said",
      "that",
      "Minister",
      "Singh",
      "and",
      "in",
      "June",
    ),
    { minLength: 3, maxLength: 12 },
  )
  .map((words) => `${words.join(" ")} `);
const hostileUnit = fc
  .array(fc.oneof(repeatedToken, capitals, separators, sentenceWords), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(""));

describe("generated hostile text", () => {
  it("costs the whole extractor work in proportion to its size", () => {
    fc.assert(
      fc.property(hostileUnit, (unit) => {
        const make = (bytes: number) =>
          `Officials meet\n\nNew Delhi, June 5 (ANI): ${unit.repeat(Math.ceil(bytes / unit.length))}\n`;
        expect(growth(make, 6_144)).toBeLessThan(GROWTH_LIMIT);
      }),
      { numRuns: 8 },
    );
  });
});
