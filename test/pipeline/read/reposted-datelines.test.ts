// @vitest-environment node
// Publication dates from layouts that used to be missed: a reposting site's credit in brackets
// before a dashed dateline, a Hijri day before the Gregorian one in a dateline below the
// pictures' captions, and a dated byline under a government site's banner.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";

const read = (text: string) => readArticle({ file: "page.txt", text });

describe("datelines after a credit or with a Hijri day", () => {
  it.each([
    [
      "(Defence Wire Source) LISBON, Portugal - March 14, 2011: Portugal and Brazil",
      { place: "Lisbon", month: 3, day: 14, year: 2011, agency: "Defence Wire Source" },
    ],
    [
      "Kuala Lumpur, 12 Shawwal 1438/6 July 2017 (ABC) – Malaysia and Brunei",
      { place: "Kuala Lumpur", month: 7, day: 6, year: 2017, agency: "ABC" },
    ],
  ])("reads %s", (text, expected) => {
    const d = parseDateline(text);
    expect(d).toMatchObject(expected);
    expect(text.slice(d?.length ?? 0)).toMatch(/^[A-Z]/);
  });

  it.each([
    "(Reuters) Putin said the talks went well.",
    "(The largest buyer) India signed the deal on March 3, 2020.",
    "Putin - March 3, 2020 was the day he chose.",
  ])("finds none in story text: %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("dates a story whose dateline comes under two captions, and opens the story there", () => {
    const a = read(
      [
        "Malaysia and Brunei Agree to Joint Patrols",
        "",
        "Defence Minister Ali Rahman (L) greets his Bruneian counterpart during their meeting in Kuala Lumpur, as officers of both navies look on from the side of the hall,",
        "Defence Minister Ali Rahman greets his Bruneian counterpart during their meeting in Kuala Lumpur, as officers of both navies look on from the side of the hall,",
        "",
        "Kuala Lumpur, 12 Shawwal 1438/6 July 2017 (ABC) – Malaysia has agreed to hold joint patrols with Brunei.",
        "",
        "The two ministers met in Kuala Lumpur on Wednesday.",
      ].join("\n"),
    );
    expect(a.published).toBe("2017-07-06");
    expect(a.paragraphs[0]).toBe("Malaysia has agreed to hold joint patrols with Brunei.");
  });
});

describe("a government site's banner", () => {
  // The story under each banner below.
  const story = [
    "U.S. and Chilean ministers met today to discuss defense cooperation at a meeting in Washington.",
    "",
    "Secretary of Defense John Doe and Chilean Minister of Defense Ana Ruiz held a news conference today.",
    "",
    "The two countries signed a defense cooperation agreement in 2015, Doe said.",
  ];

  it("is furniture, so the dated byline under the headline dates the story", () => {
    const a = read(
      [
        "An official website of the United States Government ",
        "Here's how you know",
        "",
        "Official websites use .gov",
        "",
        ".gov website belongs to an official government organization in the United States.",
        "",
        "Secure .gov websites use HTTPS",
        "",
        "A lock ( lock ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.",
        "",
        "Ministers Discuss Partnership Between U.S., Chile",
        "",
        "May 2, 2022 | By Jane Roe , Defense News Service",
        "",
        ...story,
        "",
        "Both ministers praised the exercises their navies held last year.",
        "",
        "Navy ship in port.",
        "Navy ship in port.",
        "A sailor stands on the deck of a ship in Valparaiso.",
      ].join("\n"),
    );
    expect(a.published).toBe("2022-05-02");
    expect(a.title).toBe("Ministers Discuss Partnership Between U.S., Chile");
    expect(a.paragraphs[0]).toMatch(/^U\.S\. and Chilean ministers met today/);
  });

  it("is furniture in its .mil form too, so the section's dated line dates the story", () => {
    const a = read(
      [
        "An official website of the United States government",
        "Here's how you know",
        "A .mil website belongs to an official U.S. Department of Defense organization in the United States.",
        "A lock (lock ) or https:// means you’ve safely connected to the .mil website. Share sensitive information only on official, secure websites.",
        "",
        "News Stories",
        "",
        "Official statements, announcements and press releases.",
        "",
        "NEWS | May 2, 2022",
        "",
        "Ministers Discuss Partnership Between U.S., Chile",
        "",
        ...story,
      ].join("\n"),
    );
    expect(a.published).toBe("2022-05-02");
  });
});

describe("a declaration's own day", () => {
  it("dates a declaration by the day its signers say they gathered, marked inferred", () => {
    const a = read(
      [
        "Joint Declaration of the Island Defence Ministers on Maritime Safety",
        "",
        "WE, the Defence Ministers of Fiji, Samoa and Tonga, gathered here in Suva on 4 May 2016 for the Third Island Defence Ministers' Meeting;",
        "",
        "RECOGNISING the growing challenges at sea;",
      ].join("\n"),
    );
    expect([a.published, a.publishedFrom]).toEqual(["2016-05-04", "inferred"]);
  });

  // Numbered, the declaration tells of the meeting that adopts it in its first point; its
  // clauses close on semicolons, and the first two are its text, not lines over it.
  it.each([
    [
      "1.The Fifth Island Defence Ministers’ Meeting (hereinafter referred to as “IDMM”), was convened on 4 May 2016 in Suva, the Republic of Fiji;",
      "2016-05-04",
    ],
    [
      "1. The Third Meeting of the Foreign Ministers of Fiji, Samoa and Tonga was held in Apia on 21 July 2010.",
      "2010-07-21",
    ],
    [
      "1. The Ninth Island Defence Ministers’ Meeting was convened in Nuku'alofa, Kingdom of Tonga on 23 November 2022;",
      "2022-11-23",
    ],
  ])("dates a numbered declaration by its first point: %j", (first, day) => {
    const a = read(
      [
        "Suva Joint Declaration of",
        "the Island Defence Ministers’ Meeting on",
        "Together for Safe Seas",
        first,
        "2. RECOGNISING the growing challenges at sea for all our island nations;",
        "3. ACKNOWLEDGING that patrols at sea, search and rescue and the training of crews are best done together by the island nations;",
      ].join("\n"),
    );
    expect([a.published, a.publishedFrom]).toEqual([day, "inferred"]);
    expect(a.paragraphs[0]).toBe(first);
  });

  it("takes no day from a later point recalling an earlier meeting", () => {
    const a = read(
      [
        "Joint Declaration of the Island Defence Ministers",
        "",
        "1. RECOGNISING the growing challenges at sea for all our island nations and their coast guards;",
        "",
        "2. RECALLING that the First Island Defence Ministers’ Meeting was held in Suva on 4 May 2016;",
      ].join("\n"),
    );
    expect(a.published).toBeNull();
  });

  it("takes no day from a story that reports such a gathering in the third person", () => {
    const a = read(
      [
        "Ministers meet in Suva",
        "",
        "The Defence Ministers of Fiji, Samoa and Tonga gathered in Suva on 4 May 2016 for their third meeting, and agreed to hold joint patrols.",
      ].join("\n"),
    );
    expect(a.published).toBeNull();
  });
});
