// @vitest-environment node
// A story with no publication day that writes a past day in full: its yearless dates take
// their year against that day; a weekday or "today" still needs the day itself.
import { describe, expect, it } from "vitest";
import { dateContextOf } from "../../src/pipeline/dates/reference-day";
import { resolveDates } from "../../src/pipeline/resolve-dates";

// A story the page gives no publication day for.
const undated = (paragraphs: string[], title?: string) => ({
  published: null,
  publishedFrom: null,
  ...(title === undefined ? {} : { title }),
  paragraphs,
});

const article = undated([
  "Foreign Secretary Lena Holm is on an official visit to Norway from Feb 5-7, officials said on Tuesday.",
  "The visit comes soon after the strategic dialogue held on Jan 5 in Stockholm.",
  "— Ministry spokesperson (@ministry) February 6, 2023",
]);

describe("a reference day for a story without a publication day", () => {
  it("is the latest past day the text writes in full", () => {
    expect(dateContextOf(article).reference).toBe("2023-02-06");
  });

  it("gives yearless month-days and 'this year' their year, but not weekdays", () => {
    const ctx = dateContextOf(article);
    const found = resolveDates(article.paragraphs[0] ?? "", ctx);
    const visit = found.find((d) => d.text.includes("Feb"));
    expect(visit?.start).toBe("2023-02-05");
    expect(visit?.end).toBe("2023-02-07");
    const tuesday = found.find((d) => d.text.includes("Tuesday"));
    expect(tuesday?.start ?? null).toBeNull();
    expect(resolveDates(article.paragraphs[1] ?? "", ctx)[0]?.start).toBe("2023-01-05");
    expect(resolveDates("It will be held in Oslo this year.", ctx)[0]?.start).toBe("2023");
  });

  it("puts a yearless day in the year nearest the reference, not before it", () => {
    const received = undated([
      "On December 24, the minister received the ambassador.",
      "They spoke of the consultative meeting held on December 15, 2021.",
      "The next round is due in January.",
    ]);
    const ctx = dateContextOf(received);
    expect(ctx.reference).toBe("2021-12-15");
    expect(resolveDates(received.paragraphs[0] ?? "", ctx)[0]?.start).toBe("2021-12-24");
    expect(resolveDates(received.paragraphs[2] ?? "", ctx)[0]?.start).toBe("2022-01");
    expect(resolveDates("It was agreed last October.", ctx)[0]?.start ?? null).toBeNull();
  });

  it("leaves unplaced a yearless day that would fall a season or more before the reference", () => {
    // The reference is only the earliest day the story can be written on: "on Sept 15" is the
    // September before it or the one after, and the text does not say which.
    const refit = undated([
      "Inspectors from the navy visited the dockyard on Sept 15 to start the refit.",
      "On March 3, 2011, a pump failure flooded the engine room while the boat was in port.",
      "The crew returned to the dockyard on February 20 and left in April.",
    ]);
    const ctx = dateContextOf(refit);
    expect(ctx.reference).toBe("2011-03-03");
    expect(resolveDates(refit.paragraphs[0] ?? "", ctx)[0]?.start ?? null).toBeNull();
    // Close to the reference, before or after it, the year still holds.
    const [february, april] = resolveDates(refit.paragraphs[2] ?? "", ctx);
    expect(february?.start).toBe("2011-02-20");
    expect(april?.start).toBe("2011-04");
  });

  it("counts a day the headline writes in full", () => {
    const warsaw = undated(
      [
        "They addressed the upcoming NATO summit scheduled for July 9 to 11 in Washington.",
        "The war in Ukraine began on February 24, 2022.",
      ],
      "Polish and German defence ministers met in Warsaw on Tuesday, July 2, 2024, to discuss European security",
    );
    const ctx = dateContextOf(warsaw);
    expect(ctx.reference).toBe("2024-07-02");
    expect(resolveDates(warsaw.paragraphs[0] ?? "", ctx)[0]?.start).toBe("2024-07-09");
  });

  it("is not used when the publication day is known", () => {
    const dated = { ...article, published: "2024-03-01", publishedFrom: "text" as const };
    expect(dateContextOf(dated).reference).toBeUndefined();
  });

  it("without a day written in full, takes the one year the headline names", () => {
    const statement = undated(
      ["On 5 June, the ministers hosted their counterparts in Oslo.", "They meet on Friday."],
      "Joint statement NORDMIN 2017",
    );
    const ctx = dateContextOf(statement);
    expect(ctx.titleYear).toBe(2017);
    expect(resolveDates(statement.paragraphs[0] ?? "", ctx)[0]?.start).toBe("2017-06-05");
    expect(resolveDates(statement.paragraphs[1] ?? "", ctx)[0]?.start ?? null).toBeNull();
    expect(dateContextOf({ ...statement, title: "From 2016 to 2017" }).titleYear).toBeNull();
  });

  it("does not take the year of an opening sentence standing in for a missing headline", () => {
    const opening = "Norway signed a deal in 2018 to buy four patrol ships.";
    const story = undated([opening, "The ministers met on June 26 in Bergen."], opening);
    const ctx = dateContextOf(story);
    expect(ctx.titleYear).toBeNull();
    expect(resolveDates(story.paragraphs[1] ?? "", ctx)[0]?.start ?? null).toBeNull();
    const long = { ...story, title: "Norway signed a deal in 2018 to buy…" };
    expect(dateContextOf(long).titleYear).toBeNull();
  });
});
