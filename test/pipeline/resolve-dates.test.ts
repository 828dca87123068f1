// @vitest-environment node
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

const at = (published: string | null): DateContext => ({
  published,
  publishedFrom: published === null ? null : "text",
});

function only(text: string, ctx: DateContext) {
  const found = resolveDates(text, ctx);
  expect(found).toHaveLength(1);
  const [first] = found;
  if (!first) throw new Error("no date found");
  return first;
}

describe("resolveDates on seed sentences", () => {
  it("reads a past-tense weekday as the dateline day itself", () => {
    const r = only("India and Russia on Thursday reiterated their commitment", at("2017-06-01"));
    expect(r).toMatchObject({ start: "2017-06-01", precision: "day", basis: "weekday-inferred" });
  });

  it("reads Thursday in a Friday story as the day before", () => {
    const text =
      "the 22nd meeting of which took place at New Delhi's Manekshaw Centre on Thursday, jointly chaired by Defence Minister Rajnath Singh";
    expect(only(text, at("2025-12-05"))).toMatchObject({
      text: "on Thursday",
      start: "2025-12-04",
    });
  });

  it("gives a stated range its start and end", () => {
    const text =
      "PM Modi had travelled to Russia to attend 22nd India-Russia Summit held in Moscow on July 8-9, 2024.";
    expect(only(text, at("2025-10-29"))).toMatchObject({
      start: "2024-07-08",
      end: "2024-07-09",
      precision: "day",
      basis: "stated",
    });
  });

  it("reads 'throughout 2022' as that year", () => {
    expect(
      only("Trade grew substantially throughout 2022, the readout said.", at("2023-06-30")),
    ).toMatchObject({ start: "2022", precision: "year", basis: "stated" });
  });

  it("keeps month and year phrases at month or year precision", () => {
    expect(
      only(
        "Earlier this month, Prime Minister Narendra Modi held a telephone conversation",
        at("2025-10-29"),
      ),
    ).toMatchObject({ start: "2025-10", precision: "month", basis: "vague" });
    expect(
      only(
        "In September, both leaders had met on the sidelines of the SCO Summit",
        at("2025-10-29"),
      ),
    ).toMatchObject({ start: "2025-09", precision: "month" });
    expect(
      only(
        "the meeting of Defence Ministers in Qingdao in June 2025 on the sidelines",
        at("2025-12-05"),
      ),
    ).toMatchObject({ start: "2025-06", precision: "month", basis: "stated" });
    expect(
      only(
        '"This year will see the first ever Tri-services exercise INDRA-2017," both leaders said.',
        at("2017-06-01"),
      ),
    ).toMatchObject({ start: "2017", precision: "year", future: true });
  });

  it("puts a future month after the publication date", () => {
    const text =
      "PM Modi conveyed that he is looking forward to welcoming President Putin to India, in December for the 23rd India-Russia Annual Summit.";
    expect(only(text, at("2025-10-29"))).toMatchObject({ start: "2025-12", future: true });
  });

  it("reads Today's as the publication day and ignores years inside names", () => {
    const text =
      '"Today\'s 23rd India-Russia Annual Summit was an opportunity to discuss. We have agreed on an Economic Cooperation Programme till 2030 in order to diversify our trade."';
    expect(only(text, at("2025-12-05"))).toMatchObject({ start: "2025-12-05", precision: "day" });
    expect(
      resolveDates("PM Modi congratulated Putin on his 73rd birthday.", at("2025-10-29")),
    ).toEqual([]);
  });

  it("leaves 5-6 April unknown without an anchor and marks an editor anchor", () => {
    const text =
      "This was discussed during the visit of Russia's Minister of Foreign Affairs, Sergey Lavrov, to India on 5-6 April.";
    expect(only(text, at(null))).toMatchObject({
      text: "5-6 April",
      start: null,
      precision: "unknown",
    });
    expect(only(text, { published: "2021-04-07", publishedFrom: "editor" })).toMatchObject({
      start: "2021-04-05",
      end: "2021-04-06",
      basis: "editor",
    });
  });

  it("keeps 'days after' no finer than the month it must fall in", () => {
    const text =
      "Shoigu's visit to India came days after Russian Deputy Prime minister Denis Manturov travelled to the country.";
    expect(only(text, at("2023-04-28"))).toMatchObject({
      start: "2023-04",
      precision: "month",
      basis: "vague",
    });
    expect(only(text, at("2023-04-03"))).toMatchObject({ start: "2023", precision: "year" });
  });
});

