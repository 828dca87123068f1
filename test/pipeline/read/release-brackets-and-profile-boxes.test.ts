// @vitest-environment node
// Page-date forms from publication-date set 3 (written pages here): a release's number, date
// and time in a bracket opening its story; "Update:" with the time before the date; a day,
// month and year joined by a hyphen and a comma ("19-December, 2013"); a byline's word glued to
// its date ("Agencies20 April 2013"). And two dates that are no stamp of the story: a forum
// member's "Joined" date in the poster's box, and a day a picture's caption writes ("(picture
// courtesy of the Foreign Ministry)").
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";
import { findStamp } from "../../../src/pipeline/read/stamps";

const TODAY = { today: "2026-12-08" };

const release = `Minister Rui Almeida advances the harbour plan

(No. 394 - December 27, 2011 - 9:30 a.m. ET) Minister Rui Almeida today marked a year of harbour talks with Norway's minister Ola Berg.
`;

const forumPost = `harbourfan
Member
- Joined
- Nov 10, 2010
- Messages
- 2,916
Minister Rui Almeida's Norway visit begins today
Minister Rui Almeida is set to lead a delegation to Norway beginning today, his first since taking office.
`;

const captioned = `Portugal took part in the harbour ministers' meeting in Oslo this week.

Minister Rui Almeida addressed the meeting on Monday in a wide-ranging speech on trade.

Norway's minister Ola Berg met him on the sidelines, according to Norwegian sources.

The meeting prepared a summit of leaders, also to be held in Oslo this year.

Shipping, fisheries and port fees were high on the agenda, officials said.

picture: The ministers in Oslo on 20 February 2012 (picture courtesy of the Foreign Ministry)
`;

describe("a release's bracket before its story", () => {
  it("is a dateline with its date", () => {
    const d = parseDateline(
      "(No. 394 - December 27, 2011 - 9:30 a.m. ET) Minister Rui Almeida met Ola Berg.",
    );
    expect([d?.year, d?.month, d?.day]).toEqual([2011, 12, 27]);
    expect(parseDateline("(Andhra Pradesh) The minister met his counterpart.")).toBeNull();
    expect(parseDateline("(No. 12 - Ministers met in Lisbon) The talks went on.")).toBeNull();
  });

  it("dates the story", () => {
    const a = readArticle({ file: "release.txt", text: release }, TODAY);
    expect([a.published, a.publishedFrom]).toEqual(["2011-12-27", "text"]);
  });
});

describe("stamps in more forms", () => {
  it("reads them", () => {
    expect(findStamp("Update: 04:48, 21 January 2018 Sunday")?.date).toBe("2018-01-21");
    expect(findStamp("19-December, 2013 14:53 IST")?.date).toBe("2013-12-19");
    expect(findStamp("BY Agencies20 April 2013 7:06 AM IST")?.date).toBe("2013-04-20");
  });
});

describe("dates that are no stamp of the story", () => {
  it("a forum member's date of joining", () => {
    expect(readArticle({ file: "forum.txt", text: forumPost }, TODAY).published).toBeNull();
  });

  it("a picture's day, however its credit is written", () => {
    expect(readArticle({ file: "caption.txt", text: captioned }, TODAY).published).toBeNull();
  });
});
