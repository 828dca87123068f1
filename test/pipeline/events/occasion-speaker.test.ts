// @vitest-environment node
// "Speaking on the occasion, X said ...": the speaker was at the event the story has just
// told, so takes part in it; a speaker at some other occasion does not.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const story = (speaker: string) => `Navies begin joint drill

Karachi, Jan 6, 2026 (APP) - The Pakistan Navy and the Royal Omani Navy began the bilateral exercise Sea Falcon 2026 in Karachi on Monday.

${speaker} Vice Admiral Tariq Mahmood said the exercise would deepen cooperation between the two navies.
`;

describe("a speaker on the occasion", () => {
  it("takes part in the event just told", () => {
    expect(
      builtEvents("drill.txt", story("Speaking on the occasion, Commander Pakistan Fleet")),
    ).toEqual([{ type: "exercise", start: "2026-01-05", people: ["Tariq Mahmood"] }]);
  });

  it("is not added by a sentence that only names a speaker", () => {
    expect(builtEvents("drill.txt", story("In a statement, Commander Pakistan Fleet"))).toEqual([
      { type: "exercise", start: "2026-01-05", people: [] },
    ]);
  });
});

// A sentence set at the ceremony of the event just told names someone who was there.
const summit = (opening: string) => `Security tops the agenda in Niamey

NIAMEY, March 2, 2026 (Sahel Wire) - Security is high on the agenda during the African Union summit, which opened Sunday in Niamey.

${opening} Commission Chairperson Amara Lindqvist said peace came before growth.
`;

describe("a speaker at the ceremony", () => {
  it("takes part in the summit just told", () => {
    expect(builtEvents("summit.txt", summit("In the opening ceremony,"))).toEqual([
      { type: "summit", start: "2026-03-01", people: ["Amara Lindqvist"] },
    ]);
  });

  it("is not added when the sentence is not set at the ceremony", () => {
    expect(builtEvents("summit.txt", summit("In an interview,"))).toEqual([
      { type: "summit", start: "2026-03-01", people: [] },
    ]);
  });
});
