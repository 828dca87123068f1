// @vitest-environment node
// Articles written for the error categories found on a held-out set
// (test/fixtures/eval/README.md, "Findings from a second, held-out set"): titles missing
// from the title list, countries from the person's own words only, month-like and
// title-like name words, first-name and surname mentions, lead sentences with unusual
// verbs, trailing-clause dates, dated references, and people named but not taking part.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";

const dir = join(__dirname, "../fixtures/extraction/general");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
const { dataset } = buildDataset(files, undefined, { today: "2026-11-22" });
const people = dataset.entities.filter((e) => e.kind === "person");
const idOf = (name: string) => people.find((p) => p.name === name)?.id ?? `missing ${name}`;
const events = (article: string) =>
  dataset.events.filter((e) => e.sources.some((s) => s.articleId === article));
const participantNames = (ids: string[]) =>
  ids.map((id) => people.find((p) => p.id === id)?.name ?? id).sort();

describe("officials whose titles are not in the title list", () => {
  it.each([
    ["Meili Tanjung", "Indonesia"], // Director General of Defence Procurement
    ["Nuwan Jayasekara", "Sri Lanka"], // Secretary (Maritime Affairs) ... of the Sri Lankan ...
    ["Priyantha Perera", "Sri Lanka"], // Commander of the Sri Lanka Navy
    ["Zulkifli Osman", "Malaysia"], // Commander of the Royal Malaysian Navy
    ["Hoang Van Dung", "Vietnam"], // Senior Lieutenant General
    ["Rogelio Dizon", "Philippines"], // Philippine Navy Flag Officer in Command
  ])("finds %s with country %s from the title phrase", (name, country) => {
    expect(people.find((p) => p.name === name)?.country).toBe(country);
  });
});

describe("country from the person's own words, or none", () => {
  it.each([
    ["Pieter van Dongen", "Netherlands"], // "Pieter van Dongen, a former Dutch prime minister,"
    ["Musa Ochieng", "Kenya"], // ", director general of the Kenya Defence Forces,"
    ["Ahmed Warsame", "Somalia"], // "Lt Gen Ahmed Warsame, the Somali army chief,"
    ["Ruwan Silva", "Sri Lanka"], // "Commodore Ruwan Silva of the Sri Lanka Navy"
    ["Ana Beatriz Costa", "Brazil"], // "Brazil's ambassador Ana Beatriz Costa"
  ])("reads %s's country (%s) from the apposition or title", (name, country) => {
    expect(people.find((p) => p.name === name)?.country).toBe(country);
  });

  it("reads a multi-word country in a possessive title", () => {
    expect(people.find((p) => p.name === "Grant Lowther")?.country).toBe("New Zealand");
  });

  it("leaves the country null when only the meeting place or dateline could give one", () => {
    // "Chief of Naval Operations Rear Admiral Hu Jun met Perera in Colombo": not Sri Lankan.
    expect(people.find((p) => p.name === "Hu Jun")?.country ?? null).toBeNull();
  });
});

describe("names", () => {
  it("keeps a month-like word inside a name and a first name that looks like a rank", () => {
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(["Hu Jun", "Gen Okada"]));
    expect(people.map((p) => p.name)).not.toContain("Hu");
    expect(people.map((p) => p.name)).not.toContain("Okada");
  });

  it("links a first-name-only mention to the person named in full", () => {
    expect(people.filter((p) => p.name.startsWith("Somchai")).map((p) => p.name)).toEqual([
      "Somchai Prasertsak",
    ]);
  });

  it("marks a bare given name as a mention of the person this article names in full", () => {
    const hanoi = dataset.articles.find((a) => a.id === "03_hanoi_visit");
    const own = hanoi?.mentions.filter((m) => m.entityId === idOf("Somchai Prasertsak")) ?? [];
    const surfaces = own.map((m) => hanoi?.paragraphs[m.paragraph]?.slice(m.start, m.end));
    expect(surfaces).toEqual(["Somchai Prasertsak", "Somchai", "Somchai"]);
  });

  it("never links a bare surname to a bearer named only in another article", () => {
    const hanoi = dataset.articles.find((a) => a.id === "03_hanoi_visit");
    const kumar = hanoi?.mentions.filter((m) => m.entityId === idOf("Ravi Kumar")) ?? [];
    expect(kumar).toEqual([]);
  });
});

