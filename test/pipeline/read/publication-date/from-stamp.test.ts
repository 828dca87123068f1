// @vitest-environment node
// A store dates a page when it took it, a day or so after the page's own date and never
// before it: the page's own stamp is then the publication day, and the day its "today"
// means. A page stamp after the store's date leaves the store's date in place. (Written
// pages; the people are not in the reference data.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../../src/pipeline/read-article";
import { builtStarts } from "../../stage-inputs";

const page = (
  store: string,
) => ` date ${store} Minister Holm speaks with Lars Dahl, Foreign Minister of Iceland

November 19, 2021 – Oslo, Norway – Ministry of Foreign Affairs

Foreign Minister Aino Holm today spoke with Lars Dahl, Foreign Minister of Iceland.

They discussed the situation in the Arctic and the importance of continued cooperation.
`;

describe("the store's date a day after the page's own stamp", () => {
  it("gives way to the page's stamp", () => {
    const a = readArticle({ file: "call.txt", text: page("2021-11-20") });
    expect(a.published).toBe("2021-11-19");
    expect(a.publishedFrom).toBe("text");
  });

  it("dates the page's 'today' by the page's stamp", () => {
    expect(builtStarts("call.txt", page("2021-11-20"))).toContainEqual({
      start: "2021-11-19",
      people: ["Aino Holm", "Lars Dahl"],
    });
  });

  it("stays when the page's stamp is after it or the same day", () => {
    expect(readArticle({ file: "call.txt", text: page("2021-11-18") }).published).toBe(
      "2021-11-18",
    );
    expect(readArticle({ file: "call.txt", text: page("2021-11-19") }).published).toBe(
      "2021-11-19",
    );
  });
});

const titled = (
  store: string,
  lede: string,
) => ` date ${store}  Norway and Iceland sign Arctic patrol pact | News | Nordic Wire | 17.06.2019

Norway and Iceland sign Arctic patrol pact

Defence Minister Aino Holm and her Icelandic counterpart Lars Dahl ${lede} signed a pact on joint Arctic patrols at a ceremony in Tromso.

The pact covers patrol flights and shared radar data.
`;

describe("the store's date far from a date the page prints of itself", () => {
  it("gives way when the lede's weekday falls on the page's date and not on the store's", () => {
    // 17 June 2019 was a Monday, 15 May 2019 a Wednesday.
    const a = readArticle({ file: "pact.txt", text: titled("2019-05-15", "on Monday") });
    expect(a.published).toBe("2019-06-17");
    expect(a.publishedFrom).toBe("text");
    expect(a.warnings.join(" ")).toContain("the store's date 2019-05-15 is far from");
  });

  it("stays when the lede names no weekday, another weekday or the store's own", () => {
    for (const [store, lede] of [
      ["2019-05-15", "have"],
      ["2019-05-15", "on Friday"],
      ["2019-05-15", "on Wednesday"],
    ] as const)
      expect(readArticle({ file: "pact.txt", text: titled(store, lede) }).published).toBe(store);
  });
});