describe("resolveDates on other sentences", () => {
  it("counts 'two days ago' back from publication and keeps a season to its year", () => {
    expect(only("The envoys met two days ago.", at("2025-12-06"))).toMatchObject({
      start: "2025-12-04",
      precision: "day",
    });
    expect(only("The envoys met a day ago.", at("2025-12-06"))).toMatchObject({
      start: "2025-12-05",
    });
    // 6 December 2025 is a Saturday; the weekday in brackets names the same day.
    expect(
      only("The talks begin the day after tomorrow (Monday).", at("2025-12-06")),
    ).toMatchObject({ start: "2025-12-08", precision: "day" });
    expect(only("They met the day before yesterday.", at("2025-12-06"))).toMatchObject({
      start: "2025-12-04",
      precision: "day",
    });
    expect(only("They met in the summer of 2023.", at("2025-12-06"))).toMatchObject({
      start: "2023",
      precision: "year",
    });
  });

  it("reads 'later on Wednesday' or a future 'on Wednesday' in a Wednesday story as that day", () => {
    expect(
      only("Erdogan was scheduled to meet Putin later on Wednesday.", at("2024-10-23")),
    ).toMatchObject({ start: "2024-10-23" });
    // The labelling rule: a future weekday is the next such day, the publication day itself
    // when it is that weekday; "next Wednesday" is the week after.
    expect(only("Erdogan will meet Putin on Wednesday.", at("2024-10-23"))).toMatchObject({
      start: "2024-10-23",
    });
    expect(
      only("Gulf leaders are set to meet for the summit on Sunday.", at("2018-12-09")),
    ).toMatchObject({
      start: "2018-12-09",
    });
    expect(only("Erdogan will meet Putin next Wednesday.", at("2024-10-23"))).toMatchObject({
      start: "2024-10-30",
    });
    expect(only("Erdogan will meet Putin on Thursday.", at("2024-10-23"))).toMatchObject({
      start: "2024-10-24",
    });
  });

  it("reads the tense past a courtesy title: 'On Thursday, Mr. Singh will ...'", () => {
    expect(
      only("On Thursday, Mr. Singh will also chair the ministers' conclave.", at("2020-02-05")),
    ).toMatchObject({ start: "2020-02-06", future: true });
  });

  it("lets 'planned' look forward only for what follows it", () => {
    const found = resolveDates(
      "Jaishankar held a meeting with Lavrov on Wednesday, days before Modi's planned trip to Moscow on July 8-9.",
      at("2024-07-04"),
    );
    expect(found.map((d) => d.start)).toEqual(["2024-07-03", "2024-07-08"]);
  });

  it("reads 'last week' as the calendar week before publication", () => {
    // Published on a Tuesday: last week ran from Monday 4 to Sunday 10 September.
    expect(only("They met last week.", at("2023-09-12"))).toMatchObject({
      start: "2023-09",
      precision: "month",
    });
    // Monday 28 August to Sunday 3 September: two months, so only the year is known.
    expect(only("They met last week.", at("2023-09-05"))).toMatchObject({
      start: "2023",
      precision: "year",
    });
  });

  it("sends a future weekday to the next such day", () => {
    expect(only("The minister will visit Beijing on Tuesday.", at("2024-03-13"))).toMatchObject({
      start: "2024-03-19",
      future: true,
    });
    expect(only("The minister visited Beijing on Tuesday.", at("2024-03-13"))).toMatchObject({
      start: "2024-03-12",
      future: false,
    });
  });

  it("takes the year of a yearless month-day from the tense", () => {
    expect(only("The talks were held on December 20.", at("2024-01-10"))).toMatchObject({
      start: "2023-12-20",
      basis: "year-inferred",
    });
    expect(
      only("The summit is scheduled to be held on February 2.", at("2024-10-10")),
    ).toMatchObject({ start: "2025-02-02" });
  });

  it("handles weekday ranges and n-day visits", () => {
    expect(only("Talks ran from Monday to Wednesday in Geneva.", at("2024-03-15"))).toMatchObject({
      start: "2024-03-11",
      end: "2024-03-13",
    });
    expect(
      only("He will begin a three-day visit starting on Monday.", at("2024-03-15")),
    ).toMatchObject({ start: "2024-03-18", end: "2024-03-20" });
  });

  it("reads month names across months and in day-month order", () => {
    expect(only("The drill ran from 30 June to 2 July 2023.", at("2023-08-01"))).toMatchObject({
      start: "2023-06-30",
      end: "2023-07-02",
    });
    expect(only("It was signed on Wednesday, 14 March 2019 in Delhi.", at(null))).toMatchObject({
      start: "2019-03-14",
      basis: "stated",
    });
  });

  it("reads relative months and years", () => {
    expect(only("Exports rose last month.", at("2024-01-10"))).toMatchObject({ start: "2023-12" });
    expect(only("They will meet again next year.", at("2024-01-10"))).toMatchObject({
      start: "2025",
      future: true,
    });
    expect(only("He resigned last September.", at("2024-09-10"))).toMatchObject({
      start: "2023-09",
    });
  });

  it("does not treat modal may, exercise names or targets as dates", () => {
    expect(
      resolveDates(
        "India may join INDRA-2021 and the plan runs till 2030 or by 2035.",
        at("2024-01-10"),
      ),
    ).toEqual([]);
  });

  it("returns anchored phrases as unknown when the publication date is missing", () => {
    const found = resolveDates("They met on Friday and again last month, and in 2019.", at(null));
    expect(found.map((r) => [r.start, r.precision])).toEqual([
      [null, "unknown"],
      [null, "unknown"],
      ["2019", "year"],
    ]);
  });

  it("rejects impossible calendar dates", () => {
    expect(only("It was dated February 30, 2023.", at(null))).toMatchObject({
      start: null,
      precision: "unknown",
    });
  });

  it("reads each date in a mixed-tense sentence by its own clause", () => {
    const found = resolveDates(
      "The talks, which began on Monday, will conclude on Friday.",
      at("2024-03-13"),
    );
    expect(found.map((r) => [r.start, r.future])).toEqual([
      ["2024-03-11", false],
      ["2024-03-15", true],
    ]);
  });

  it("marks a written date past or future by the calendar, not by nearby verbs", () => {
    const found = resolveDates(
      "He took office in May 2019 and will step down by 2030.",
      at("2024-03-13"),
    );
    expect(found).toEqual([expect.objectContaining({ start: "2019-05", future: false })]);
  });

  it("reads week phrases and parts of a month no finer than a month", () => {
    expect(only("Earlier in the week the ministers met.", at("2024-03-13"))).toMatchObject({
      start: "2024-03",
      precision: "month",
    });
    expect(only("It happened in the first week of February.", at("2024-03-13"))).toMatchObject({
      start: "2024-02",
      precision: "month",
    });
    expect(only("In mid-March, the navy held drills.", at("2024-03-13"))).toMatchObject({
      start: "2024-03",
      precision: "month",
    });
    expect(only("Talks will resume in the coming days.", at("2024-03-29"))).toMatchObject({
      start: "2024",
      precision: "year",
    });
  });
});

