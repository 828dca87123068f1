// @vitest-environment node
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "./stage-inputs";

const article = (
  paragraphs: string[],
  published: string | null,
  dateline: string | null = "New Delhi",
) => readArticleOf(paragraphs, { published, dateline });

function events(a: ReturnType<typeof article>) {
  return eventsIn(a).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
    precision: e.date?.start ? e.date.precision : "unknown",
    participants: [...e.participants].sort(),
    sources: e.sources.length,
  }));
}

describe("event statements (seed sentences)", () => {
  it("dates 'here' by the story's own weekday and keeps the declaration (seed 000)", () => {
    const found = events(
      article(
        [
          'India and Russia on Thursday reiterated their commitment to upgrade bilateral military cooperation. Announcing the St. Petersburg Declaration after delegation talks here, Prime Minister Narendra Modi and President Vladimir Putin also acknowledged the increasing reliance on future technologies. "We will continue holding regular joint land and sea military exercises. This year will see the first ever Tri-services exercise INDRA-2017," both leaders said.',
        ],
        "2017-06-01",
        "St. Petersburg",
      ),
    );
    expect(found).toEqual([
      {
        type: "declaration",
        start: "2017-06-01",
        precision: "day",
        participants: ["person-narendra-modi", "person-vladimir-putin"],
        sources: 1,
      },
      { type: "exercise", start: "2017", precision: "year", participants: [], sources: 1 },
    ]);
  });

  it("reads two events from one sentence, each with its own date (seed 002)", () => {
    const found = events(
      article(
        [
          "Defence Minister Rajnath Singh and his Russian counterpart Andrei Belousov met on Thursday.",
          "During their meeting on Friday, PM Modi and Putin welcomed the outcomes and expressed their satisfaction with regular military contacts, including the meeting of Defence Ministers in Qingdao in June 2025 on the sidelines of the SCO Member-States’ Defence Ministers’ Meeting.",
        ],
        "2025-12-05",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.participants])).toEqual([
      ["talks", "2025-12-04", ["person-andrei-belousov", "person-rajnath-singh"]],
      ["talks", "2025-12-05", ["person-narendra-modi", "person-vladimir-putin"]],
      ["ministerial-meeting", "2025-06", ["person-andrei-belousov", "person-rajnath-singh"]],
    ]);
  });

  it("keeps vague dates vague and folds references into the event (seed 003)", () => {
    const found = events(
      article(
        [
          "Earlier this month, Prime Minister Narendra Modi held a telephone conversation with the Russian President Vladimir Putin.",
          "During the telephonic conversation, PM Modi congratulated Putin on his 73rd birthday.",
          "PM Modi conveyed that he is looking forward to welcoming President Putin to India, in December for the 23rd India-Russia Annual Summit.",
        ],
        "2025-10-29",
      ),
    );
    expect(found).toEqual([
      {
        type: "phone-call",
        start: "2025-10",
        precision: "month",
        participants: ["person-narendra-modi", "person-vladimir-putin"],
        sources: 2,
      },
      {
        type: "summit",
        start: "2025-12",
        precision: "month",
        participants: ["person-narendra-modi", "person-vladimir-putin"],
        sources: 1,
      },
    ]);
  });

  it("splits 'separate meetings with A and B' and dates 'also held' by the lead (seed 004)", () => {
    const found = events(
      article(
        [
          "Defence Minister Rajnath Singh and his Russian counterpart, General Sergei Shoigu, vowed on Friday to strengthen the partnership.",
          "Singh also held separate bilateral meetings with his Uzbek counterpart, Lieutenant General Bakhodir Kurbanov, and Kyrgyzstan's Lieutenant General Bekbolotov B Asankalievich.",
        ],
        "2023-04-28",
      ),
    );
    expect(found.map((e) => [e.start, e.participants])).toEqual([
      ["2023-04-28", ["person-bakhodir-kurbanov", "person-rajnath-singh"]],
      ["2023-04-28", ["person-bekbolotov-b-asankalievich", "person-rajnath-singh"]],
    ]);
  });

  it("splits 'spoke separately with A and B' when no one before 'with' is named", () => {
    const found = events(
      article(
        [
          "Today the President spoke by phone separately with Prime Minister Halvard Dunmore and President Odile Ferrand about the crisis.",
        ],
        "2011-10-10",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.participants])).toEqual([
      ["phone-call", "2011-10-10", ["person-halvard-dunmore"]],
      ["phone-call", "2011-10-10", ["person-odile-ferrand"]],
    ]);
  });

  it("splits 'In these meetings, X called on A, B and C' into one meeting with each", () => {
    const found = events(
      article(
        [
          "Air Chief Marshal Halvard Dunmore called on several dignitaries during his visit to Samoa on Monday. In these meetings, the Air Chief called on Prime Minister Tavita Lemalu, Defence Minister Odile Marchetti and Navy Commander Rear Admiral Sione Talataina.",
        ],
        "2024-11-22",
      ),
    );
    expect(found.filter((e) => e.participants.length === 2).map((e) => e.participants)).toEqual([
      ["person-halvard-dunmore", "person-tavita-lemalu"],
      ["person-halvard-dunmore", "person-odile-marchetti"],
      ["person-halvard-dunmore", "person-sione-talataina"],
    ]);
  });

  it("dates 'Both sides signed' told just after a past visit by that visit, not the lead", () => {
    const found = events(
      article(
        [
          "Fisheries Minister Odile Marchetti is set to embark on a visit to Samoa from Sunday.",
          "Marchetti had visited Samoa from November 2-3, 2023. Marchetti and her Samoan counterpart Tavita Lemalu reviewed the partnership. Both sides signed agreements on fishing licences.",
        ],
        "2024-11-22",
      ),
    );
    expect(found.filter((e) => e.type === "agreement").map((e) => e.start)).toEqual(["2023-11-02"]);
  });

  it("gives a relative clause its own participants ('days after ... travelled')", () => {
    const found = events(
      article(
        [
          "Shoigu's visit to India came days after Russian Deputy Prime minister Denis Manturov travelled to the country.",
        ],
        "2023-04-28",
      ),
    );
    expect(found.map((e) => [e.type, e.participants])).toEqual([
      ["visit", ["person-denis-manturov"]],
    ]);
  });

  it("does not make events of opinions, background or generic cooperation talk", () => {
    const found = events(
      article(
        [
          '"We will work towards a qualitatively higher level of military-to-military cooperation," the minister said.',
          "Both sides reaffirmed their commitment to elevating the India-Russia Defence Cooperation.",
          "The Working Group Meeting is a forum created to progress defence cooperation.",
        ],
        "2025-10-29",
      ),
    );
    expect(found).toEqual([]);
  });
});

