// @vitest-environment node
// '"We discussed ...," Berg said after the talks': in a story that has told a phone call and no
// meeting, "the talks" of the call's own people are that call, not a meeting of their own. A
// heading "Varga's meeting with Ross" (one of them with someone else) is not the call.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (file: string, text: string) =>
  buildDataset([{ file, text }], undefined, { today: "2026-11-22" }).dataset.events.map(
    (e) => `${e.type} ${e.start} ${e.participants.length}`,
  );

const story = (...body: string[]) => `Leaders speak\n\n${body.join("\n\n")}\n`;

describe("the talks of a phone call", () => {
  it("are the call told again", () => {
    const found = events(
      "a.txt",
      story(
        "Oslo, March 12, 2025 (Wire) - Prime Minister Lena Berg spoke to President Tomas Varga on Monday in a phone call.",
        "Berg and Varga discussed strengthening cooperation between the two countries in a phone call, the state news agency reported.",
        "Berg travelled to the capital in January for an official visit.",
        "“My brother Tomas Varga and I discussed ways to further deepen our strategic cooperation,” Berg said on social media after the talks.",
      ),
    );
    expect(found.filter((e) => e.startsWith("talks"))).toEqual([]);
    expect(found.filter((e) => e.startsWith("phone-call 2025-03-10"))).toHaveLength(1);
  });

  it("are not a meeting of one of its sides with someone else", () => {
    const found = buildDataset(
      [
        {
          file: "b.txt",
          text: story(
            "Oslo, March 12, 2025 (Wire) - Prime Minister Lena Berg held a telephone conversation with President Tomas Varga on Monday.",
            "The two leaders discussed trade.",
            "Varga's meeting with Ross",
            "Varga held a meeting last month with visiting Foreign Minister Anna Ross.",
          ),
        },
      ],
      undefined,
      { today: "2026-11-22" },
    ).dataset.events.filter((e) => e.type === "phone-call");
    expect(found.map((e) => e.participants.length)).toEqual([2]);
  });
});
