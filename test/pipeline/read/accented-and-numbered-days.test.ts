// @vitest-environment node
// Three ways a page states its day: a release dateline whose place has an accent
// ("MONTRÉAL, March 28, 2025 /CNW/ -"), an opening line that reads as a headline and ends with
// its date, a story's "today (23)" matched by the one day 23 the text writes in full, and a
// quoted post that says "today" as the story does.
import { describe, expect, it } from "vitest";
import { parseDateline } from "../../../src/pipeline/read/dateline";
import { readArticle } from "../../../src/pipeline/read-article";

const TODAY = { today: "2026-12-04" };

describe("a dateline whose place has an accent", () => {
  it("is read, the place in title case", () => {
    expect(
      parseDateline("MONTRÉAL, March 28, 2025 /CNW/ - Today, the Prime Minister spoke."),
    ).toMatchObject({ place: "Montréal", month: 3, day: 28, year: 2025, agency: "CNW" });
    expect(
      parseDateline("SÃO PAULO, May 16, 2010 (Reuters) - Officials said on Sunday ..."),
    ).toMatchObject({ place: "São Paulo", month: 5, day: 16, year: 2010 });
  });

  it("dates the page", () => {
    const a = readArticle(
      {
        file: "release.txt",
        text: "MONTRÉAL, March 28, 2025 /CNW/ - Today, the Prime Minister spoke with the President of the United States. The leaders agreed to begin negotiations.\n\nThe Prime Minister thanked the President.\n",
      },
      TODAY,
    );
    expect(a.published).toBe("2025-03-28");
    expect(a.publishedFrom).toBe("text");
  });

  it("still needs a date after the place", () => {
    expect(parseDateline("Türkiye, Tajikistan sign military cooperation agreement")).toBeNull();
  });
});

describe("an opening line that ends with its date", () => {
  const page = (opening: string) =>
    readArticle(
      {
        file: "speech.txt",
        text: `Menu\nA+ A A-\n\n${opening}\n\nAt the outset, let me compliment the very smart guard of honour presented by both navies and the excellent naval band that greeted us on arrival.\n\nI was privileged to be here in May 2011 for the launch of the frigate and I am delighted to participate in its commissioning ceremony today. It constitutes yet another noteworthy milestone for defence ties and I warmly congratulate everyone involved in the project on this happy occasion.\n`,
      },
      TODAY,
    );

  it("dates the page as inferred when it reads as a headline", () => {
    const a = page(
      "Speech by H.E. Mr. Ajai Malhotra, Ambassador of India to the Russian Federation, at the Commissioning Ceremony of INS Trikand at Kaliningrad, June 29, 2013",
    );
    expect(a.published).toBe("2013-06-29");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("leaves a sentence that ends with a date alone", () => {
    const a = page("The frigate was launched at Kaliningrad on June 29, 2013.");
    expect(a.published).toBeNull();
  });
});

describe("a story's 'today (23)'", () => {
  const page = (tweet: string) =>
    readArticle(
      {
        file: "agenda.txt",
        text: `President Lula meets today (23) with the President of Argentina, Alberto Fernández, in Buenos Aires. The meeting was confirmed by Lula himself.\n\nAlso scheduled for this Monday are the signing of bilateral acts.\n\nGood morning. Today I will be with the president of Argentina. — Lula (@LulaOficial) ${tweet}\n\nTomorrow (24), the president will attend the CELAC summit.\n`,
      },
      TODAY,
    );

  it("takes the one day 23 the text writes in full, as inferred", () => {
    const a = page("January 23, 2023");
    expect(a.published).toBe("2023-01-23");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("takes nothing when no full date falls on that day", () => {
    expect(page("January 22, 2023").published).toBeNull();
  });
});

describe("a quoted post that says 'today' as the story does", () => {
  const page = (lead: string, post: string) =>
    readArticle(
      {
        file: "call.txt",
        text: `PM calls President to greet him on his birthday\n\n${lead}\n\nThe Prime Minister conveyed his warm greetings and best wishes to the President on the occasion of his birthday.\n\n${post}\n\nThe Prime Minister recalled his long association with the President.\n`,
      },
      TODAY,
    );
  const post = (date: string) =>
    `Spoke to my friend the President to greet him on his birthday today. — Narendra Modi (@narendramodi) ${date}`;

  it("dates the story by the post, as inferred", () => {
    const a = page(
      "The Prime Minister spoke on phone today with the President.",
      post("October 7, 2020"),
    );
    expect(a.published).toBe("2020-10-07");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("needs the story's own 'today'", () => {
    const a = page(
      "The Prime Minister spoke on phone with the President.",
      post("October 7, 2020"),
    );
    expect(a.published).toBeNull();
  });

  it("needs the post's 'today'", () => {
    const a = page(
      "The Prime Minister spoke on phone today with the President.",
      "Spoke to my friend the President to greet him on his birthday. — Narendra Modi (@narendramodi) October 7, 2020",
    );
    expect(a.published).toBeNull();
  });
});
