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

describe("section labels and breadcrumbs above the headline", () => {
  it("skips an upper-case section word, a short label and a breadcrumb to reach the headline", () => {
    expect(page("theprint-support").title).toBe(
      "India, Russia to co-produce spares for Su-30MKI fleet under new pact",
    );
    expect(page("et-bureau").title).toBe(
      "Russia offers India joint production of Kalashnikov variants",
    );
    expect(page("express-no-credit").title).toBe(
      "Navy chief visits Kaliningrad shipyard building Indian frigates",
    );
    expect(page("express-written-by").title).toBe(
      "Rajnath Singh to visit Moscow for SCO defence ministers' meet",
    );
    expect(page("firstpost-breadcrumb").title).toBe(
      "India and Russia hold naval drill in Bay of Bengal as Putin's envoy visits Delhi",
    );
  });

  it("skips two stacked labels, e.g. a section word over a sub-section", () => {
    const a = readArticle({
      file: "stacked.txt",
      text: "WORLD\nAsia Pacific\nPutin to visit India for annual summit with Modi\n\nMOSCOW, Nov 28 (Reuters) - President Vladimir Putin will travel to New Delhi next week, the Kremlin said.\n",
    });
    expect(a.title).toBe("Putin to visit India for annual summit with Modi");
  });

  it("keeps a short headline that has no longer headline under it", () => {
    const a = readArticle({
      file: "short.txt",
      text: "Modi in Moscow\n\nMOSCOW, July 8 (Reuters) - Prime Minister Narendra Modi arrived in Moscow on Monday for talks with President Vladimir Putin.\n",
    });
    expect(a.title).toBe("Modi in Moscow");
  });

  it("treats breadcrumbs as furniture but not a sentence comparing figures", () => {
    for (const line of ["Home / India", "Home > World > Asia", "News › India › Defence"])
      expect(classifyLine(line).kind, line).toBe("furniture");
    expect(classifyLine("Home Minister Amit Shah chaired the meeting on Monday.").kind).toBe(
      "content",
    );
  });
});

describe("trailing appeals, prompts, tags and photo credits", () => {
  it("drops ThePrint's 'Support Our Journalism' block, a bare 'Tags' line and a photo credit", () => {
    const a = page("theprint-support");
    expect(a).toMatchObject({ source: "ThePrint", published: "2023-09-14" });
    expect(a.paragraphs).toEqual(
      story("theprint-support", [
        "New Delhi: India and Russia",
        "Aramane said",
        "Air Chief Marshal",
      ]),
    );
    expectNoneOf(a.paragraphs, [
      "Support Our Journalism",
      "Subscribe Now",
      "non-hyphenated",
      "Narendra Modi",
      "Rahul Gandhi",
      "wonderful readers",
      "Tags",
      "Vladimir Putin",
      "Sergei Shoigu",
      "Press service",
      "Snehesh Alex Philip",
      "Edited by",
      "Tony Rai",
    ]);
  });

  it("drops 'Get the latest news on', 'Catch all the ... news on' and share prompts", () => {
    const written = page("express-written-by");
    expect(written.paragraphs).toEqual(
      story("express-written-by", [
        "Defence Minister Rajnath",
        "Singh is expected",
        "Chief of Defence",
      ]),
    );
    expectNoneOf(written.paragraphs, [
      "Express News Service",
      "Get the latest news",
      "Jaishankar",
      "Ajit Doval",
      "share this story",
      "Krishn Kaushik",
    ]);
    const credit = page("express-no-credit");
    expect(credit.paragraphs).toEqual(
      story("express-no-credit", ["Navy chief Admiral", "Admiral Kumar was", "The first of the"]),
    );
    expectNoneOf(credit.paragraphs, ["Catch all", "Vladimir Putin", "Narendra Modi"]);
    const ht = page("ht-correspondent");
    expect(ht.paragraphs).toEqual(
      story("ht-correspondent", ["Defence Minister Rajnath", "Alipov assured", "The Indian Air"]),
    );
    expectNoneOf(ht.paragraphs, ["Get the latest", "Narendra Modi", "Vladimir Putin"]);
  });

  it("drops '© Outlet / Name' and 'Outlet / source' photo credits without taking their outlet", () => {
    const a = page("firstpost-breadcrumb");
    expect(a.paragraphs).toEqual(
      story("firstpost-breadcrumb", [
        "The navies of",
        "The drill coincides",
        "Indian Navy spokesperson",
      ]),
    );
    expectNoneOf(a.paragraphs, ["© Sputnik", "Vladimir Putin", "Home >", "World News", "share"]);
    expect(a.source).toBe("Firstpost");
    expect(classifyLine("Sputnik / Vladimir Putin")).toEqual({ kind: "furniture" });
    expect(classifyLine("© Reuters / Sergei Karpukhin")).toEqual({ kind: "furniture" });
  });

  it("keeps story text after a lone 'Subscribe Now' button and a 'Tags' sentence", () => {
    const a = readArticle({
      file: "button.txt",
      text: [
        "India, Russia sign frigate deal",
        "",
        "India and Russia on Tuesday signed a deal for two frigates, officials said.",
        "",
        "Subscribe Now",
        "",
        "Defence Minister Rajnath Singh said the ships would be built in Goa.",
        "",
        "Tags were attached to every crate shipped from Kaliningrad, the yard said.",
      ].join("\n"),
    });
    expect(a.paragraphs).toEqual([
      "India and Russia on Tuesday signed a deal for two frigates, officials said.",
      "Defence Minister Rajnath Singh said the ships would be built in Goa.",
      "Tags were attached to every crate shipped from Kaliningrad, the yard said.",
    ]);
  });
});

