// @vitest-environment node
// A ministers' meeting whose own sentence names no one: "Speaking at the meeting, X said"
// names who was there, even past a sentence of talks "in the meeting"; "The meeting will be
// held in Jakarta on July 11 to 14" gives the days of the meeting told before.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

describe("a ministers' meeting told again", () => {
  it("takes the one speaking at it as a participant", () => {
    const text = `Defence ministers meet in Vientiane

Vientiane, Nov 21, 2026 (KNA) - Representatives from the member states of the regional bloc gathered in Vientiane to address security challenges.

Representatives gathered on Wednesday for the 18th ASEAN Defence Ministers Meeting.

Closer cooperation between member countries was the main topic of discussion by ASEAN Defence ministers in the meeting.

Speaking at the meeting, Deputy Prime Minister Arun Vale said that the region faced new threats.
`;
    expect(builtEvents("vientiane.txt", text)).toEqual([
      { type: "ministerial-meeting", start: "2026-11-18", people: ["Arun Vale"] },
    ]);
  });

  it("is on the days a later sentence gives", () => {
    const text = `Minister to fly to Jakarta for regional meeting

Manila, July 8, 2026 - Foreign Secretary Arun Vale is set to fly to Indonesia next week to participate in the 56th Meeting of Regional Foreign Ministers.

The meeting will be held in Jakarta, Indonesia on July 14 to 16.
`;
    expect(builtEvents("jakarta.txt", text)).toEqual([
      { type: "ministerial-meeting", start: "2026-07-14", people: ["Arun Vale"] },
    ]);
  });
});
