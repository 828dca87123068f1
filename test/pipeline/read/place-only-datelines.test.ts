// @vitest-environment node
// A dateline that names only its place, in capitals, before a dash ("MANILA, Philippines – ...",
// "TOKYO -- ...", "ATHENS -French ..."): the place is the story's dateline, and the headline
// and lede no longer open with it. A place alone with its wire on a line of its own, and a
// label in capitals before a dash ("BREAKING – ..."), are no such dateline.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";

const read = (text: string) => readArticle({ file: "page.txt", text });

describe("a dateline that names only its place", () => {
  it.each([
    [
      "MANILA, Philippines – The defense secretary and his Japanese counterpart met on Monday.",
      "Manila",
    ],
    ["TOKYO -- Japan held its seventh two-plus-two meeting with France on Thursday.", "Tokyo"],
    [
      "ATHENS -French Defense Minister Florence Parly said here on Monday that talks went well.",
      "Athens",
    ],
    [
      "ZAMBOANGA CITY, Philippines – Terrorism topped the agenda of the ministers' meeting.",
      "Zamboanga City",
    ],
    [
      "KUALA LUMPUR --- The first export contract will be signed by the end of the year.",
      "Kuala Lumpur",
    ],
    ["SAO PAULO — France is beefing up its defense ties with Brazil this week.", "Sao Paulo"],
  ])("reads %s", (text, place) => {
    const d = parseDateline(text);
    expect(d).toMatchObject({ place, month: null, day: null, year: null, agency: null });
    expect(text.slice(d?.length ?? 0)).toMatch(/^[A-Z]/);
  });

  it.each([
    // The place and its wire alone, with no sentence after them.
    "MOGADISHU – Somali forces",
    // Labels in capitals before a dash are no place.
    "BREAKING – Russia and India sign a deal on frigates in New Delhi.",
    "EXCLUSIVE -- The defence minister will visit Moscow next week, officials say.",
    // A headline in title case is no dateline.
    "Manila – The defense secretary met his Japanese counterpart on Monday.",
  ])("reads no place-only dateline in %s", (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("takes the place off the lede and the title of a story with no headline", () => {
    const article = read(
      [
        "MANILA, Philippines – Philippine Defense Secretary Gilberto Teodoro and Japan Defense Minister Gen Nakatani on Monday said the two countries' relations had reached a new high.",
        "",
        "The two ministers met at Camp Aguinaldo and discussed the reciprocal access agreement signed last year.",
        "",
        "They also agreed to hold joint exercises in the months ahead, officials said.",
      ].join("\n"),
    );
    expect(article.dateline).toBe("Manila");
    expect(article.title).toMatch(/^Philippine Defense Secretary/);
    expect(article.paragraphs[0]).toMatch(/^Philippine Defense Secretary/);
  });
});
