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
