// @vitest-environment node
// "met in Moscow in January and in Beijing in April": a date joined by "and" to the one that
// closes a trigger's phrase, with no trigger of its own, dates the same words again (a second
// event, in its own place); two days ("on Friday and Saturday"), a span ("between 2012 and
// 2014"), two months side by side ("in April and May") or a second verb ("and signed a pact
// in April") do not.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

const events = (...body: string[]) =>
  buildDataset(
    [
      {
        file: "a.txt",
        text: `Ministers meet\n\nPARIS, June 5, 2015 (Wire) - ${body.join("\n\n")}\n`,
      },
    ],
    undefined,
    { today: "2026-11-22" },
  ).dataset.events.map((e) => `${e.type} ${e.start} ${e.location ?? "-"}`);

describe("a second date coordinated with the first", () => {
  it("dates the same meeting again, in its own place", () => {
    const found = events(
      "Foreign Minister Sergey Lavrov and Foreign Minister Wang Yi met in Moscow in January and in Beijing in April.",
    );
    expect(found).toContain("talks 2015-01 Moscow");
    expect(found).toContain("talks 2015-04 Beijing");
  });

  it("gives each of two visits its own month", () => {
    const found = events(
      "Chancellor Angela Merkel paid visits to Beijing in May 2013 and October 2014.",
    );
    expect(found).toContain("visit 2013-05 Beijing");
    expect(found).toContain("visit 2014-10 Beijing");
  });

  it("leaves a date closing another verb to that verb", () => {
    const found = events(
      "Chancellor Angela Merkel and Premier Li Keqiang met in January and signed a trade pact in April.",
    );
    expect(found.filter((e) => e.startsWith("talks"))).toEqual(["talks 2015-01 -"]);
  });

  it("leaves two months side by side as one run", () => {
    expect(events("Indian and Russian troops held Exercise Indra in April and May.")).toHaveLength(
      1,
    );
  });

  it("leaves two days and a span as one event", () => {
    expect(
      events(
        "Indian and Russian warships held the exercise on Friday and Saturday in the Bay of Bengal.",
      ),
    ).toHaveLength(1);
    expect(
      events("Chancellor Angela Merkel visited Beijing several times between 2012 and 2014."),
    ).not.toContain("visit 2014 Beijing");
  });
});
