// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/pipeline/read/dateline";
import { classifyLine } from "../../src/pipeline/read/furniture";
import { findStamp, takePrefixStamp } from "../../src/pipeline/read/stamps";
import { toParagraphs } from "../../src/pipeline/read/paragraphs";
import { articleIdOf } from "../../src/pipeline/read/article-id";

describe("parseDateline", () => {
  it.each([
    [
      "St. Petersburg [Russia], June 1 (ANI): India and",
      { place: "St. Petersburg", month: 6, day: 1, agency: "ANI" },
    ],
    ["New Delhi, Dec 5 (PTI) India and", { place: "New Delhi", month: 12, day: 5, agency: "PTI" }],
    [
      "MOSCOW, March 3 (Reuters) - Russian",
      { place: "Moscow", month: 3, day: 3, agency: "Reuters" },
    ],
    [
      "New Delhi/Moscow, Oct 29 (IANS) India",
      { place: "New Delhi/Moscow", month: 10, day: 29, agency: "IANS" },
    ],
    [
      "NEW DELHI (Reuters) - India",
      { place: "New Delhi", month: null, day: null, agency: "Reuters" },
    ],
    [
      "Beijing, 5 December (Xinhua) -- China",
      { place: "Beijing", month: 12, day: 5, agency: "Xinhua" },
    ],
    ["GENEVA, June 3, 2021 (AFP) - Talks", { place: "Geneva", year: 2021, agency: "AFP" }],
    ["New Delhi, Dec 5 Terming it", { place: "New Delhi", month: 12, day: 5, agency: null }],
    [
      "ST. PETERSBURG, October 12. /TASS/. Russia's navy",
      { place: "St. Petersburg", month: 10, day: 12, agency: "TASS" },
    ],
    [
      "MOSCOW, January 20 /TASS/. Moscow and New Delhi",
      { place: "Moscow", month: 1, day: 20, agency: "TASS" },
    ],
    [
      "Port Blair (Andaman and Nicobar Islands) [India], February 3 (ANI): The",
      { place: "Port Blair", month: 2, day: 3, agency: "ANI" },
    ],
    [
      "Guwahati (Assam), Nov 9 (PTI) Troops",
      { place: "Guwahati", month: 11, day: 9, agency: "PTI" },
    ],
  ])("reads %s", (text, expected) => {
    const d = parseDateline(text);
    expect(d).toMatchObject(expected);
    expect(text.slice(d?.length ?? 0)).toMatch(/^[A-Z]/);
  });

  it.each([
    "India and Russia on Thursday reiterated their commitment.",
    "Putin, March 3 was the day he chose for the speech.",
    "India (the largest buyer) signed the deal.",
  ])("finds no dateline in story text: %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe("publication stamps", () => {
  it.each([
    ["| Updated: Jun 02, 2017 03:52 IST", "2017-06-02", "updated"],
    ["2 min read Last Updated : Apr 28 2023 | 6:54 PM IST", "2023-04-28", "updated"],
    ["First Published: Apr 28 2023 | 7:13 PM IST", "2023-04-28", "first-published"],
    ["Published on 5 December 2025, 10:00 am", "2025-12-05", "published"],
    ["14-03-2019", "2019-03-14", "numeric"],
    ["Posted: 2024-02-29", "2024-02-29", "published"],
    ["14 NOV 2023, 09:05", "2023-11-14", "published"],
    ["March 2, 2022 11:15 AM GMT+3 Updated March 3, 2022", "2022-03-02", "published"],
    ["Oct 7, 2021", "2021-10-07", "published"],
    ["Release No: NR-024-17 Jan. 23, 2017", "2017-01-23", "published"],
    ["Press Release No. 17/2019 March 4, 2019", "2019-03-04", "published"],
  ])("reads %s", (line, date, kind) => {
    expect(findStamp(line)).toMatchObject({ date, kind });
  });

  it("does not take a sentence that starts with a date for a stamp", () => {
    expect(findStamp("14 NOV 2023, the day the talks collapsed, was cold.")).toBeNull();
  });

  it("does not take a release number with no date after it, or a sentence about one", () => {
    expect(findStamp("Release No: NR-363-17")).toBeNull();
    expect(findStamp("The release number NR-24 was issued on Jan. 23, 2017.")).toBeNull();
  });

  it("ignores impossible dates", () => {
    expect(findStamp("Updated: Feb 30, 2023")).toBeNull();
    expect(findStamp("99-99-9999")).toBeNull();
  });

  it("takes a leading scraped date off the line it starts", () => {
    expect(takePrefixStamp(" date 2025-12-05 New Delhi, Dec 5 Terming")).toEqual({
      stamp: { kind: "scraped", date: "2025-12-05", text: "date 2025-12-05" },
      rest: "New Delhi, Dec 5 Terming",
    });
  });

  it("takes a store's month or year alone off the first line, as no stamp", () => {
    const caption = "Ministers pose for a picture in New Delhi, April 28, 2023.";
    expect(takePrefixStamp(` date 2023-04 ${caption}`, true)).toEqual({
      stamp: null,
      rest: caption,
    });
    expect(takePrefixStamp(` date 2023 ${caption}`, true)).toEqual({ stamp: null, rest: caption });
    // Not on a later line, and not a thirteenth month.
    expect(takePrefixStamp(` date 2023-04 ${caption}`).rest).toBe(` date 2023-04 ${caption}`);
    expect(takePrefixStamp(` date 2023-13 ${caption}`, true).rest).toBe(` date 2023-13 ${caption}`);
  });
});

describe("classifyLine", () => {
  it.each([
    "close",
    "Our partners",
    "![]()",
    "2 min read",
    "Topics : India Russia Shanghai Cooperation Organisation",
    "akl/as",
    "Also read: Navy inducts new frigate",
    "Reporting by Jane Doe; Editing by John Roe",
    "SENSEX 61,872.62 +0.58% NIFTY 18,255.80 -0.12%",
  ])("treats %s as furniture", (line) => {
    expect(classifyLine(line).kind).toBe("furniture");
  });

  it.each([
    ["–IANS", "IANS"],
    ["(With inputs from PTI)", "PTI"],
    ["Follow New Defence Order. Strategy on Google News.", "New Defence Order. Strategy"],
    ["Press Trust of India New Delhi", "PTI"],
    [
      "(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)",
      "Business Standard",
    ],
  ])("reads the outlet from %s", (line, name) => {
    expect(classifyLine(line)).toMatchObject({ kind: "furniture", source: { name } });
  });

  it.each([
    "Close ties between the two navies were on display.",
    "Share prices of defence firms rose on Monday after the deal was announced.",
    "Reuters reported that the talks had stalled.",
    "It was published on June 5, 2024.",
    "The Kremlin said the accord, first published in 2019, still stands.",
    "India and Russia held talks.",
  ])("keeps story text: %s", (line) => {
    expect(classifyLine(line).kind).toBe("content");
  });
});

describe("toParagraphs and article ids", () => {
  it("splits on blank lines when the body has them, else on lines", () => {
    expect(toParagraphs([{ text: "a" }, { text: "b" }, { blank: true }, { text: "c" }])).toEqual([
      "a b",
      "c",
    ]);
    expect(
      toParagraphs([{ text: "a" }, { text: "b" }, { furniture: true }, { blank: true }]),
    ).toEqual(["a", "b"]);
  });

  it("derives a stable id from the file name", () => {
    expect(articleIdOf("000_7a8dbedef3b6d801.txt")).toBe("000_7a8dbedef3b6d801");
    expect(articleIdOf("sub/Дели news (1).TXT")).toBe("Дели-news-1");
    expect(articleIdOf("???.txt")).toBe("article");
  });
});
