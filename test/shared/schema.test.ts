import { describe, expect, it } from "vitest";
import { datasetSchema, type Dataset } from "../../src/shared/schema";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

// The cross-record rules the contract implies but a JSON Schema cannot state.
const valid = loadUiFixture();
const problems = (dataset: Dataset) => {
  const result = datasetSchema.safeParse(dataset);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("datasetSchema", () => {
  it("accepts a consistent dataset", () => {
    expect(problems(valid)).toEqual([]);
  });

  it("rejects an event id used twice, since links point at ids", () => {
    const [first] = valid.events;
    if (!first) throw new Error("fixture has no events");
    expect(problems({ ...valid, events: [...valid.events, first] })).toEqual([
      `id ${first.id} is used twice`,
    ]);
  });

  it("rejects a precision that claims more than the date has", () => {
    const events = valid.events.map((e, i) =>
      i === 0 ? { ...e, start: "2025-06", end: null, precision: "day" as const } : e,
    );
    expect(problems({ ...valid, events })).toEqual(["precision day does not match start 2025-06"]);
  });

  it("rejects a participant that is not an entity", () => {
    const events = valid.events.map((e, i) =>
      i === 0 ? { ...e, participants: ["person-nobody"] } : e,
    );
    expect(problems({ ...valid, events })).toEqual(["unknown entity person-nobody"]);
  });
});