describe("outlets named in bylines", () => {
  it("takes The Indian Express only when the page names it, and the byline's place", () => {
    expect(page("express-written-by")).toMatchObject({
      source: "The Indian Express",
      published: "2021-03-03",
      dateline: "New Delhi",
    });
    expect(page("express-no-credit")).toMatchObject({
      source: null,
      published: "2022-07-21",
      dateline: "New Delhi",
    });
    expect(classifyLine("Rajat Pandit / TNN / Updated: Dec 6, 2021, 23:05 IST")).not.toHaveProperty(
      "place",
    );
  });

  it("reads ET Bureau, FP Staff and HT Correspondent bylines as their outlets", () => {
    expect(page("et-bureau")).toMatchObject({
      source: "The Economic Times",
      published: "2019-11-14",
    });
    expect(page("firstpost-breadcrumb")).toMatchObject({
      source: "Firstpost",
      published: "2024-09-05",
    });
    expect(page("ht-correspondent")).toMatchObject({
      source: "Hindustan Times",
      published: "2024-02-16",
    });
  });

  it("reads ThePrint's 'ThePrint' and 'Print Team' byline words as ThePrint", () => {
    expect(page("theprint-support").source).toBe("ThePrint");
    const team = page("theprint-print-team");
    expect(team).toMatchObject({
      title: "Russia to lease second nuclear submarine to India by 2028, says envoy",
      source: "ThePrint",
      published: "2024-01-04",
    });
    expect(team.paragraphs).toEqual(
      story("theprint-print-team", [
        "Russian Ambassador Denis",
        "Alipov said",
        "Navy chief Admiral",
      ]),
    );
    expectNoneOf(team.paragraphs, [
      "INDIA\n",
      "Print Team",
      "Rajnath Singh",
      "Sergei Shoigu",
      "Tony Rai",
      "Subscribe",
      "Support Our Journalism",
      "Vladimir Putin",
      "Narendra Modi",
    ]);
    expect(classifyLine("Snehesh Alex Philip 14 September, 2023 10:12 am IST")).toMatchObject({
      kind: "furniture",
      stamp: { date: "2023-09-14" },
    });
    expect(classifyLine("ThePrint Team")).not.toHaveProperty("place");
    expect(classifyLine("Print Team")).toMatchObject({ source: { name: "ThePrint" } });
  });
});

describe("Sputnik pages", () => {
  it("reads a day-first 'dd.mm.yyyy' stamp under the title and drops the photo credits", () => {
    const a = page("sputnik-dotted");
    expect(a).toMatchObject({
      title: "Russian, Indian Navies Kick Off Joint INDRA Exercise in Baltic Sea",
      published: "2021-08-02",
      publishedFrom: "text",
    });
    expect(a.paragraphs).toEqual(
      story("sputnik-dotted", [
        "The Russian and Indian",
        "Indian Navy frigate",
        "Indian Ambassador",
      ]),
    );
    expectNoneOf(a.paragraphs, ["02.08.2021", "© Sputnik", "Sergei Shoigu", "Press service"]);
  });
});
