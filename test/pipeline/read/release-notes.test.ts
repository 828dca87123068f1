// @vitest-environment node
// Two release layouts whose day the page states away from any stamp. (Written pages.)
// 1. The document's kind over its headline ("Press release" / "Call with Prime Minister
//    Kask of Estonia: 5 February 2018"): the kind is no headline; the headline's date is
//    the release's day. A speech's kind ("Opening remarks" over "by ...") still heads it.
// 2. A republished release's note of its issue ("The press release issued by the Ministry
//    of Defence on 4 October 2022."): a stamp, not story text.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { findStamp } from "../../../src/pipeline/read/stamps";

const kind = `Press release
Call with Prime Minister Kask of Estonia: 5 February 2018
A government spokesperson said:
This evening the Prime Minister spoke with Prime Minister Mari Kask of Estonia about regional security.
`;

const note = `Tag: Ministry of Defence

PRESS RELEASE : Norway and Estonia sign defence agreement [October 2022]

The press release issued by the Ministry of Defence on 4 October 2022.

At the Tapa base in Estonia today, Defence Minister Ola Berg and his Estonian counterpart Hanno Pevkur signed an agreement on air defence.
`;

describe("a document's kind over a dated headline", () => {
  it("takes the next line as headline and its date as the publication day", () => {
    const a = readArticle({ file: "call.txt", text: kind }, { today: "2026-12-04" });
    expect(a.title).toBe("Call with Prime Minister Kask of Estonia: 5 February 2018");
    expect(a.published).toBe("2018-02-05");
  });
});

describe("a release's note of its issue", () => {
  it("is a stamp", () => {
    expect(
      findStamp("The press release issued by the Ministry of Defence on 4 October 2022.")?.date,
    ).toBe("2022-10-04");
    expect(
      findStamp("A press release issued by the ministry on 4 October 2022 said talks went well."),
    ).toBeNull();
  });
  it("dates the story and leaves its text", () => {
    const a = readArticle({ file: "note.txt", text: note }, { today: "2026-12-04" });
    expect(a.published).toBe("2022-10-04");
    expect(a.publishedFrom).toBe("text");
    expect(a.paragraphs.join("\n")).not.toMatch(/issued by/);
  });
});
