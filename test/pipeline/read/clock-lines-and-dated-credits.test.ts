// @vitest-environment node
// Page dates the reader took wrongly or missed (written pages, after forms met on real ones):
// a site's clock written like a dateline ("Montevideo, January 22nd 2025 - 08:48 UTC") over
// the story's own stamp; a capitalised place, a dash and a day-first full date ("SEOUL - 24
// August 2017:"); a dateline's full date followed by the outlet's name and a colon; a numeric
// date whose line opens with its weekday ("Mon, 03/06/2017 - 23:10"); and a site's date bar on
// the day of a yearless dateline, which gives that dateline its year (marked inferred).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";
import { findStamp } from "../../../src/pipeline/read/stamps";

const TODAY = { today: "2026-12-08" };

const clockOverStamp = `Harbour Press

Montevideo, January 22nd 2025 - 08:48 UTC

Harbour pact agreed as envoys meet in Lisbon

Friday, May 13th 2016 - 05:42 UTC
Portugal's envoy Rui Almeida met Norway's envoy Ola Berg in Lisbon, where both sides agreed a harbour pact.
`;

const barOnDatelineDay = `ID :
438570
Mon, 03/06/2017 - 23:10
Author :

Cabinet hails harbour pact with Norway

Lisbon, Mar. 6 (LNA): Portugal's Prime Minister Rui Almeida chaired the weekly cabinet session, which hailed the harbour pact signed with Norway.
`;

describe("a site's clock written like a dateline", () => {
  it("is no dateline: the story's stamp under the headline dates it", () => {
    const a = readArticle({ file: "clock.txt", text: clockOverStamp }, TODAY);
    expect([a.published, a.publishedFrom]).toEqual(["2016-05-13", "text"]);
  });

  it("leaves a dateline followed by its story alone", () => {
    expect(parseDateline("Montevideo, January 22nd 2025 - Envoys met on Monday.")?.year).toBe(2025);
  });
});

describe("datelines with the date written in full", () => {
  it("reads a place, a dash and a day-first date", () => {
    const d = parseDateline("SEOUL - 24 August 2017: South Korea will keep talking, it said.");
    expect([d?.place, d?.year, d?.month, d?.day]).toEqual(["Seoul", 2017, 8, 24]);
  });

  it("reads the outlet's name after the year, before a colon", () => {
    const d = parseDateline(
      "Abu Dhabi, February 07, 2024, The Harbour Times: Yesterday, the envoys met.",
    );
    expect([d?.place, d?.year, d?.month, d?.day, d?.agency]).toEqual([
      "Abu Dhabi",
      2024,
      2,
      7,
      "The Harbour Times",
    ]);
  });

  it("takes no sentence after the year for an outlet", () => {
    expect(parseDateline("Abu Dhabi, February 07, 2024, the ministry said: talks went on.")).toBe(
      null,
    );
  });
});

describe("a numeric date after its weekday", () => {
  it("is read as the weekday says", () => {
    expect(findStamp("Mon, 03/06/2017 - 23:10")?.date).toBe("2017-03-06");
    expect(findStamp("Sat, 03/06/2017 - 23:10")?.date).toBe("2017-06-03");
  });

  it("without one keeps both readings", () => {
    const stamp = findStamp("03/06/2017 - 23:10");
    expect([stamp?.date, stamp?.monthFirst]).toEqual(["2017-06-03", "2017-03-06"]);
  });
});

describe("a site's date bar on the day of a yearless dateline", () => {
  it("gives the dateline its year, marked inferred and said", () => {
    const a = readArticle({ file: "cabinet.txt", text: barOnDatelineDay }, TODAY);
    expect([a.published, a.publishedFrom]).toEqual(["2017-03-06", "inferred"]);
    expect(a.warnings.join("\n")).toContain("taken from the site's date bar (2017-03-06)");
  });

  it("gives nothing far from the dateline's day", () => {
    const text = barOnDatelineDay.replace("Mar. 6", "Sept. 20");
    expect(readArticle({ file: "cabinet.txt", text }, TODAY).published).toBeNull();
  });
});
