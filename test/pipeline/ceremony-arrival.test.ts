// @vitest-environment node
// Phrasings that state an event: a guest of honour at a parade, attending as chief guest, and a
// scheduled arrival for a summit.
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "./stage-inputs";

// Published on a Friday.
const article = (paragraphs: string[]) => readArticleOf(paragraphs);
const events = (a: ReturnType<typeof article>) =>
  eventsIn(a).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
    participants: [...e.participants].sort(),
  }));

describe("ceremonies and scheduled arrivals", () => {
  it("a guest of honour at a parade", () => {
    const found = events(
      article([
        "President Maren Oduya was the guest of honour at the Harvest Day parade in Lusaka on Wednesday.",
      ]),
    );
    expect(found).toContainEqual({
      type: "other",
      start: "2024-05-08",
      participants: ["person-maren-oduya"],
    });
  });

  it("attending a parade as the chief guest", () => {
    const found = events(
      article([
        "President Maren Oduya will attend the Harvest Day parade as the chief guest on May 20.",
      ]),
    );
    expect(found).toContainEqual({
      type: "other",
      start: "2024-05-20",
      participants: ["person-maren-oduya"],
    });
  });

  it("a scheduled arrival for a summit", () => {
    const found = events(
      article([
        "Prime Minister Tomas Reyko is scheduled to arrive in Tallinn on Monday for the annual summit with President Aili Saar.",
      ]),
    );
    expect(found.map((e) => e.start)).toContain("2024-05-13");
    expect(found.find((e) => e.start === "2024-05-13")?.participants).toContain(
      "person-tomas-reyko",
    );
  });

  it("a scheduled arrival alone states a future visit", () => {
    const found = events(
      article(["Prime Minister Tomas Reyko is due to arrive in Tallinn on Monday."]),
    );
    expect(found).toContainEqual({
      type: "visit",
      start: "2024-05-13",
      participants: ["person-tomas-reyko"],
    });
  });
});
