// @vitest-environment node
// Publication dates from every signal a page gives (written pages; none from the corpora).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string, file = "a.txt") => readArticle({ file, text }, { today: "2026-12-01" });
const pub = (text: string, file?: string) => {
  const a = read(text, file);
  return [a.published, a.publishedFrom];
};
const body =
  "The two ministers held talks on bilateral defence cooperation and signed a memorandum on training.";

describe("publication date", () => {
  it("reads date lines in the forms pages print them", () => {
    for (const [line, iso] of [
      ["12 March 2016 News", "2016-03-12"],
      ["April 2, 2019, Brasilia", "2019-04-02"],
      ["March 3, 2020 - Canberra - Department of Defence", "2020-03-03"],
      ["Thursday, 04 July 2019 | Reuters | Paris", "2019-07-04"],
      ["Asia Wire Service | | 9 Feb 2018, 06:10 pm", "2018-02-09"],
      ["(Source: Ministry of Defence; issued June 8, 2017)", "2017-06-08"],
      ["2018/11/5", "2018-11-05"],
      ["14-August-2016 11:00 IST", "2016-08-14"],
      ["Latest update : 2012-05-09", "2012-05-09"],
      ["Daily Wire Lisbon, Portugal Mar 3, 2021, 09.15 AM (WET)", "2021-03-03"],
      ["Coast Times Mombasa Jun 9, 2019, 11:05 PM", "2019-06-09"],
      ["NDTV World 12 May 2022 08:40 IST", "2022-05-12"],
      ["13:25, September 05, 2012", "2012-09-05"],
      ["World News 09:09 November 17, 2019", "2019-11-17"],
      ["This Article is From Aug 30, 2018", "2018-08-30"],
      ["WIREUpdated: Tuesday, November 08, 2022, 04:23 PM IST", "2022-11-08"],
      ["- 05 March, 2026", "2026-03-05"],
      ["by Lena Berg Published: Fri 3 Dec 2021, 3:18 PM", "2021-12-03"],
      ["By Lena Berg, Coast TimesMonday, October 11, 2010", "2010-10-11"],
      ["World Friday 01/April/2022 21:19 PM", "2022-04-01"],
      ["Sunday 6-March-2016", "2016-03-06"],
    ])
      expect(pub(`Ministers meet in the capital\n\n${line}\n\n${body}`), line).toEqual([
        iso,
        "text",
      ]);
  });

  it("reads a weekday and a slashed day only when the weekday is that date's", () => {
    // 1 April 2022 was a Friday, not a Monday.
    expect(
      pub(`Ministers meet in the capital\n\nWorld Monday 01/April/2022 21:19 PM\n\n${body}`),
    ).toEqual([null, null]);
  });

  it("reads a stamp under a headline below a site's menu, search box and font buttons", () => {
    const menu = "twitter\nyoutube\ninstagram\nsearch\nWHAT ARE YOU LOOKING FOR ?\nA+\nA-";
    const a = read(`${menu}\n\nMinisters meet in the capital\n\n05 February 2026 12:21\n\n${body}`);
    expect([a.title, a.published, a.publishedFrom]).toEqual([
      "Ministers meet in the capital",
      "2026-02-05",
      "text",
    ]);
  });

  it("takes the stamp printed under a picture's caption that opens the page", () => {
    const caption =
      "Minister Lund greets Minister Okafor before their talks in Oslo. Photograph:( Reuters )";
    expect(
      pub(
        `Ministers meet in the capital\n\n${caption}\n\nDaily Wire Oslo, Norway Mar 3, 2021, 09.15 AM (CET)\n\n${body}`,
      ),
    ).toEqual(["2021-03-03", "text"]);
  });

  it("ignores a live clock above the headline and a reader's dated comment below the story", () => {
    expect(
      pub(
        `Saturday, May 04 2024 | 10:11:12 AM\nMinisters meet in the capital\n\n${body}\n\nA reader\nOhio, USA\nMay 9, 2024\n\nA reader writes: good.`,
      ),
    ).toEqual([null, null]);
  });

  it("ignores the day a site's 'Today in' weather box shows, and takes the story's stamp", () => {
    expect(
      pub(
        `Ministers meet in the capital | world | Daily Globe\nToday in Lisbon, Portugal\nMar 3, 2021-Wednesday\nLisbon\n\nMinisters meet in the capital\n\nworld Updated: Sep 9, 2014 10:02 IST\n\n${body}`,
      ),
    ).toEqual(["2014-09-09", "text"]);
  });

  it("takes the headline printed twice, not the site furniture above it", () => {
    const a = read(
      `Please enable JavaScript\nApril 25, 2024 17:00 (IST)\nTicker one | Ticker two | Ticker three\nMinisters meet in the capital today\n\nMinisters meet in the capital today\n\nDesk Wire | | 21 Jan 2015, 07:21 pm\nNew Delhi, Jan 21 (DW) ${body}`,
    );
    expect([a.title, a.published, a.publishedFrom]).toEqual([
      "Ministers meet in the capital today",
      "2015-01-21",
      "text",
    ]);
  });

  it("ends a story printed twice at its repeat", () => {
    const a = read(
      `Minister to visit Chile\n\nJune 3, 2024 - Ottawa\n\nThe Minister today announced a visit to Chile.\n\n${body}\n\nMinister to visit Chile\n\nJune 3, 2024 - Ottawa\n\nThe Minister today announced a visit to Chile.\n\n${body}`,
    );
    expect(a.paragraphs).toEqual(["The Minister today announced a visit to Chile.", body]);
  });

  it("keeps the story under a headline printed again below a short notice", () => {
    const more = "The minister arrived in the capital on Tuesday for two days of talks.";
    const a = read(
      `Ministers sign deals on ships and energy\n\nWe are sorry, this service is currently unavailable. Please try again later.\n\nThis was published 10 years ago\n\nMinisters sign deals on ships and energy\n\n${body}\n\n${more}\n\nThe two sides also agreed to meet again next year in the capital of the other country.\n\nBoth delegations later visited a shipyard and a power plant outside the city.\n\nA joint statement is expected to follow the visit in the coming days.`,
    );
    expect(a.title).toBe("Ministers sign deals on ships and energy");
    expect(a.paragraphs.slice(0, 2)).toEqual([body, more]);
  });

  it("keeps the story after a standfirst the story repeats, and drops the standfirst", () => {
    const standfirst = "The two ministers have met four times this year.";
    const later = "Since then the leaders have spoken by phone several times.";
    const a = read(
      `Ministers hold talks in the capital\n\n${standfirst}\n\nJune 3, 2024 - Ottawa\n\nThe Minister today held talks with her counterpart.\n\n${body}\n\n${standfirst}\n\n${later}`,
    );
    expect(a.paragraphs).toEqual([
      "The Minister today held talks with her counterpart.",
      body,
      standfirst,
      later,
    ]);
  });

  it("reads an agency's bracketed dateline with its year", () => {
    const a = read(`Leaders to meet\n\n(Interfax – ANKARA, March 3, 2015) ${body}`);
    expect([a.published, a.dateline, a.source]).toEqual(["2015-03-03", "Ankara", "Interfax"]);
  });

  it("reads a release wire's slashed credit and a bracket with credit and date", () => {
    const apo = read(
      `Council meets\n\nADDIS ABABA, Ethiopia, January 6, 2012/Press Wire Africa (PWA)/ -- ${body}`,
    );
    expect([apo.published, apo.dateline, apo.source]).toEqual([
      "2012-01-06",
      "Addis Ababa",
      "Press Wire Africa (PWA)",
    ]);
    const paired = read(
      `Ministers talk\n\nOSLO (Coast Times / Nordwire - 04th December, 2021) ${body}`,
    );
    expect([paired.published, paired.dateline, paired.source, paired.paragraphs[0]]).toEqual([
      "2021-12-04",
      "Oslo",
      "Coast Times",
      body,
    ]);
  });

  it("gives a yearless dateline the year of the same day written in full, or of a weekday the text's years agree on", () => {
    expect(
      pub(
        `Navies drill\n\nNEW DELHI, SEPT 9\nThe navies on Friday began drills. — Navy (@navy) September 9, 2022`,
      ),
    ).toEqual(["2022-09-09", "inferred"]);
    // July 14 is a Friday in 2017 and 2023; only 2017 is named.
    expect(
      pub(
        `Drills planned\n\nMOSCOW, July 14. /TASS/. The minister said on Friday that Exercise Steppe-2017 will be held in the autumn.`,
      ),
    ).toEqual(["2017-07-14", "inferred"]);
  });

  it("gives a yearless dateline the year of a day written in full the story looks forward to, days after it", () => {
    const lede = "The foreign minister will begin a tour of the region on Tuesday.";
    const plan = "He will pay official visits to Lisbon and Madrid on 9-11 February 2021.";
    expect(pub(`Minister to tour\n\nANKARA, FEB 8: ${lede}\n\n${plan}`)).toEqual([
      "2021-02-08",
      "inferred",
    ]);
    // Across New Year the day falls in the year before.
    const early = "He will pay official visits to Lisbon and Madrid on 2 January 2021.";
    expect(pub(`Minister to tour\n\nANKARA, DEC 30: ${lede}\n\n${early}`)).toEqual([
      "2020-12-30",
      "inferred",
    ]);
    // A month or a year ahead is too loose to fix the dateline's year.
    const loose = "He will pay official visits to Lisbon and Madrid in 2022.";
    expect(pub(`Minister to tour\n\nANKARA, DEC 30: ${lede}\n\n${loose}`)[0]).toBeNull();
  });

  it("takes the story's own day tied to a weekday when nothing else dates it", () => {
    expect(
      pub(
        `Drills begin\n\nSEOUL (Wire) - Troops began drills on Monday (March 4) in the annual Spring-2019 exercise.`,
      ),
    ).toEqual(["2019-03-04", "inferred"]);
    expect(
      pub(
        `Visit announced\n\nAnnouncing the visit on Tuesday (May 14, 2024), the ministry said it would be short.`,
      ),
    ).toEqual(["2024-05-14", "inferred"]);
    expect(
      pub(`Visit announced\n\nThe minister will on Wednesday (June 12) address the forum in 2024.`),
    ).toEqual([null, null]);
  });

  it("takes the page's bare stamp under a standfirst, but not one below the story's text", () => {
    const standfirst = "The ministers agreed to meet again next year.";
    expect(
      pub(`Ministers meet\n\n${standfirst}\n\nLena Berg\n\nDecember 7, 2021\n\n${body}`),
    ).toEqual(["2021-12-07", "text"]);
    // Under two lines of site prompts, the headline and the standfirst, the writer's name on
    // the line over the stamp is the byline, not a fourth line of story text.
    const prompts = "Stay up to date with our alerts\n\nAlerts can be managed in settings.";
    expect(
      pub(
        `${prompts}\n\nMinisters meet\n\n${standfirst}\n\nLena Berg\nThursday 9 December 2021 06:22 EDT\n\n${body}\n\n${body}`,
      ),
    ).toEqual(["2021-12-09", "text"]);
    const story = [body, body, body, body].join("\n\n");
    expect(pub(`Ministers meet\n\n${story}\n\nDecember 7, 2021\n\nA reader's comment.`)).toEqual([
      null,
      null,
    ]);
    // A release signed off with its date on the page's last line dates the story.
    expect(pub(`Ministers meet\n\n${story}\n\n16 October 2011\n`)).toEqual(["2011-10-16", "text"]);
  });

  it("takes a date near the top that the lede's weekday agrees with, marked inferred", () => {
    // A caption's date, a stamp-like line, a clock line under the byline.
    expect(
      pub(
        `Arms ban lifted\n\nThe president stands beside his host in Hanoi, Vietnam Monday, May 23, 2016. Photo: Lena Berg / Wire\n\nHANOI — The president on Monday lifted an arms embargo during his first visit.`,
      ),
    ).toEqual(["2016-05-23", "inferred"]);
    expect(
      pub(
        `Ties to grow\n\nThe two countries pledged closer defence ties on Friday.\n\nCourier June 18, 2010\n\nCAPITAL: The two countries pledged closer defence ties in a meeting on Friday.`,
      ),
    ).toEqual(["2010-06-18", "inferred"]);
    expect(
      pub(
        `Leaders shake hands\n\nThe two presidents sign agreements in Brasilia, Brazil November 20, 2024. WIRE/Lena Berg\n\nThe presidents yesterday upgraded relations and struck agreements on energy.`,
      ),
    ).toEqual(["2024-11-21", "inferred"]);
    // The weekday disagrees (June 18, 2010 is a Friday), or the date is in a sentence.
    expect(
      pub(
        `Ties to grow\n\nCourier June 18, 2010\n\nThe two countries pledged closer defence ties in a meeting on Monday.`,
      ),
    ).toEqual([null, null]);
    expect(
      pub(
        `Summit ends\n\nThe summit, held from 21st January to 10th of February 2020, concluded on Monday in the capital.`,
      ),
    ).toEqual([null, null]);
  });

  it("takes a day the text ties to its own 'today' written in full", () => {
    expect(
      pub(
        `President arrives\n\nThe President has this afternoon, 14 August 2019, arrived in Dodoma.`,
      ),
    ).toEqual(["2019-08-14", "inferred"]);
    // "tomorrow" written out in full is the next day's date: the story's is the day before.
    expect(
      pub(`President to arrive\n\nThe President will arrive tomorrow, 15 August 2019, in Dodoma.`),
    ).toEqual(["2019-08-14", "inferred"]);
    // A date in full that no own-day word ties to the story stays the event's only.
    expect(
      pub(`President to arrive\n\nThe President will arrive on 15 August 2019 in Dodoma.`),
    ).toEqual([null, null]);
  });

  it("reads a wire's name and day glued before the lede", () => {
    expect(
      pub(
        `Summit ends\n\nWIRE February 11/2020 The annual summit concluded on Monday in the capital.`,
      ),
    ).toEqual(["2020-02-11", "text"]);
  });

  it("takes the date a readout's headline ends with, marked inferred", () => {
    expect(pub(`Readout of the call with Prime Minister Lund: 19 May 2019\n\n${body}`)).toEqual([
      "2019-05-19",
      "inferred",
    ]);
    expect(pub(`Talks on the 2019 budget, 1 year on\n\n${body}`)).toEqual([null, null]);
    expect(pub(`Defence Council - Agreed conclusions (16 October 2019)\n\n${body}`)).toEqual([
      "2019-10-16",
      "inferred",
    ]);
    expect(pub(`Talks on the budget (a 2019 view)\n\n${body}`)).toEqual([null, null]);
    // A range the title ends with gives the event's days, not the page's.
    expect(
      pub(`Communiqué on the State Visit to the Republic, 24- 25 November 2017\n\n${body}`),
    ).toEqual([null, null]);
    expect(pub(`State Visit to the Republic, 24–25 November 2017\n\n${body}`)).toEqual([
      null,
      null,
    ]);
  });

  it("uses a date in the file name only when the text gives none, marked inferred", () => {
    expect(pub(`Ministers meet\n\n${body}`, "2019-11-04_ministers.txt")).toEqual([
      "2019-11-04",
      "inferred",
    ]);
    expect(
      pub(`Ministers meet\n\nMay 2, 2018, Lima\n\n${body}`, "2019-11-04_ministers.txt"),
    ).toEqual(["2018-05-02", "text"]);
  });

  it("prefers the page's own stamp to a store date far from it or after it", () => {
    expect(pub(` date 2011-02-01 Ministers meet\n\nMay 2, 2018, Lima\n\n${body}`)).toEqual([
      "2018-05-02",
      "text",
    ]);
    // A store takes a page on or after the day the page gives itself, never before.
    expect(pub(` date 2018-05-03 Ministers meet\n\nMay 2, 2018, Lima\n\n${body}`)).toEqual([
      "2018-05-02",
      "text",
    ]);
    expect(pub(` date 2018-05-01 Ministers meet\n\nMay 2, 2018, Lima\n\n${body}`)).toEqual([
      "2018-05-01",
      "text",
    ]);
  });

  it("reads a desk credit on its own line as the outlet, not the headline", () => {
    const a = read(
      `GULF NEWS SERVICE\nDUBAI, MAY 5\nMinisters on Sunday held talks in Dubai in 2021.`,
    );
    expect(a.source).toBe("GULF NEWS SERVICE");
  });
});
