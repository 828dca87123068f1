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

  describe("disagreements (where the articles of one event differ)", () => {
    const summit = valid.events.find((e) => e.id === "2023-12-06-summit-new-delhi");
    const withDisagreement = (disagreements: unknown) => ({
      ...valid,
      events: valid.events.map((e) => (e === summit ? { ...e, disagreements } : e)),
    });

    it("accepts each version with the source articles that give it", () => {
      const dataset = withDisagreement([
        {
          field: "date",
          claims: [
            { value: "2023-12-06/2023-12-07", articleIds: ["a3-summit-arrival"] },
            { value: "2023-12-06", articleIds: ["a2-summit-declaration"] },
          ],
        },
        {
          field: "participants",
          claims: [
            { value: ["vikram-sen"], articleIds: ["a2-summit-declaration"] },
            { value: ["ivan-petrov"], articleIds: ["a3-summit-arrival"] },
          ],
        },
      ]);
      expect(problems(dataset as Dataset)).toEqual([]);
    });

    it("rejects a claim from an article that is not a source of the event", () => {
      const dataset = withDisagreement([
        {
          field: "location",
          claims: [
            { value: "New Delhi", articleIds: ["a2-summit-declaration"] },
            { value: "Moscow", articleIds: ["a1-ministers-moscow"] },
          ],
        },
      ]);
      expect(problems(dataset as Dataset)).toEqual([
        "article a1-ministers-moscow is not a source of the event",
      ]);
    });

    it("rejects a single version, a bad date and an unknown person", () => {
      const single = withDisagreement([
        { field: "location", claims: [{ value: "Delhi", articleIds: ["a2-summit-declaration"] }] },
      ]);
      expect(problems(single as Dataset)).toHaveLength(1);
      const badDate = withDisagreement([
        {
          field: "date",
          claims: [
            { value: "6 December", articleIds: ["a2-summit-declaration"] },
            { value: "2023-12-07", articleIds: ["a3-summit-arrival"] },
          ],
        },
      ]);
      expect(problems(badDate as Dataset)).toEqual([
        "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
      ]);
      const nobody = withDisagreement([
        {
          field: "participants",
          claims: [
            { value: ["person-nobody"], articleIds: ["a2-summit-declaration"] },
            { value: ["ivan-petrov"], articleIds: ["a3-summit-arrival"] },
          ],
        },
      ]);
      expect(problems(nobody as Dataset)).toEqual(["unknown entity person-nobody"]);
    });
  });
});
