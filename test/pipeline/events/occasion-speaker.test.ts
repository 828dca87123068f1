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
