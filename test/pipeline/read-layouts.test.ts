// @vitest-environment node
// Page layouts whose furniture used to leak into the story body: related-story blocks,
// tag strips, standfirst headers, government releases, agency bylines and footers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/pipeline/read-article";
import { classifyLine } from "../../src/pipeline/read/furniture";
import { findStamp } from "../../src/pipeline/read/stamps";

const pageText = (name: string) =>
  readFileSync(join(__dirname, "../fixtures/reading/layouts", `${name}.txt`), "utf8");
const page = (name: string) => readArticle({ file: `${name}.txt`, text: pageText(name) });

/** The page's story paragraphs, each from its opening words to the end of its line. */
function story(name: string, openings: string[]): string[] {
  const lines = pageText(name).split("\n");
  return openings.map((opening) => {
    // A line opening with the words, else a lede that has them after its dateline.
    const line = lines.find((l) => l.startsWith(opening)) ?? lines.find((l) => l.includes(opening));
    if (line === undefined) throw new Error(`${name}: no line with "${opening}"`);
    return line.slice(line.indexOf(opening)).trim();
  });
}

function expectNoneOf(paragraphs: string[], furniture: string[]): void {
  const body = paragraphs.join("\n");
  for (const text of furniture) expect(body).not.toContain(text);
}

describe("related-story blocks", () => {
  it("drops a synopsis, a tag strip and trailing 'Read more news on' / 'Related News' links", () => {
    const a = page("et-synopsis-related");
    expect(a).toMatchObject({
      title: "India, Russia agree to expand cooperation on military logistics",
      source: "PTI",
      dateline: "New Delhi",
      published: "2024-12-10",
    });
    expect(a.paragraphs).toEqual(
      story("et-synopsis-related", [
        "India and Russia on Tuesday",
        "The two ministers",
        "Belousov said",
      ]),
    );
    expectNoneOf(a.paragraphs, [
      "Synopsis",
      "use each other's bases",
      "ET Bureau",
      "Read more news on",
      "Rajnath Singh | Andrei Belousov",
      "Related News",
      "Sergei Shoigu",
      "Ajit Doval",
      "Jaishankar",
      "Lavrov",
      "Putin",
      "Dmitry Peskov",
    ]);
  });

  it("drops 'Also Read |' and 'Related:' lines and a mid-story block, keeping the story after it", () => {
    const a = page("toi-byline");
    expect(a.paragraphs).toEqual(
      story("toi-byline", [
        "India and Russia on Monday",
        "The two sides also extended",
        "Shoigu said Russia",
        "The rifles will replace",
      ]),
    );
    expectNoneOf(a.paragraphs, [
      "Also Read",
      "Narendra Modi",
      "Related:",
      "Sergey Lavrov",
      "RELATED NEWS",
      "Nikolai Patrushev",
      "Naravane",
      "Rajat Pandit",
    ]);
  });

  it("drops 'You may also like', 'More from' and 'Related Stories' blocks to the end of the page", () => {
    expectNoneOf(page("ndtv-pti").paragraphs, [
      "You may also like",
      "Lavrov",
      "Rajnath Singh",
      "Shoigu",
    ]);
    expectNoneOf(page("reuters-footer").paragraphs, ["More from", "Peskov", "Wang Yi"]);
    expectNoneOf(page("ians-signoff").paragraphs, ["Related Stories", "Ushakov", "Belousov"]);
    expectNoneOf(page("tass-kubinka").paragraphs, ["More from TASS", "Chemezov", "Shoigu"]);
  });

  it("takes no publication date from the dates printed beside related links", () => {
    const a = readArticle({
      file: "dated-links.txt",
      text: [
        "India and Russia extend military-technical pact",
        "Updated: Dec 6, 2021, 23:05 IST",
        "",
        "India and Russia on Monday extended their military-technical cooperation programme until 2031, officials said.",
        "",
        "Related News",
        "Sergei Lavrov arrives in Delhi for talks",
        "Nov 2, 2019, 10:00 IST",
        "Rajnath Singh visits Moscow",
        "Sep 4, 2020, 08:15 IST",
      ].join("\n"),
    });
    expect(a.published).toBe("2021-12-06");
    expectNoneOf(a.paragraphs, ["Lavrov", "Rajnath Singh", "2019", "2020"]);
  });

  it("keeps a page's headline when a related-links header comes before any story text", () => {
    const a = readArticle({
      file: "top-links.txt",
      text: "Related\n\nRussia offers India more Su-30 jets\n\nMoscow, May 4 (TASS) Russia on Monday offered India more Su-30 fighters, Deputy Prime Minister Yuri Borisov said.\n",
    });
    expect(a.title).toBe("Russia offers India more Su-30 jets");
    expect(a.paragraphs).toEqual([
      "Russia on Monday offered India more Su-30 fighters, Deputy Prime Minister Yuri Borisov said.",
    ]);
  });
});

describe("single furniture lines", () => {
  it("treats three or more short items joined by ' | ' as tags, but not a headline with its outlet", () => {
    expect(
      classifyLine("India Russia | Narendra Modi | Vladimir Putin | Vladivostok | EEF"),
    ).toEqual({
      kind: "furniture",
    });
    expect(classifyLine("Modi meets Putin in Vladivostok | The Hindu").kind).toBe("content");
    expect(
      classifyLine("Modi said ties were strong. | Putin agreed. | Both sides signed deals").kind,
    ).toBe("content");
  });

  it("treats desk initials and story pointers as furniture, not as story text", () => {
    for (const line of [
      "ksk/",
      "rrt/ksk",
      "ABB/Nampi/DK/Savvy",
      "(Release ID: 1590626)",
      "Related: Jaishankar meets Lavrov in Moscow",
      "Also Read | Putin says Russia will keep supplying oil to India at a discount",
    ])
      expect(classifyLine(line).kind, line).toBe("furniture");
    expect(
      classifyLine("Related talks on trade will follow in March, the ministry said.").kind,
    ).toBe("content");
  });
});

