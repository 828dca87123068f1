// @vitest-environment node
// A date in brackets right after a coarser one it falls in ("in 2024 (July 8-9, 2024)", "last
// year (on 8 July 2024)") says which days the coarser one meant: only the finer date is read, so
// the event is dated to its days, not its year. A bracketed date outside the coarser one, or a
// finer date not in brackets, leaves both. (Written sentences.)
import { describe, expect, it } from "vitest";
import { resolveDates } from "../../src/pipeline/resolve-dates";
import type { DateContext } from "../../src/pipeline/types";

const ctx: DateContext = { published: "2025-12-04", publishedFrom: "text" };
const read = (text: string) => resolveDates(text, ctx).map((d) => [d.text, d.start]);

describe("a finer date in brackets after a coarser one", () => {
  it.each([
    [
      "The premier visited Norway in 2024 (July 8-9, 2024) and met his counterpart.",
      [["July 8-9, 2024", "2024-07-08"]],
    ],
    [
      "The premier met his counterpart last year (on 8 July 2024) in Oslo.",
      [["8 July 2024", "2024-07-08"]],
    ],
  ])("is the only date read: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("leaves both when the bracketed date is not inside the first", () => {
    expect(read("The premier visited Norway in 2023 (and again on July 8, 2024).")).toHaveLength(2);
    expect(read("The premier visited Norway in 2024 (July 8, 2023).")).toHaveLength(2);
  });

  it("leaves both when the finer date is not in brackets", () => {
    expect(read("The premier visited Norway in 2024, on July 8, 2024.")).toHaveLength(2);
  });
});