describe("events", () => {
  it("reads a lead sentence that holds a named Ministerial Dialogue with four people", () => {
    const dialogue = events("01_canberra_dialogue").find((e) => e.type === "ministerial-meeting");
    expect(dialogue?.start).toBe("2026-03-10");
    expect(participantNames(dialogue?.participants ?? [])).toEqual([
      "Bagus Hartono",
      "Clara Voss",
      "Ratna Siregar",
      "Tobias Wren",
    ]);
  });

  it("dates a signing by its main clause, not the trailing 'their first since ... last month'", () => {
    // The framework "agreed on last month" is an agreement of its own, dated by its clause.
    const agreements = events("01_canberra_dialogue").filter((e) => e.type === "agreement");
    expect(agreements.map((e) => [e.start, e.precision]).sort()).toEqual([
      ["2026-02", "month"],
      ["2026-03-10", "day"],
    ]);
  });

  it("dates 'first met when X visited <City> in February last year' to that month", () => {
    const visit = events("01_canberra_dialogue").find((e) => e.start === "2025-02");
    expect(visit?.participants).toContain(idOf("Bagus Hartono"));
  });

  it("does not make the sender of greetings a participant", () => {
    const ids = dataset.events.flatMap((e) => e.participants);
    expect(ids).not.toContain(idOf("Arief Santoso"));
    const talks = events("04_manila_exercise").find((e) => e.type === "talks");
    expect(participantNames(talks?.participants ?? [])).toEqual([
      "Kenta Morimoto",
      "Rogelio Dizon",
    ]);
  });

  it("reads 'was the chief guest at the parade' as an event of that day", () => {
    const parade = events("02_colombo_navy").find((e) => e.start === "2025-06-04");
    expect(parade?.participants).toEqual([idOf("Zulkifli Osman")]);
  });

  it("dates an arrival and a future trip by their own weekdays", () => {
    const visits = events("02_colombo_navy").filter((e) => e.type === "visit");
    expect(visits.map((e) => e.start).sort()).toEqual(["2025-06-02", "2025-06-05"]);
  });

  it("does not count a five-day visit from the day of a later trip in another clause", () => {
    const trip = events("05_accra_visit").find((e) => e.start === "2025-11-13");
    expect([trip?.type, trip?.end]).toEqual(["visit", null]);
  });

  // The visit and the meeting held on it are two events (as the real pages' gold lists them),
  // each at the month the clause gives.
  it("keeps 'visited <City> in October last year and met Y' at month precision", () => {
    const found = events("05_accra_visit").filter((e) =>
      e.participants.includes(idOf("Kofi Mensah")),
    );
    const past = found.filter((e) => e.start?.startsWith("2024"));
    expect(past.map((e) => [e.type, e.start, e.precision]).sort()).toEqual([
      ["talks", "2024-10", "month"],
      ["visit", "2024-10", "month"],
    ]);
  });

  it("reads 'during the visit of General X to <City> on Tuesday' as that visit", () => {
    // The agreement signed during it is an event of its own, on the same day.
    const visit = events("05_accra_visit").find(
      (e) => e.start === "2025-11-11" && e.type === "visit",
    );
    expect([visit?.type, visit?.participants]).toEqual([
      "visit",
      expect.arrayContaining([idOf("Omondi Kariuki")]),
    ]);
  });

  it("does not fold an undated 'Separately, X called on Y' into the dated lead meeting", () => {
    const lead = events("07_nairobi_appositions").find(
      (e) => e.participants.includes(idOf("Musa Ochieng")) && e.start === "2025-02-03",
    );
    expect(participantNames(lead?.participants ?? [])).toEqual([
      "Musa Ochieng",
      "Pieter van Dongen",
    ]);
  });

  it("reads a dialogue co-chaired by two others, a bare arrival, a future visit and a signing", () => {
    const found = events("08_suva_dialogue").map((e) => [e.type, e.start, e.participants.length]);
    expect(found.sort()).toEqual([
      ["agreement", "2025-07-15", 2], // "The two ministers signed the pact": the lead's day
      ["talks", "2025-07-15", 4], // "... at the annual Pacific Defence Dialogue co-chaired by"
      ["visit", "2025-07-14", 1], // "arrived on Monday"
      ["visit", "2025-07-17", 1], // "will visit Nadi on Thursday"
    ]);
  });

  it("keeps undated events of different types in one article apart", () => {
    const types = events("06_callao_undated").map((e) => e.type);
    expect(types.sort()).toEqual(["agreement", "phone-call", "talks", "visit"]);
  });

  it("merges a dated reference to the exercise into the exercise, with its end day", () => {
    const exercises = events("04_manila_exercise").filter((e) => e.type === "exercise");
    expect(exercises.map((e) => [e.start, e.end, e.sources.length])).toEqual([
      ["2025-04-07", "2025-04-11", 2],
    ]);
  });
});