describe("event statements (articles written for these tests)", () => {
  it("leaves an event undated when the text cannot fix its date", () => {
    const found = events(
      article(
        [
          "This was discussed during the visit of Brazil's Minister of Foreign Affairs, Luisa Carvalho, to India on 5-6 April.",
        ],
        null,
        null,
      ),
    );
    expect(found).toEqual([
      {
        type: "visit",
        start: null,
        precision: "unknown",
        participants: ["person-luisa-carvalho"],
        sources: 1,
      },
    ]);
  });

  it("separates a visit in a relative clause from the meeting of the main clause", () => {
    const found = events(
      article(
        [
          "Foreign Minister Tomas Lindqvist of Sweden, who arrived in New Delhi on Wednesday on a two-day official visit, also called on Prime Minister Narendra Modi earlier in the day.",
        ],
        "2025-02-27",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.participants])).toEqual([
      ["talks", "2025-02-27", ["person-narendra-modi", "person-tomas-lindqvist"]],
      ["visit", "2025-02-26", ["person-tomas-lindqvist"]],
    ]);
  });

  it("separates a visit in a relative clause that closes the sentence", () => {
    const found = events(
      article(
        [
          "On Tuesday, the pact was agreed in principle by Prime Minister Narendra Modi and Foreign Minister Tomas Lindqvist of Sweden, who is visiting New Delhi.",
        ],
        "2025-02-27",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.participants])).toEqual([
      ["agreement", "2025-02-25", ["person-narendra-modi", "person-tomas-lindqvist"]],
      ["visit", "2025-02-25", ["person-tomas-lindqvist"]],
    ]);
  });

  it("keeps a signing told just after a visit as an event on the visit's days", () => {
    const found = events(
      article(
        [
          "Foreign Minister Tomas Lindqvist of Sweden made a two-day visit to India on February 20-21, 2025. During the visit, he addressed a business forum. Sweden and India signed a number of agreements.",
        ],
        "2025-02-27",
      ),
    );
    expect(found.map((e) => [e.type, e.start])).toEqual([
      ["visit", "2025-02-20"],
      ["agreement", "2025-02-20"],
    ]);
  });

  it("adds the co-chairs told beside a visit to the commission meeting, not to the visit", () => {
    const found = events(
      article(
        [
          "The 5th meeting of the Sweden-India Joint Commission on Trade will be held on Thursday, March 6, 2025. The Swedish Trade Minister Tomas Lindqvist, who will be co-chairing the Commission along with Commerce Minister Piyush Goyal, is arriving here tomorrow.",
        ],
        "2025-03-04",
      ),
    );
    expect(found.map((e) => [e.type, e.participants.length])).toEqual([
      ["commission-meeting", 2],
      ["visit", 1],
    ]);
  });

  it("reads 'the deputy minister' as the deputy minister last named", () => {
    const found = events(
      article(
        [
          "Russian Deputy Defence Minister Pavel Fomenko arrived in Jakarta on Monday.",
          "On Wednesday, the deputy minister is expected to meet with Indonesian Navy Chief of Staff Admiral Budi Santoso.",
        ],
        "2025-04-22",
        "Jakarta",
      ),
    );
    expect(found.map((e) => [e.type, e.start, e.participants])).toEqual([
      ["visit", "2025-04-21", ["person-pavel-fomenko"]],
      ["talks", "2025-04-23", ["person-budi-santoso", "person-pavel-fomenko"]],
    ]);
  });

  it("gives each coordinated verb phrase its own date and keeps the subject", () => {
    const found = events(
      article(
        [
          "Defence Secretary Anil Mehra is scheduled to call on Deputy Defence Minister Pavel Fomenko on Wednesday, and to meet FSVTS director Igor Petrov on Thursday.",
        ],
        "2025-07-15",
        "Moscow",
      ),
    );
    expect(found.map((e) => [e.start, e.participants])).toEqual([
      ["2025-07-16", ["person-anil-mehra", "person-pavel-fomenko"]],
      ["2025-07-17", ["person-anil-mehra", "person-igor-petrov"]],
    ]);
  });
});
