// @vitest-environment node
// A photo caption taken for the headline ("..., in Beijing, September 4, 2017. (photo)") over
// a yearless dateline ("BEIJING, Sept. 5 (Agency) --"): the past day the caption writes in
// full, a day or so before the dateline's day, gives that day its year. A caption day far
// from the dateline's, or a later year named in the story, gives none. (Written pages.)
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const page = (caption: string, dateline: string, later = "") => `${caption}

${dateline} -- The defense minister met his visiting Armenian counterpart in Beijing on Monday afternoon.

The two sides agreed to deepen military exchanges and training.${later}
`;

const read = (text: string) => readArticle({ file: "caption.txt", text }, { today: "2026-12-04" });

describe("a dated caption over a yearless dateline", () => {
  it("gives the dateline its year", () => {
    const a = read(
      page(
        "The defense minister holds a welcome ceremony for the visiting Armenian defense minister in Beijing, September 4, 2017. (Photo: Li Wei)",
        "BEIJING, Sept. 5 (Defense News Agency)",
      ),
    );
    expect(a.published).toBe("2017-09-05");
    expect(a.publishedFrom).toBe("inferred");
  });

  it("gives none when the caption's day is weeks before the dateline's", () => {
    const a = read(
      page(
        "The defense minister holds a welcome ceremony for the visiting Armenian defense minister in Beijing, August 4, 2017. (Photo: Li Wei)",
        "BEIJING, Sept. 5 (Defense News Agency)",
      ),
    );
    expect(a.published).not.toBe("2017-09-05");
  });

  it("gives none when the story names a later year", () => {
    const a = read(
      page(
        "The defense minister holds a welcome ceremony for the visiting Armenian defense minister in Beijing, September 4, 2017. (Photo: Li Wei)",
        "BEIJING, Sept. 5 (Defense News Agency)",
        " The exercises began in 2019.",
      ),
    );
    expect(a.published).not.toBe("2017-09-05");
  });
});