describe("a yearless span told in the future tense", () => {
  it("is this year's when it is under way on the day of publication", () => {
    const text = "The navies will lead the drill being conducted from August 31 to September 14.";
    expect(only(text, at("2023-09-01"))).toMatchObject({
      start: "2023-08-31",
      end: "2023-09-14",
    });
  });

  it("is next year's when it is already over by the day of publication", () => {
    const text = "The navies will lead the drill from August 1 to August 14.";
    expect(only(text, at("2023-09-01"))).toMatchObject({
      start: "2024-08-01",
      end: "2024-08-14",
    });
  });
});

describe("the present progressive of a journey", () => {
  it("looks ahead: 'is leaving for India on October 4' the day after publication", () => {
    const text = "The President is leaving for India on October 4, an aide told reporters.";
    expect(only(text, at("2018-10-03"))).toMatchObject({ start: "2018-10-04", future: true });
  });
});

describe("a participle with its agent", () => {
  it("carries no tense of its own inside what a future verb governs", () => {
    const text =
      "The vice minister will attend a reception hosted by the diplomatic corps on June 12 and deliver remarks.";
    expect(only(text, at("2019-06-11"))).toMatchObject({ start: "2019-06-12", future: true });
  });

  it("still dates its own past act when no future verb comes before it", () => {
    const text =
      "The dialogue proposed by President Macron on May 29 during President Putin’s visit to Versailles will be discussed.";
    expect(only(text, at("2017-07-05"))).toMatchObject({ start: "2017-05-29", future: false });
  });
});

