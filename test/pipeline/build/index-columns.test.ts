import { describe, expect, it } from "vitest";
import { indexFileOf } from "../../../src/pipeline/build/index-columns";
import {
  datasetSchema,
  indexFileChecks,
  indexFileSchema,
  type Dataset,
} from "../../../src/shared/schema";
import { slugify } from "../../../src/shared/slug";
import { loadUiFixture } from "../../fixtures/ui/load-fixture";

describe("the index's events and articles as columns (version 5)", () => {
  it("reads back as the same events, sources, articles and references", () => {
    const dataset = loadUiFixture();
    const file = indexFileOf(dataset);
    expect(file.events.title).toEqual(dataset.events.map((e) => e.title));
    expect(file.articles.title).toEqual(dataset.articles.map((a) => a.title));
    expect(file.sources.paragraph).toEqual(
      dataset.events.flatMap((e) => e.sources.map((s) => s.paragraph)),
    );
    expect(indexFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(dataset);
  });

  it("writes an event's id only where its date and title do not give it", () => {
    const dataset = loadUiFixture();
    const [given, second] = dataset.events;
    if (!given || !second) throw new Error("the fixture has two events");
    // The build's ids: date and title slug ("2020-logistics-agreement-signed")...
    const first = { ...given, id: `${given.start ?? "undated"}-${slugify(given.title)}` };
    // ...and two events of one day and title: the second gets a suffix.
    const twin = { ...first, location: "elsewhere", id: `${first.id}-2` };
    const events = [first, twin, { ...second, id: "chosen-by-an-editor" }];
    const file = indexFileOf({ ...dataset, events });
    expect(file.events.id).toEqual([null, `${first.id}-2`, "chosen-by-an-editor"]);
    const read = indexFileSchema.parse(JSON.parse(JSON.stringify(file)));
    expect(read.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it("refuses two events whose ids, put back, are the same", () => {
    const dataset = loadUiFixture();
    const [given] = dataset.events;
    if (!given) throw new Error("the fixture has an event");
    const first = { ...given, id: `${given.start ?? "undated"}-${slugify(given.title)}` };
    const file = indexFileOf({ ...dataset, events: [first, { ...first }] });
    expect(file.events.id).toEqual([null, null]);
    const result = indexFileSchema.safeParse(JSON.parse(JSON.stringify(file)));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join("\n")).toMatch(first.id);
  });

  it("refuses columns of different lengths and counts that do not add up", () => {
    const file = indexFileOf(loadUiFixture());
    file.events.title.pop();
    file.events.sources[0] = (file.events.sources[0] ?? 1) + 1;
    const result = indexFileSchema.safeParse(file);
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toContain(
      `events.title: has ${file.events.id.length - 1} values; expected ${file.events.id.length}`,
    );
    expect(messages).toContain(
      `sources.paragraph: has ${file.sources.paragraph.length} values; expected ${file.sources.paragraph.length + 1}`,
    );
  });

  it("refuses a source whose article position is outside the articles", () => {
    const file = indexFileOf(loadUiFixture());
    file.sources.articleId[0] = file.articles.id.length;
    const result = indexFileSchema.safeParse(file);
    expect(result.error?.issues[0]?.message).toBe(
      `unknown article position ${file.articles.id.length}`,
    );
  });
});

// The index's references are checked on its columns (not on records read back from them):
// the same problems, in the same order, with the same paths and messages as the records'
// check (datasetSchema's) reports for the dataset the columns were made of.
describe("the index's references, checked on its columns", () => {
  type Broken = (d: Dataset) => void;
  const cases: [string, Broken][] = [
    ["nothing", () => {}],
    ["an article id twice", (d) => d.articles.push({ ...d.articles[0]!, paragraphCount: 0 })],
    ["an entity id twice", (d) => d.entities.push({ ...d.entities[0]! })],
    ["an event id twice", (d) => d.events.push({ ...d.events[0]!, title: "Another title" })],
    ["a precision its start does not have", (d) => void (d.events[1]!.precision = "year")],
    [
      "an undated event with a precision",
      (d) => {
        d.events[0] = { ...d.events[0]!, start: null, end: null, precision: "day" };
      },
    ],
    [
      "a source paragraph out of range",
      (d) => {
        const source = d.events[0]!.sources[0]!;
        d.events[0]!.sources[0] = { ...source, paragraph: 999 };
      },
    ],
    [
      "a claim by an article that is no source, and of an unknown person",
      (d) => {
        const event = d.events[0]!;
        const source = event.sources[0]!.articleId;
        const other = d.articles.find((a) => event.sources.every((s) => s.articleId !== a.id))!;
        event.disagreements = [
          {
            field: "location",
            claims: [
              { value: "Here", articleIds: [source] },
              { value: "There", articleIds: [other.id] },
            ],
          },
          {
            field: "participants",
            claims: [
              { value: [d.entities[0]!.id], articleIds: [source] },
              { value: ["nobody-known"], articleIds: [source, other.id] },
            ],
          },
        ];
      },
    ],
  ];
  const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);

  it.each(cases)("%s", (name, broken) => {
    const dataset = structuredClone(loadUiFixture());
    broken(dataset);
    const file = JSON.parse(JSON.stringify(indexFileOf(dataset)));
    const expected = issues(datasetSchema.safeParse(dataset));
    expect(expected.length > 0).toBe(name !== "nothing");
    expect(issues(indexFileSchema.safeParse(file))).toEqual(expected);
    expect(issues(indexFileChecks.safeParse(file))).toEqual(expected);
    if (expected.length === 0) expect(indexFileChecks.parse(file)).toEqual(file);
  });
});
