// @vitest-environment node
// The headline under a site's own lines. A "you are here" trail ("News /", "Home : Media :
// News") with a headline under it closes the navigation: the site's name or menu above it is
// no headline. A title printed twice keeps its place, and a place and a wire over the story
// ("OSLO / NTB") close nothing. A site's call to its reader ("Support The Example Times!")
// over a headline is no headline either; an exclamation over the story itself is.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (text: string) => readArticle({ file: "page.txt", text });
const story =
  "The two ministers met in Oslo on Tuesday and discussed fisheries, Arctic shipping and the training of their coast guards.\n\nThey agreed to meet again next year.\n";

describe("a headline under a trail", () => {
  it.each([
    [
      "Official website of the Example Government\n\nNews /",
      "Ministers Aino Virtanen and Lars Dahl held talks",
    ],
    ["Home : Media : News : News Article View", "Coast guard ship arrives in Oslo for first visit"],
    ["Portuguese / Spanish / English", "Norway, Finland discuss fisheries"],
    ["US EUROPE AFRICA ASIA\n\nWorld / Europe", "Norway, Finland to deepen maritime ties"],
  ])("%j over the headline is the site's", (top, headline) => {
    expect(read(`${top}\n\n${headline}\n\n${story}`).title).toBe(headline);
  });

  it("a title printed twice above and under the trail stays the title", () => {
    const headline = "Norway, Finland to deepen maritime ties";
    const text = `${headline}\n\nHome > World > Europe\n\nprint dictionary print\n\n${headline}\n\n${story}`;
    expect(read(text).title).toBe(headline);
  });

  it("a place and a wire over the story close no navigation", () => {
    const headline = "Norway, Finland discuss fisheries";
    const text = `${headline}\n\nVirtanen copys\n\nOSLO / NTB\n\n${story}`;
    expect(read(text).title).toBe(headline);
  });
});

describe("a headline under a site's call to its reader", () => {
  it.each(["Support The Example Times!", "Find a Security Clearance Job!"])(
    "%j over the headline is the site's",
    (top) => {
      const headline = "Norway, Finland to deepen maritime ties";
      expect(read(`${top}\n\n${headline}\n\n${story}`).title).toBe(headline);
    },
  );

  it("an exclamation over the story stays the title", () => {
    expect(read(`Norway wins the bid!\n\n${story}`).title).toBe("Norway wins the bid!");
  });
});
