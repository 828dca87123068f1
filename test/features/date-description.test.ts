import { describe, expect, it } from "vitest";
import { describeDateBasis, describeEventDate } from "../../src/features/events/date-description";
import { describePublication } from "../../src/features/articles/publication-line";
import { loadUiFixture } from "../fixtures/ui/load-fixture";

const dataset = loadUiFixture();
const event = (id: string) => {
  const found = dataset.events.find((e) => e.id === id);
  if (!found) throw new Error(`fixture has no event ${id}`);
  return found;
};

describe("describeEventDate", () => {
  it("never claims more precision than the data has", () => {
    expect(describeEventDate(event("2023-12-declaration-delhi"))).toBe(
      "December 2023 (month only — the text gives no day)",
    );
    expect(describeEventDate(event("2022-exercise-northern-bridge"))).toBe(
      "2022 (year only — the text gives no month or day)",
    );
    expect(describeEventDate(event("2023-12-06-summit-new-delhi"))).toBe("6–7 December 2023");
    expect(describeEventDate(event("undated-working-group-meeting"))).toMatch(/^Date unknown/);
  });
});

describe("describeDateBasis", () => {
  it("says where the date came from, quoting the words", () => {
    expect(describeDateBasis(event("2020-02-10-talks-envoy"))).toBe(
      "date inferred from the weekday and the publication date: “on Monday”",
    );
    expect(describeDateBasis(event("2023-12-declaration-delhi"))).toBe("date supplied by editor");
  });

  it("never presents the year of a phrase that writes none as the text's own", () => {
    const vague = {
      ...event("2020-02-10-talks-envoy"),
      start: "1985-01",
      precision: "month" as const,
      dateBasis: "vague" as const,
      dateText: "first week of January",
    };
    expect(describeDateBasis(vague)).toBe(
      "from a phrase without a full date, placed against the publication date or the article's other dates: “first week of January”",
    );
  });
});

describe("describePublication", () => {
  it("gives the date and its provenance, or says it is unknown", () => {
    const [first, second, , , undated] = dataset.articles;
    expect(describePublication(first!)).toBe("Published 24 June 2021 (as printed in the article)");
    expect(describePublication(second!)).toBe("Published 8 December 2023 (supplied by the editor)");
    expect(describePublication(undated!)).toBe("Publication date unknown");
  });
});
