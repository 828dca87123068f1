// @vitest-environment node
// rules/en/stamp-labels.json tested on its own examples: each line is read as a stamp of the
// date and kind its example says.
import { describe, expect, it } from "vitest";
import { dateLineStamp } from "../../../src/pipeline/read/date-line";
import { findStamp } from "../../../src/pipeline/read/stamps";
import { unglueDateLines } from "../../../src/pipeline/read/glued-date-lines";
import { classifyLine } from "../../../src/pipeline/read/furniture";
import {
  byNameVerbs,
  creditDateExamples,
  dateLineExamples,
  foreignDateLineExamples,
  gluedLabels,
  monthFirstZoneExamples,
  stampExamples,
  stampLabels,
} from "../../../src/pipeline/rules/stamp-labels";

describe("rules/en/stamp-labels.json", () => {
  it.each(stampExamples)("reads '$text' as $kind $date", (example) => {
    const stamp = findStamp(example.text);
    expect(stamp?.date).toBe(example.date);
    expect(stamp?.kind).toBe(example.kind);
  });

  it("lists a verb's longer labels before the shorter ones they begin with", () => {
    stampLabels.forEach((label, i) => {
      for (const later of stampLabels.slice(i + 1))
        expect(later.startsWith(label) && later !== label, `${label} before ${later}`).toBe(false);
    });
  });

  it("reads a speech's 'delivered on' only where it opens its line", () => {
    expect(findStamp("Aid was delivered on 5 March 2019 to the northern camps")).toBeNull();
    expect(findStamp("(Delivered on 5 March 2019 in Valletta)")?.date).toBe("2019-03-05");
  });

  it("reads a blog's byline with each of its verbs", () => {
    for (const verb of byNameVerbs)
      expect(findStamp(`${verb} by Ana Ruiz on Oct 24, 2011`)?.date, verb).toBe("2011-10-24");
  });
});

describe("rules/en/stamp-labels.json dateLineLabels", () => {
  it.each(dateLineExamples)("reads '$text' as $date", (example) => {
    expect(dateLineStamp(example.text)?.iso).toBe(example.date);
  });
});

describe("rules/en/stamp-labels.json gluedWords", () => {
  it("parts an agency glued to each label from it", () => {
    for (const label of gluedLabels)
      expect(findStamp(`PTI${label}: Oct 24, 2011 09:41 IST`)?.date, label).toBe("2011-10-24");
  });
});

describe("rules/en/stamp-labels.json monthFirstZones", () => {
  it.each(monthFirstZoneExamples)("reads '$text' as $date", (example) => {
    expect(findStamp(example.text)?.date).toBe(example.date);
  });

  it("leaves no other reading to a slashed date a US time zone follows", () => {
    expect(findStamp("05/12/2022 08:40 PM EDT")?.monthFirst).toBeUndefined();
    expect(findStamp("05/12/2022 08:40 PM")?.monthFirst).toBe("2022-05-12");
  });
});

describe("rules/en/stamp-labels.json foreignDateLines", () => {
  it.each(foreignDateLineExamples)("reads '$text' as $date", (example) => {
    expect(findStamp(example.text)).toMatchObject({ date: example.date, bare: true });
  });

  it("reads such a date only alone on its line", () => {
    expect(findStamp("Publicado em 04 de dezembro de 2017 pela redação")).toBeNull();
    expect(findStamp("31 de fevereiro de 2017")).toBeNull();
  });
});

describe("rules/en/stamp-labels.json creditDate", () => {
  it.each(creditDateExamples)("reads '$text' as $date", (example) => {
    expect(findStamp(example.text)).toMatchObject({ date: example.date, credit: true });
  });

  it("keeps a credit's date as a stamp where its name would read as a dateline's place", () => {
    const line = classifyLine("By AGENCY, Wednesday, December 22, 2010");
    expect(line).toMatchObject({ kind: "furniture", stamp: { date: "2010-12-22" } });
  });

  it("never takes a weekday or a month for the writer", () => {
    expect(findStamp("By Friday 12 March 2010 the talks had ended")?.credit).toBeUndefined();
    expect(findStamp("By March 12, 2010 the talks had ended")?.credit).toBeUndefined();
  });

  it("reads a two-figure year only after a credit, with nothing after the date", () => {
    expect(findStamp("Ana Ruiz, example.co.uk 12 Mar 10 troops")).toBeNull();
    expect(findStamp("Ana Ruiz 12 Mar 10;")).toBeNull();
  });

  it("puts a credit and its date that run into the story on a line of their own", () => {
    expect(unglueDateLines("By Ana Ruiz/Wire Service December 01, 2016 The ministers met.")).toBe(
      "By Ana Ruiz/Wire Service December 01, 2016\n The ministers met.",
    );
    expect(unglueDateLines("By Ana Ruiz\nDecember 01, 2016 The ministers met.")).toBe(
      "By Ana Ruiz\nDecember 01, 2016 The ministers met.",
    );
  });
});