describe("government releases", () => {
  it("reads a PIB release: long headline, stamp, outlet, no sign-off initials", () => {
    const a = page("pib-release");
    expect(a.title).toMatch(
      /^Raksha Mantri Shri Rajnath Singh holds talks .* Make in India programme$/,
    );
    expect(a.warnings).not.toContain("no headline found; title taken from the opening sentence");
    expect(a).toMatchObject({ source: "PIB", published: "2019-11-06", publishedFrom: "text" });
    expect(a.paragraphs).toEqual(
      story("pib-release", [
        "Raksha Mantri Shri Rajnath Singh held",
        "The two ministers",
        "General Shoigu said",
        "Raksha Mantri also laid",
      ]),
    );
    expectNoneOf(a.paragraphs, [
      "Ministry of Defence\n",
      "Posted On",
      "PIB Delhi",
      "ABB/",
      "Release ID",
    ]);
  });
});

describe("issuing offices above a headline", () => {
  const release = (top: string) =>
    readArticle({
      file: "release.txt",
      text: `${top}\nPosted On: 22 MAR 2023 4:10PM by PIB Delhi\n\nThe Union Cabinet chaired by Prime Minister Narendra Modi approved the memorandum on Wednesday.\n`,
    });

  it("skips a bare office name but keeps a headline that starts with an office's name", () => {
    expect(
      release("Cabinet\nCabinet approves MoU between India and Russia on Arctic research").title,
    ).toBe("Cabinet approves MoU between India and Russia on Arctic research");
    expect(
      release(
        "Cabinet approves MoU between India and Russia on Arctic research\nPolar science ties",
      ).title,
    ).toBe("Cabinet approves MoU between India and Russia on Arctic research");
  });
});

describe("agency and outlet bylines", () => {
  it("reads a Times of India byline as TNN with its stamp", () => {
    expect(page("toi-byline")).toMatchObject({
      title: "India, Russia ink deal on AK-203 rifles, extend military pact till 2031",
      source: "TNN",
      published: "2021-12-06",
    });
  });

  it("reads an NDTV 'Press Trust of India | Updated:' byline as PTI with its stamp", () => {
    const a = page("ndtv-pti");
    expect(a).toMatchObject({ source: "PTI", published: "2021-11-14", publishedFrom: "text" });
    expect(a.paragraphs).toEqual(
      story("ndtv-pti", ["New Delhi: Prime Minister", "The two leaders", "Ajit Doval and"]),
    );
  });

  it("reads a WION 'Written By: ... | Updated:' stamp and drops its story highlights and tags", () => {
    const a = page("wion-highlights");
    expect(a.published).toBe("2022-03-07");
    expect(a.paragraphs).toEqual(
      story("wion-highlights", [
        "India on Monday abstained",
        "Tirumurti said",
        "Prime Minister Narendra",
      ]),
    );
    expectNoneOf(a.paragraphs, ["Story highlights", "S Jaishankar", "Sidhant Sibal", "Guterres"]);
    expect(
      findStamp("Written By: Kartavya Narayan Sharma | Updated: Mar 07, 2022, 09:10 PM(IST)"),
    ).toMatchObject({ date: "2022-03-07" });
  });

  it("drops a Reuters credits line and Trust Principles footer, keeping Reuters as the source", () => {
    const a = page("reuters-footer");
    expect(a).toMatchObject({ source: "Reuters", dateline: "Moscow", published: "2022-03-03" });
    expect(a.paragraphs).toEqual(
      story("reuters-footer", [
        "Russia will deliver all",
        "Borisov told",
        "Indian Defence Secretary",
      ]),
    );
    expectNoneOf(a.paragraphs, ["Our Standards", "Trust Principles", "Guy Faulconbridge"]);
  });

  it("drops IANS desk initials and leaves a yearless dateline's date unknown", () => {
    const a = page("ians-signoff");
    expect(a).toMatchObject({ source: "IANS", dateline: "New Delhi", published: null });
    expect(a.paragraphs).toEqual(
      story("ians-signoff", ["India and Russia held", "The meeting was", "Both sides reviewed"]),
    );
    expectNoneOf(a.paragraphs, ["ksk", "rrt"]);
  });

  it("reads a TASS dateline with a region between slashes, and the plain Moscow one", () => {
    const kubinka = page("tass-kubinka");
    expect(kubinka).toMatchObject({ source: "TASS", dateline: "Kubinka", published: "2020-08-25" });
    expect(kubinka.paragraphs).toEqual(
      story("tass-kubinka", ["Russia will show", "Shugayev said", "The forum opened"]),
    );
    expect(page("tass-moscow")).toMatchObject({
      source: "TASS",
      dateline: "Moscow",
      published: "2021-11-06",
    });
  });
});

describe("publication dates", () => {
  it("takes the place-date line, not the later UPDATED line, as date and place of filing", () => {
    const a = page("place-date-updated");
    expect(a).toMatchObject({
      published: "2018-10-05",
      publishedFrom: "text",
      dateline: "New Delhi",
    });
    expect(a.paragraphs).toEqual(
      story("place-date-updated", [
        "Russia will deliver",
        "Kudashev said",
        "Prime Minister Narendra",
      ]),
    );
    expectNoneOf(a.paragraphs, ["UPDATED", "21:52"]);
  });
});
