// @vitest-environment node
// Wire copy wrapped at a fixed width, with no blank lines between paragraphs, and the older
// Reuters dateline with no comma after the place ("OSLO Mar 3 ...").
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";

const wrapped = ` date 2019-03-03 
Nordic ministers agree on fishing quotas
By A Reporter
OSLO Mar 3 Norwegian Fisheries Minister Kari
Solberg met her Icelandic counterpart on Sunday and agreed on
new quotas for the herring stock in the Barents Sea.
The two ministers signed a protocol after talks that lasted
most of the day, officials said.
* Quotas rise by a tenth from next year
* Both sides to review the deal in 2021
Fishing groups in both countries welcomed the agreement and
said it would end a long dispute over the northern stocks.
`;

describe("a hard-wrapped wire story", () => {
  const article = readArticle({ file: "wire.txt", text: wrapped });

  it("joins the wrapped lines of each paragraph again and keeps list items apart", () => {
    expect(article.paragraphs).toEqual([
      "Norwegian Fisheries Minister Kari Solberg met her Icelandic counterpart on Sunday and agreed on new quotas for the herring stock in the Barents Sea.",
      "The two ministers signed a protocol after talks that lasted most of the day, officials said.",
      "* Quotas rise by a tenth from next year",
      "* Both sides to review the deal in 2021",
      "Fishing groups in both countries welcomed the agreement and said it would end a long dispute over the northern stocks.",
    ]);
    expect(article.dateline).toBe("Oslo");
  });

  it("keeps the lines of an unwrapped body apart", () => {
    const text =
      "Headline of a release\nThe minister met the envoy on Monday.\nThey signed a pact.\n";
    expect(readArticle({ file: "plain.txt", text }).paragraphs).toEqual([
      "The minister met the envoy on Monday.",
      "They signed a pact.",
    ]);
  });
});

describe("a dateline with no comma after the place", () => {
  it("is read when the place is in capitals and a day follows the month", () => {
    expect(parseDateline("NEW DELHI Dec 11 Indian Prime Minister spoke.")).toMatchObject({
      place: "New Delhi",
      month: 12,
      day: 11,
    });
  });

  it("is not read from an ordinary sentence opening", () => {
    expect(parseDateline("Paris March 3 was a cold day.")).toBeNull();
    expect(parseDateline("NATO May 2024 summit plans were set.")).toBeNull();
  });
});

// A document copied at a fixed width that keeps a few long lines: a numbered paragraph left
// unwrapped, a dateline glued to the first line, a last line a little over the width.
const mixedWidths = `Joint statement on the visit of the Prime Minister of Norway
1.
The Prime Minister of Norway, H.E. Mr. Erik Solvang, is paying an official
visit to Chile on 3-4 May 2012 at the invitation of the President of
Chile, H.E. Mrs. Ana Torres. The two leaders held talks on trade and
fisheries on 4 May 2012.
2. The two leaders welcomed the growth of trade between the two countries over the past decade and agreed to open talks on a new fisheries agreement in the coming year, building on the work of their ministers.
3. Prime Minister
Solvang thanked the President for the warm welcome extended to him and
his delegation, and invited her to visit Norway at an early date, which
she accepted with pleasure.
`;

const gluedDateline = `SANTIAGO, May 4 (XNA):Norwegian Prime Minister Erik Solvang arrived here on a
two-day official visit and called on the President of Chile, Mrs
Ana Torres, at the presidential palace. Matters of mutual interest
were discussed during the meeting, said a statement issued
by the presidency.
The visiting leader later laid a wreath at the monument to the
heroes of independence and met members of the Norwegian
community in the capital on Friday evening before his departure.
`;

describe("a wrapped document with a few long lines", () => {
  it("joins the wrapped lines and keeps the first numbered paragraph as story text", () => {
    const article = readArticle({ file: "mixed.txt", text: mixedWidths });
    expect(article.paragraphs[0]).toBe(
      "The Prime Minister of Norway, H.E. Mr. Erik Solvang, is paying an official visit to Chile on 3-4 May 2012 at the invitation of the President of Chile, H.E. Mrs. Ana Torres. The two leaders held talks on trade and fisheries on 4 May 2012.",
    );
    expect(article.paragraphs).toContain(
      "3. Prime Minister Solvang thanked the President for the warm welcome extended to him and his delegation, and invited her to visit Norway at an early date, which she accepted with pleasure.",
    );
  });

  it("joins a first line that carries a glued dateline past the width", () => {
    const article = readArticle({ file: "glued.txt", text: gluedDateline });
    expect(article.paragraphs[0]).toContain("called on the President of Chile, Mrs Ana Torres,");
    expect(article.paragraphs).toHaveLength(2);
  });

  it("reads a first line broken mid-sentence as the story's start, not as a headline", () => {
    const text = `The Council of the Regional Union, at
its 12th meeting held on 6 June 2014, was briefed by the Special Envoy
of the Chairperson on the situation in the north and the work of
the mission on the ground. Council also followed the statements made by
the representatives of the member states, the European Union and
the United Nations, through its Special Envoy for the region.
Council recalled that, over the past two years, real progress has
been made in the peace process in the north, as shown by the gains
recorded on the ground and the return of displaced people.
`;
    const article = readArticle({ file: "council.txt", text });
    expect(article.paragraphs[0]).toMatch(
      /^The Council of the Regional Union, at its 12th meeting/,
    );
  });

  it("keeps headlines stacked one a line apart from a long paragraph", () => {
    const text = `Leaders meet in Oslo
The two leaders met in Oslo on Monday and agreed on new quotas for the herring stock in the Barents Sea after a long day of talks.
Ministers sign a fisheries pact
Trade talks to resume in June
Envoy named for the northern talks
Protest outside the parliament
Central bank holds its rate
Storm closes the northern ports
Election date set for autumn
Fishing groups in both countries welcomed the agreement and said it would end a long dispute over the stocks.
`;
    const paragraphs = readArticle({ file: "links.txt", text }).paragraphs;
    expect(paragraphs).toContain("Trade talks to resume in June");
    expect(paragraphs).toContain("Storm closes the northern ports");
  });
});
