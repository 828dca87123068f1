// @vitest-environment node
import { describe, expect, it } from "vitest";
import { mergeEvents } from "../../src/pipeline/merge-events";
import type { CandidateEvent } from "../../src/pipeline/events/types";
import { candidateEvent } from "./candidate-event";
import type { ResolvedDate } from "../../src/pipeline/types";

function date(start: string | null, text = "on Friday", end: string | null = null): ResolvedDate {
  const precision =
    start === null ? "unknown" : (["year", "month", "day"] as const)[start.split("-").length - 1];
  return {
    text,
    index: 0,
    start,
    end,
    precision: precision ?? "unknown",
    basis: start ? "stated" : null,
    future: false,
  };
}

let order = 0;
function candidate(over: Partial<CandidateEvent>): CandidateEvent {
  order++;
  return candidateEvent({
    order,
    sources: [
      {
        articleId: over.articleId ?? "a",
        quote: `sentence ${order}`,
        paragraph: order,
        start: 0,
        end: 10,
      },
    ],
    ...over,
  });
}

const summit = {
  type: "summit" as const,
  title: "23rd India–Russia Annual Summit",
  namedKey: "summit:23:country-india,country-russia",
  participants: ["person-narendra-modi", "person-vladimir-putin"],
};

describe("merging event statements", () => {
  it("keeps two stories' visits of the same two people to different countries apart", () => {
    const pair = ["person-ana-soto", "person-carlos-vega"];
    const visit = { type: "visit" as const, participants: pair };
    const events = mergeEvents([
      candidate({ ...visit, articleId: "a", date: date("2023-03-18"), location: "Cairo" }),
      candidate({
        ...visit,
        articleId: "b",
        date: date("2023-03", "in March"),
        location: "Turkey",
      }),
      candidate({ ...visit, articleId: "c", date: date("2023-03", "in March"), location: "Egypt" }),
    ]);
    expect(events.map((e) => e.location).sort()).toEqual(["Cairo", "Turkey"]);
  });

  it("joins another story's telling of a meeting whose own story also told it naming no one", () => {
    const day = date("2024-05-06", "on Monday");
    const pair = ["person-ana-soto", "person-carlos-vega"];
    const events = mergeEvents([
      candidate({ articleId: "a", date: day, participants: pair, location: "Lima" }),
      // "The meeting took place at the presidential palace": the same story, naming no one.
      candidate({ articleId: "a", date: day, location: "Lima" }),
      candidate({ articleId: "b", date: day, participants: [...pair].reverse() }),
    ]);
    expect(events).toHaveLength(1);
    expect(new Set(events[0]?.sources.map((s) => s.articleId))).toEqual(new Set(["a", "b"]));
  });

  it("joins a story's exercise told on its opening day and again for 'this year'", () => {
    const events = mergeEvents([
      candidate({
        type: "exercise",
        title: "Military exercise",
        date: date("2019-04-01", "On Monday, April 1"),
        entities: ["place-tejeros-hall"],
      }),
      candidate({
        type: "exercise",
        title: "Military exercise",
        date: date("2019", "this year"),
        participants: ["person-gilbert-gapay"],
        entities: ["country-australia"],
      }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      start: "2019-04-01",
      participants: ["person-gilbert-gapay"],
    });
  });

  it("joins a month-precision preview and a day-precision report of one named summit", () => {
    const events = mergeEvents([
      candidate({ ...summit, articleId: "oct29", date: date("2025-12", "in December") }),
      candidate({ ...summit, articleId: "dec05", date: date("2025-12-05") }),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      id: "2025-12-05-23rd-india-russia-annual-summit",
      start: "2025-12-05",
      precision: "day",
      dateText: "on Friday",
    });
    expect(events[0]?.sources.map((s) => s.articleId)).toEqual(["dec05", "oct29"]);
  });

  it("never merges incompatible dates, even for the same people and type", () => {
    const people = ["person-rajnath-singh", "person-sergei-shoigu"];
    const events = mergeEvents([
      candidate({ articleId: "x", participants: people, date: date("2023-04-28") }),
      candidate({ articleId: "y", participants: people, date: date("2023-06") }),
    ]);
    expect(events.map((e) => e.start)).toEqual(["2023-04-28", "2023-06"]);
  });

  it("keeps two stories' statements apart when they share one person, a year and no country", () => {
    const events = mergeEvents([
      candidate({
        articleId: "feb",
        type: "agreement",
        participants: ["person-ferdinand-marcos-jr"],
        entities: ["country-japan"],
        date: date("2023-02-09"),
      }),
      candidate({
        articleId: "later",
        type: "agreement",
        participants: ["person-ferdinand-marcos-jr", "person-joe-biden"],
        entities: ["country-united-states"],
        date: date("2023", "in 2023"),
      }),
    ]);
    expect(events.map((e) => e.start).sort()).toEqual(["2023", "2023-02-09"]);
  });

  it("still joins a story's recall of a visit to the visit another story dates", () => {
    const visit = { type: "visit" as const, entities: ["country-russia"] };
    const events = mergeEvents([
      candidate({
        ...visit,
        articleId: "report",
        participants: ["person-narendra-modi", "person-vladimir-putin"],
        date: date("2024-07-08"),
      }),
      candidate({
        ...visit,
        articleId: "recall",
        participants: ["person-narendra-modi"],
        date: date("2024-07", "last month"),
      }),
    ]);
    expect(events).toHaveLength(1);
  });

  it("keeps same-day meetings with different counterparts apart", () => {
    const events = mergeEvents([
      candidate({
        participants: ["person-rajnath-singh", "person-sergei-shoigu"],
        date: date("2023-04-28"),
      }),
      candidate({
        participants: ["person-rajnath-singh", "person-zhang-ming"],
        date: date("2023-04-28"),
      }),
    ]);
    expect(events).toHaveLength(2);
  });

  it("joins a story's lone talks to that story's talks of the day, not another story's", () => {
    const lavrov = "person-sergey-lavrov";
    const events = mergeEvents([
      candidate({
        articleId: "a",
        participants: ["person-narendra-modi", lavrov],
        date: date("2022-04-01"),
      }),
      candidate({
        articleId: "b",
        participants: [lavrov, "person-s-jaishankar"],
        date: date("2022-04-01"),
      }),
      candidate({ articleId: "b", participants: [lavrov], date: date("2022-04-01") }),
    ]);
    expect(events).toHaveLength(2);
    const withModi = events.find((e) => e.participants.includes("person-narendra-modi"));
    expect(withModi?.sources.map((s) => s.articleId)).toEqual(["a"]);
  });

  it("folds same-day talks into the commission meeting they were part of", () => {
    const people = ["person-andrei-belousov", "person-rajnath-singh"];
    const events = mergeEvents([
      candidate({
        type: "commission-meeting",
        title: "22nd IRIGC-M&MTC meeting",
        namedKey: "commission-meeting:22:org-irigc-m-mtc",
        participants: people,
        date: date("2025-12-04", "on Thursday"),
      }),
      candidate({
        participants: ["person-rajnath-singh", "person-andrei-belousov"],
        date: date("2025-12-04", "On Thursday"),
      }),
    ]);
    expect(events.map((e) => [e.id, e.type, e.sources.length])).toEqual([
      ["2025-12-04-22nd-irigc-m-and-mtc-meeting", "commission-meeting", 2],
    ]);
  });

  it("merges an undated restatement only within its own article", () => {
    const people = ["person-sergey-lavrov", "person-subrahmanyam-jaishankar"];
    const events = mergeEvents([
      candidate({ articleId: "a", participants: people }),
      candidate({ articleId: "a", participants: people }),
      candidate({ articleId: "b", participants: people }),
    ]);
    expect(events.map((e) => e.sources.length).sort()).toEqual([1, 2]);
  });

  it("gives readable ids, 'undated-' for unknown dates and -2 for collisions", () => {
    const events = mergeEvents([
      candidate({
        title: "Rajnath Singh meets Sergei Shoigu",
        participants: ["p1", "p2"],
        date: date("2023-04-28"),
      }),
      candidate({
        articleId: "b",
        title: "Rajnath Singh meets Sergei Shoigu",
        participants: ["p3", "p4"],
        date: date("2023-04-28"),
      }),
      candidate({
        title: "Sergey Lavrov visits India",
        type: "visit",
        participants: ["p5"],
        date: date(null, "5-6 April"),
      }),
    ]);
    expect(events.map((e) => e.id)).toEqual([
      "2023-04-28-rajnath-singh-meets-sergei-shoigu",
      "2023-04-28-rajnath-singh-meets-sergei-shoigu-2",
      "undated-sergey-lavrov-visits-india",
    ]);
    expect(events[2]).toMatchObject({ start: null, precision: "unknown", dateText: "5-6 April" });
  });
});

describe("plain talks naming no one beside the story's meeting", () => {
  const meeting = (start: string) =>
    candidate({
      articleId: "wg",
      type: "working-group-meeting",
      title: "Working group meeting",
      date: date(start, "from 26-27 Jun 2024"),
    });
  const talks = (start: string) =>
    candidate({ articleId: "wg", type: "talks", title: "Army talks", date: date(start) });

  it("joins the talks told on the meeting's day", () => {
    expect(mergeEvents([meeting("2024-06-26"), talks("2024-06-26")])).toHaveLength(1);
  });

  it("keeps talks on another day apart", () => {
    expect(mergeEvents([meeting("2024-06-26"), talks("2024-06-28")])).toHaveLength(2);
  });
});

describe("talks told in a story of a phone call", () => {
  const people = ["person-mike-pompeo", "person-sergey-lavrov"];
  const call = (start: string) =>
    candidate({
      articleId: "call",
      type: "phone-call",
      title: "Pompeo–Lavrov phone call",
      participants: people,
      date: date(start, "today"),
    });
  const talks = (start: string, participants = people) =>
    candidate({ articleId: "call", participants, date: date(start, "today") });

  it("are that call when they are of its day and all their people are on it", () => {
    const events = mergeEvents([call("2020-07-13"), talks("2020-07-13")]);
    expect(events.map((e) => [e.type, e.sources.length])).toEqual([["phone-call", 2]]);
  });

  it("stay apart when someone in them was not on the call, or on another day", () => {
    const other = [...people, "person-wang-yi"];
    expect(mergeEvents([call("2020-07-13"), talks("2020-07-13", other)])).toHaveLength(2);
    expect(mergeEvents([call("2020-07-13"), talks("2020-07-15")])).toHaveLength(2);
  });

  it("are that call when they name one of its people only", () => {
    const events = mergeEvents([call("2020-07-13"), talks("2020-07-13", people.slice(0, 1))]);
    expect(events.map((e) => [e.type, e.sources.length])).toEqual([["phone-call", 2]]);
  });

  it("stay apart when their one person was not on the call, or they name a place", () => {
    expect(mergeEvents([call("2020-07-13"), talks("2020-07-13", ["person-wang-yi"])])).toHaveLength(
      2,
    );
    const alone = { ...talks("2020-07-13", people.slice(0, 1)), location: "Moscow" };
    expect(mergeEvents([call("2020-07-13"), alone])).toHaveLength(2);
    const met = { ...talks("2020-07-13"), location: "Moscow" };
    expect(mergeEvents([call("2020-07-13"), met])).toHaveLength(2);
  });
});
