import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { facetRegistry } from "../../src/data/facets/facet-registry";
import { eventTypes } from "../../src/shared/schema";
import {
  defaultViewState,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from "../../src/url/view-state";

describe("parseViewState", () => {
  it("reads every kind of parameter", () => {
    const { state, dropped } = parseViewState(
      "?event=e1&compare=a2&compare=a1&year=2023&year=2021&official=x&country=India&type=summit" +
        "&outlet=TASS&org=o&place=Moscow&programme=p&q=delhi&scope=articles" +
        "&since=2020-05-01&until=2020-05-01&from=2021-01-01&to=2022-01-01&group=country&view=list",
    );
    expect(dropped).toEqual([]);
    expect(state).toEqual({
      event: "e1",
      compare: ["a2", "a1"],
      years: ["2021", "2023"],
      officials: ["x"],
      countries: ["India"],
      types: ["summit"],
      outlets: ["TASS"],
      organisations: ["o"],
      places: ["Moscow"],
      programmes: ["p"],
      query: "delhi",
      scope: "articles",
      since: "2020-05-01",
      until: "2020-05-01",
      from: "2021-01-01",
      to: "2022-01-01",
      group: "country",
      view: "list",
    });
  });

  it("drops unknown and malformed values and reports each", () => {
    const { state, dropped } = parseViewState(
      "?year=abc&year=2022&type=party&from=2021-02-30&group=colour&view=grid&utm_source=x&event=",
    );
    expect(state.years).toEqual(["2022"]);
    expect(state.types).toEqual([]);
    expect(state.from).toBeNull();
    expect(state.group).toBe("type");
    expect(state.view).toBe("auto");
    expect(state.event).toBeNull();
    expect(dropped).toEqual([
      "year=abc",
      "type=party",
      "from=2021-02-30",
      "group=colour",
      "view=grid",
      "utm_source=x",
      "event",
    ]);
  });

  it("keeps a chosen view, either one, and leaves the screen's default out of the link", () => {
    expect(parseViewState("view=timeline").state.view).toBe("timeline");
    expect(parseViewState("view=list").state.view).toBe("list");
    expect(serialiseViewState({ ...defaultViewState, view: "timeline" })).toBe("view=timeline");
    expect(serialiseViewState(defaultViewState)).toBe("");
  });

  it("drops a window whose start is not before its end", () => {
    const { state, dropped } = parseViewState("from=2022-01-01&to=2021-01-01");
    expect([state.from, state.to]).toEqual([null, null]);
    expect(dropped).toEqual(["from=2022-01-01", "to=2021-01-01"]);
  });

  it("drops a date range that ends before it starts, keeps a one-day range", () => {
    const inverted = parseViewState("since=2022-01-02&until=2022-01-01");
    expect([inverted.state.since, inverted.state.until]).toEqual([null, null]);
    expect(inverted.dropped).toEqual(["since=2022-01-02", "until=2022-01-01"]);
    const oneDay = parseViewState("since=2022-01-01&until=2022-01-01");
    expect(oneDay.dropped).toEqual([]);
    expect(oneDay.state.until).toBe("2022-01-01");
  });

  it("reads every facet of the registry under its own parameter", () => {
    for (const facet of facetRegistry) {
      const value = facet.key === "years" ? "2024" : facet.key === "types" ? "visit" : "v";
      const { state, dropped } = parseViewState(`${facet.param}=${value}`);
      expect(dropped).toEqual([]);
      expect(state[facet.key]).toEqual([value]);
      expect(serialiseViewState(state)).toBe(`${facet.param}=${value}`);
    }
  });

  it("caps the search, each list and the comparison, and says so", () => {
    const long = "é".repeat(300);
    const officials = Array.from(
      { length: 60 },
      (_, i) => `official=p${String(i).padStart(2, "0")}`,
    );
    const compare = Array.from({ length: 9 }, (_, i) => `compare=a${i}`);
    const { state, dropped } = parseViewState(
      `?q=${encodeURIComponent(long)}&${officials.join("&")}&${compare.join("&")}`,
    );
    expect(state.query).toBe("é".repeat(200));
    expect(state.officials).toHaveLength(50);
    expect(state.compare).toEqual(["a0", "a1", "a2", "a3", "a4", "a5"]);
    expect(dropped).toEqual([
      "q (shortened to its first 200 characters)",
      "official: 10 more values than the limit",
      "compare: 3 more values than the limit",
    ]);
  });

  it("quotes a dropped value only in part, so a huge one cannot flood the notice", () => {
    const { dropped } = parseViewState(`?utm=${"x".repeat(10_000)}`);
    expect(dropped).toEqual([`utm=${"x".repeat(60)}…`]);
  });

  it("ignores a fragment and tolerates broken percent-encoding", () => {
    expect(parseViewState("?event=a#event=b").state.event).toBe("a");
    expect(() => parseViewState("?q=%E0%A4%A&event=%")).not.toThrow();
  });
});

describe("serialiseViewState", () => {
  it("writes nothing for the default state", () => {
    expect(serialiseViewState(defaultViewState)).toBe("");
  });

  it("writes only what differs from the default, in a fixed order", () => {
    const state: ViewState = { ...defaultViewState, view: "list", event: "e 1", years: ["2020"] };
    expect(serialiseViewState(state)).toBe("event=e+1&year=2020&view=list");
  });
});

const text = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is excluded
  .filter((s) => !/[\u0000-\u001f\u007f]/.test(s));
const sortedUnique = (values: string[]) => [...new Set(values)].sort();
const isoDay = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const window = fc
  .option(
    fc.tuple(isoDay, isoDay).filter(([a, b]) => a < b),
    { nil: null },
  )
  .map((w) => (w ? { from: w[0], to: w[1] } : { from: null, to: null }));
const dateRange = fc
  .tuple(fc.option(isoDay, { nil: null }), fc.option(isoDay, { nil: null }))
  .filter(([a, b]) => a === null || b === null || a <= b)
  .map(([since, until]) => ({ since, until }));

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    event: fc.option(text, { nil: null }),
    compare: fc.uniqueArray(text, { maxLength: 3 }),
    years: fc
      .uniqueArray(fc.integer({ min: 1000, max: 9999 }), { maxLength: 4 })
      .map((ys) => ys.map(String).sort()),
    officials: fc.array(text, { maxLength: 3 }).map(sortedUnique),
    countries: fc.array(text, { maxLength: 3 }).map(sortedUnique),
    types: fc.subarray([...eventTypes]).map((t) => [...t].sort()),
    outlets: fc.array(text, { maxLength: 3 }).map(sortedUnique),
    organisations: fc.array(text, { maxLength: 3 }).map(sortedUnique),
    places: fc.array(text, { maxLength: 3 }).map(sortedUnique),
    programmes: fc.array(text, { maxLength: 3 }).map(sortedUnique),
    query: fc.oneof(
      fc.constant(""),
      text.filter((s) => s.trim() !== ""),
    ),
    scope: fc.constantFrom("events", "articles"),
    window,
    dateRange,
    group: fc.constantFrom("type", "country"),
    view: fc.constantFrom("auto", "timeline", "list"),
  })
  .map(({ window: w, dateRange: d, ...rest }) => ({ ...rest, ...w, ...d }));

describe("view state properties", () => {
  it("never throws on arbitrary query strings and fragments", () => {
    const anyString = fc.string({ unit: "binary", maxLength: 200 });
    const fragment = fc.tuple(anyString, anyString).map(([q, h]) => `?${q}#${h}`);
    fc.assert(
      fc.property(fc.oneof(anyString, fragment), (search) => {
        const { state, dropped } = parseViewState(search);
        expect(Array.isArray(dropped)).toBe(true);
        expect(typeof serialiseViewState(state)).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on query strings made of real parameter names", () => {
    const names = fc.constantFrom(
      "event",
      "compare",
      "year",
      "type",
      "outlet",
      "since",
      "until",
      "from",
      "to",
      "q",
      "view",
    );
    const pair = fc.tuple(names, fc.string({ unit: "binary", maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 8 }), (pairs) => {
        const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const { state } = parseViewState(search);
        expect(parseViewState(serialiseViewState(state)).state).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  it("every valid state survives serialise-then-parse unchanged", () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, dropped } = parseViewState(`?${serialiseViewState(state)}`);
        expect(dropped).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });
});