describe("a speaker named after a quotation", () => {
  it("leaves the quoted words their own tense: '... from August 1 to 13,” the Army said'", () => {
    const text =
      "“The joint exercise will be held at Volgograd from August 1 to 13,” the Army said.";
    expect(only(text, at("2021-07-27"))).toMatchObject({
      start: "2021-08-01",
      end: "2021-08-13",
      future: true,
    });
  });
});

describe("a weekday given with a yearless date", () => {
  it("names the year: 'on Friday, September 28' in a story of Thursday, September 27, 2018", () => {
    const text = "The meeting began at 7:15 a.m. on Friday, September 28, Japan time.";
    expect(only(text, at("2018-09-27"))).toMatchObject({ start: "2018-09-28" });
  });

  it("leaves the tense's year where the weekday fits it", () => {
    const text = "The ministers met on Friday, September 21.";
    expect(only(text, at("2018-09-27"))).toMatchObject({ start: "2018-09-21" });
  });

  it("leaves the tense's year where the weekday fits no neighbouring year", () => {
    const text = "The ministers met on Monday, September 28.";
    expect(only(text, at("2018-09-27"))).toMatchObject({ start: "2017-09-28" });
  });
});

describe("a yearless date in a preview", () => {
  const preview = at("2018-08-24");

  it("is one sentence across a month's short name, so the sentence's 'will' reads it ahead", () => {
    const text =
      "During his two-day visit on Sept. 5-6, Foreign Minister Lena Berg will meet her counterpart in Valletta.";
    expect(only(text, preview)).toMatchObject({ start: "2018-09-05", end: "2018-09-06" });
  });

  it("lies ahead when a long-titled visitor's visit it dates is one the story comes ahead of", () => {
    const text =
      "Berg's trip comes ahead of Maltese Prime Minister Tavita Lemalu Odile's key visit to Samoa on Sept. 28-29.";
    expect(only(text, preview)).toMatchObject({ start: "2018-09-28", end: "2018-09-29" });
  });
});

describe("the end of something under way", () => {
  it("is the day nearest publication, whatever the verb's tense", () => {
    const games = "The two countries sent 250 soldiers to the war games conducted till Aug. 16.";
    expect(only(games, at("2012-08-08"))).toMatchObject({ start: "2012-08-16", future: true });
    const stayed = "The delegation stayed until March 3 and then left for Hanoi.";
    expect(only(stayed, at("2024-03-10"))).toMatchObject({ start: "2024-03-03", future: false });
    // Without "till" the past tense still puts a day weeks later in the year before (a day
    // just days later is ahead: test/pipeline/dates-near-ahead.test.ts).
    expect(only("The games were conducted on Sept. 16.", at("2012-08-08")).start).toBe(
      "2011-09-16",
    );
  });
});

describe("a day in brackets after today, tomorrow or yesterday", () => {
  it("is that same day, whatever the verb's tense", () => {
    const dates = (text: string, day: string) => resolveDates(text, at(day));
    const slated =
      "The first meeting is slated to take place tomorrow (Jan. 16) behind closed doors.";
    expect(dates(slated, "2019-01-15").find((d) => d.text.includes("16"))).toMatchObject({
      start: "2019-01-16",
    });
    const met = "The ministers met yesterday (17 September) in Ankara.";
    expect(dates(met, "2015-09-18").find((d) => d.text.includes("17"))).toMatchObject({
      start: "2015-09-17",
    });
  });
});
