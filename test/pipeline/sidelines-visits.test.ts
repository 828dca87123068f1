// @vitest-environment node
// Held-out findings: an event "on the sidelines of the meeting" takes that meeting's date,
// and "during the visit of General X to <City>" states a visit even with no date anywhere.
import { describe, expect, it } from "vitest";
import { eventsIn, readArticleOf } from "./stage-inputs";

// A Friday.
const article = (paragraphs: string[], published: string | null = "2024-05-10") =>
  readArticleOf(paragraphs, { published });
const events = (a: ReturnType<typeof article>) =>
  eventsIn(a).map((e) => ({
    type: e.type,
    start: e.date?.start ?? null,
    participants: [...e.participants].sort(),
  }));

describe("on the sidelines of an event the article dated", () => {
  it.each([
    ["meeting", "Fisheries ministers of the bloc met in Valletta on Wednesday to review quotas."],
    [
      "conference",
      "The Fisheries Ministers' Conference of the bloc was held in Valletta on Wednesday.",
    ],
    ["summit", "Leaders of the bloc gathered in Valletta on Wednesday for their annual summit."],
  ])("takes the date of the earlier %s", (noun, lead) => {
    const found = events(
      article([
        lead,
        `On the sidelines of the ${noun}, Fisheries Minister Odile Marchetti held talks with Fisheries Minister Tavita Lemalu.`,
      ]),
    );
    expect(found).toContainEqual({
      type: "talks",
      start: "2024-05-08",
      participants: ["person-odile-marchetti", "person-tavita-lemalu"],
    });
  });

  it("takes the summit's day, not the opening paragraph's", () => {
    const found = events(
      article([
        "On 9 May, Fisheries Minister Odile Marchetti concluded her two-day visit to Valletta.",
        "Minister Marchetti represented the bloc on Wednesday at the annual summit hosted by President Tavita Lemalu.",
        "In the margins of the summit, Fisheries Minister Odile Marchetti met with President Aru Kessane.",
      ]),
    );
    expect(found).toContainEqual({
      type: "talks",
      start: "2024-05-08",
      participants: ["person-aru-kessane", "person-odile-marchetti"],
    });
  });

  it("stays undated when the article dated no such event", () => {
    const found = events(
      article([
        "The bloc's fisheries policy is under review.",
        "On the sidelines of the meeting, Fisheries Minister Odile Marchetti held talks with Fisheries Minister Tavita Lemalu.",
      ]),
    );
    expect(found).toEqual([
      {
        type: "talks",
        start: null,
        participants: ["person-odile-marchetti", "person-tavita-lemalu"],
      },
    ]);
  });
});

describe("the visit of an official, undated", () => {
  it("states an undated visit with the visitor in an article without any date", () => {
    const found = events(
      article(
        [
          "Joint patrols in the strait were discussed during the visit of General Amadou Sissoko to Dakar, officials said.",
        ],
        null,
      ),
    );
    expect(found).toEqual([
      { type: "visit", start: null, participants: ["person-amadou-sissoko"] },
    ]);
  });

  it("adds to a visit the article already reported instead of stating another", () => {
    const found = events(
      article([
        "General Amadou Sissoko arrived in Dakar on Wednesday for a three-day visit.",
        "Joint patrols were discussed during the visit of General Amadou Sissoko to Dakar.",
      ]),
    );
    expect(found).toEqual([
      { type: "visit", start: "2024-05-08", participants: ["person-amadou-sissoko"] },
    ]);
  });
});

describe("title-built compounds in event statements", () => {
  it("makes no participant of 'General-level'", () => {
    const found = events(
      article([
        "The 31st Director General-level border talks between Laos and Cambodia began in Pakse on Tuesday.",
      ]),
    );
    expect(found.flatMap((e) => e.participants)).toEqual([]);
  });
});

describe("a picture's caption opening the story", () => {
  it("dates the picture, not the story's undated call", () => {
    const found = events(
      article(
        [
          "President Ilse Varga and President Tomas Orlov pose for a photo during their meeting at the summit in Lisbon, Portugal, March 3, 2023. (AFP Photo)",
          "President Ilse Varga on Saturday discussed grain exports with President Tomas Orlov.",
          "In a phone call with her counterpart, Varga told Orlov that a coordination centre will be set up.",
        ],
        null,
      ),
    );
    const call = found.find((e) => e.type === "phone-call");
    expect(call?.start ?? null).toBeNull();
  });
});
