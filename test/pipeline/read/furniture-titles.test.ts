// @vitest-environment node
// Lines at the top of a page that are no headline: a site's menu or share widget ("Html CSS
// Menu", "Spread the love", "Log in", "Close X"), an advert ("Advertisement Name Name", "... Jobs
// - JOIN NOW"), a picture's file name kept as text
// ("businessdaily-Mitsotakis-Erdogan", "EMMANUEL-MACRON-FRANCE-GREECE-DEFENCE-CONFLICT") and
// a picture's caption ("... Image: AP", "...(File Photo/Agencies)", "Φωτο: Name/Agency"). The
// headline under them, or the lede when there is none, gives the title.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { classifyLine } from "../../../src/pipeline/read/furniture";

const read = (text: string) => readArticle({ file: "page.txt", text });
const headline = "Norway and Finland agree on joint coast guard patrols";
const story =
  "The two ministers met in Oslo on Tuesday and discussed fisheries, Arctic shipping and the training of their coast guards.\n\nThey agreed to meet again next year.\n";

describe("site furniture and file names over the headline", () => {
  it.each([
    "Html CSS Menu",
    "Useful links",
    "Spread the love",
    "Log in",
    "Close X",
    "- Advertisement -",
    "oslodaily-Virtanen-Dahl",
    "AINO-VIRTANEN-NORWAY-FINLAND-COAST-GUARD",
    "norway_finland_patrols_2021",
  ])("%j is furniture, not the title", (line) => {
    expect(classifyLine(line).kind).toBe("furniture");
    expect(read(`${line}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it.each(["Russia-India-China", "Log in to the summit: ministers meet in Oslo", "Close ties"])(
    "%j stays content",
    (line) => {
      expect(classifyLine(line).kind).toBe("content");
    },
  );
});

describe("an advert over the headline", () => {
  it.each([
    "Advertisement Nordbank Telenor",
    "The Largest Network for Coast Guard and Navy Jobs - JOIN NOW",
    "Find a Coast Guard Job!",
  ])("%j is no headline", (advert) => {
    expect(read(`${advert}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it("keeps a headline that closes on a word in capitals after a dash", () => {
    const title = "Norway and Finland agree on patrols - NATO";
    expect(read(`${title}\n\n${story}`).title).toBe(title);
  });
});

describe("a picture's caption at the top of the page", () => {
  it.each([
    "Minister Aino Virtanen Image: AP",
    "Finnish Foreign Minister Aino Virtanen(File Photo/Agencies)",
    "Φωτο: Kari Nieminen/SOOC",
    "(Photo: Cabinet Public Relations Office)",
  ])("%j is no headline over the headline", (caption) => {
    expect(read(`${caption}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it("is no headline over a lede either: the lede gives the title", () => {
    const lede =
      "Finnish Foreign Minister Aino Virtanen announced on Tuesday a deeper partnership with Norway, to patrol their northern waters together.";
    const article = read(`Aino Virtanen in Oslo (File Photo/Agencies)\n\n${lede}\n\n${story}`);
    expect(article.title).toMatch(/^Finnish Foreign Minister Aino Virtanen announced/);
    expect(article.paragraphs[0]).toBe(lede);
  });
});
