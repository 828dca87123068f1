// @vitest-environment node
// An event the page tells only in its headline: a release's title over a transcript that
// never says the meeting took place ("Remarks at bilateral with Mr X"), a State Department
// title "X and Y at the Signing of a Memorandum of Understanding" over the speeches. The
// headline's event is kept when the story tells none of its kind with its people, dated by the
// story's day when the headline tells no day of its own and is not told as what is to come.
// A transcript's title is in its first speaker's voice: "Remarks With X Before Their Meeting"
// is the meeting of that speaker and X, not a reference to a meeting told before.
import { describe, expect, it } from "vitest";
import { builtEvents } from "../stage-inputs";

const transcript = (title: string) => `${title}

Media release
08 Sep 2026
Vientiane, Laos
Prime Minister

PRIME MINISTER: Thank you very much Premier Arvo Tamm. I congratulate you on holding such a successful forum in Tallport.

PREMIER ARVO TAMM: Had you been to Tallport before?

PRIME MINISTER: Yes, I have. We have many things to discuss.
`;

describe("an event told only in the headline", () => {
  it("is taken from a release's title, on the story's day", () => {
    const found = builtEvents(
      "a.txt",
      transcript("Remarks at bilateral with Mr Arvo Tamm, Premier of the Republic of Norland"),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ type: "talks", start: "2026-09-08", people: ["Arvo Tamm"] }),
    );
  });

  it("is not dated by the story's day when told in the infinitive", () => {
    const found = builtEvents(
      "a.txt",
      transcript("Premier Arvo Tamm to Hold Talks with Partners in Vientiane"),
    );
    expect(found.filter((e) => e.type === "talks" && e.start === "2026-09-08")).toEqual([]);
  });

  it("is not taken again when the story tells it", () => {
    const found = builtEvents(
      "a.txt",
      `Prime Minister meets Premier Arvo Tamm

Media release
08 Sep 2026

Prime Minister Lena Ross held talks with Premier Arvo Tamm in Vientiane on Thursday.
`,
    );
    const talks = found.filter((e) => e.people.includes("Arvo Tamm"));
    expect(talks).toHaveLength(1);
  });

  it("is not taken from a picture's caption standing as the title", () => {
    const found = builtEvents(
      "a.txt",
      ` date 2026-07-14 President Arvo Tamm, right, shakes hands with Foreign Minister Lena Ross during ministers' courtesy calls at the Foreign Ministers' Meeting in Vientiane, Friday, July 14, 2026. (AP Photo/Jon Doe, Pool)

VIENTIANE (AP) Foreign Minister Lena Ross said on Friday that President Arvo Tamm wants the region not to become a competitive arena.
`,
    );
    expect(found.filter((e) => e.people.includes("Lena Ross"))).toEqual([]);
  });

  it("reads a transcript's 'Remarks With X Before Their Meeting' as the speaker's meeting with X", () => {
    const found = builtEvents(
      "a.txt",
      `Remarks With Foreign Minister Arvo Tamm Before Their Meeting

Lena Ross
Secretary of State
Treaty Room
Washington, DC
September 8, 2026

SECRETARY ROSS: Foreign Minister, it is good to see you. Thank you for coming to Washington. I look forward to a good conversation.

FOREIGN MINISTER TAMM: Thank you. There are many issues between our two countries.
`,
    );
    // The minister is named in full only in the title: the story knows him as "Tamm".
    const talks = found.filter((e) => e.type === "talks" && e.start === "2026-09-08");
    expect(talks).toHaveLength(1);
    expect(talks[0]?.people).toEqual(["Lena Ross", expect.stringContaining("Tamm")]);
  });
});
