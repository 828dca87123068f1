// @vitest-environment node
// A story that writes its own day's date beside its "today" is dated by it, also when the date
// stands in square brackets or after "i.e." (a release's way of saying it is the same day).
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";

const read = (lines: string[]) => readArticle({ file: "page.txt", text: `${lines.join("\n")}\n` });

describe("a story's today written with its date", () => {
  it("reads the date after 'today i.e.', its full stop glued to the figure", () => {
    const a = read([
      "Joint drill ends at the hill range",
      "",
      "Pune: The joint drill, which began on 2 May 2020, ended today i.e.9 May 2020 at the hill range with a closing parade.",
    ]);
    expect(a.published).toBe("2020-05-09");
  });

  it("reads the date in square brackets after 'today'", () => {
    const a = read([
      "Minister travels to Ottawa for talks",
      "",
      "The Minister has arrived in Ottawa to hold talks with the Canadian Prime Minister today [2 March 2023].",
    ]);
    expect(a.published).toBe("2023-03-02");
  });
});
