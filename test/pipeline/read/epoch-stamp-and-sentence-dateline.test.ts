// @vitest-environment node
// Three page shapes that gave wrong or no publication dates (written pages; none from the
// corpora): a stamp line whose "Updated" is a template's Unix time zero before the real
// "Published", a release's place and date set as two short sentences, and a site's clock
// over a lede that tells of "yesterday".
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "a.txt", text }, { today: "2026-12-06" });
const lede = "The two ministers held talks on defence cooperation and signed a memorandum.";

describe("publication stamps and datelines", () => {
  it("takes the Published stamp of a line, never Unix time zero", () => {
    const a = read(
      `Ministers meet in Oslo\n\nUpdated: 00:00 GMT, Jan 1, 1970 | Published: 10:50 GMT, May 16, 2016 |\n\n${lede}`,
    );
    expect([a.published, a.publishedFrom]).toEqual(["2016-05-16", "text"]);
    // Of two real dates in one line, the publication's, not the update's.
    const b = read(
      `Ministers meet in Oslo\n\nUpdated: 09:00 GMT, May 18, 2016 | Published: 10:50 GMT, May 16, 2016\n\n${lede}`,
    );
    expect(b.published).toBe("2016-05-16");
    // Time zero alone dates nothing.
    const c = read(`Ministers meet in Oslo\n\nUpdated: 00:00 GMT, Jan 1, 1970\n\n${lede}`);
    expect(c.published).toBeNull();
  });

  it("reads a place and a full date written as two short sentences as the dateline", () => {
    const a = read(
      `Defence Secretary holds bilateral meetings\n\nTrondheim. 17 October 2022. The Defence Secretary held a bilateral meeting with the State Minister for Defence of Freedonia.`,
    );
    expect(a.published).toBe("2022-10-17");
    expect(a.dateline).toBe("Trondheim");
    expect(a.paragraphs[0]).toMatch(/^The Defence Secretary held/);
  });

  it("does not date a story by a site's clock and the lede's 'yesterday'", () => {
    const a = read(
      `x Oslo, NorwayThursday 27 July 2017\n\nPresident signs arms deal\n\nOSLO // The president visited Oslo yesterday to sign deals.\n\n${lede}`,
    );
    expect(a.published).toBeNull();
    // Under a picture's caption, the day after the picture's is the story's.
    const b = read(
      `President signs arms deal\n\nThe presidents sign agreements in Oslo, Norway November 20, 2024. WIRE/Lena Berg\n\nThe presidents yesterday upgraded relations and struck agreements on energy.`,
    );
    expect([b.published, b.publishedFrom]).toEqual(["2024-11-21", "inferred"]);
  });
});
