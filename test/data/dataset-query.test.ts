import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { datasetQuery, datasetUrl, selectDatasetIndex } from "../../src/data/dataset-query";
import { fetchJson } from "../../src/data/fetch-json";
import { parseDataset } from "../../src/data/parse-dataset";
import { maxDataFileBytes } from "../../src/data/size-limit";
import { searchEvents } from "../../src/data/search/event-search-index";
import { loadUiFixture, loadUiQuotes, rawUiFixture } from "../fixtures/ui/load-fixture";

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async () => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

async function failureOf(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return error as DatasetError;
}

describe("fetchJson", () => {
  it("classifies a 404 as missing and says how to create the file", async () => {
    stubFetch(new Response("not here", { status: 404 }));
    const error = await failureOf(fetchJson("data/timeline.json"));
    expect(error.kind).toBe("missing");
    expect(error.message).toContain("npm run build:data");
  });

  it("classifies truncated JSON as malformed", async () => {
    stubFetch(new Response('{"version": 1, "articles": [', { status: 200 }));
    expect((await failureOf(fetchJson("x.json"))).kind).toBe("malformed");
  });

  it("refuses a file over the size limit, from its declared size or while reading it", async () => {
    stubFetch(new Response("{}", { headers: { "content-length": String(maxDataFileBytes + 1) } }));
    const declared = await failureOf(fetchJson("big.json"));
    expect(declared.kind).toBe("too-large");
    expect(declared.message).toMatch(/big\.json is larger than 64 MB.*Large archives/);
    // No size declared (a compressed or streamed reply): stopped once the limit is passed.
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    stubFetch(new Response(endless));
    expect((await failureOf(fetchJson("stream.json"))).kind).toBe("too-large");
    expect(sent).toBeLessThan(maxDataFileBytes + 4 * chunk.byteLength);
    // A file within the limit is read as before.
    stubFetch(new Response(`"${" ".repeat(1000)}"`));
    await expect(fetchJson("small.json")).resolves.toBe(" ".repeat(1000));
  });

  it("classifies a failed connection and a server error as network", async () => {
    stubFetch(new TypeError("Failed to fetch"));
    expect((await failureOf(fetchJson("x.json"))).kind).toBe("network");
    stubFetch(new Response("", { status: 500, statusText: "Server Error" }));
    expect((await failureOf(fetchJson("x.json"))).message).toContain("500");
  });
});

describe("parseDataset", () => {
  it("accepts the fixture", () => {
    expect(parseDataset(rawUiFixture()).events).toHaveLength(8);
  });

  it("rejects another version before looking at the rest", async () => {
    const error = await failureOf(Promise.resolve().then(() => parseDataset({ version: 1 })));
    expect(error.kind).toBe("version");
    expect(error.message).toContain("version 1");
  });

  it("rejects data that breaks the contract, naming where", async () => {
    // Events are columns in the file; their participants are positions in `entities`.
    const data = rawUiFixture() as { events: { participants: number[][] } };
    data.events.participants[0]!.push(9999);
    const error = await failureOf(Promise.resolve().then(() => parseDataset(data)));
    expect(error.kind).toBe("invalid");
    expect(error.message).toContain("events.participants.0: unknown entity position 9999");
  });
});

describe("datasetQuery", () => {
  it("fetches the file relative to the base URL and validates it", async () => {
    const fetchMock = stubFetch(new Response(JSON.stringify(rawUiFixture())));
    const queryFn = datasetQuery.queryFn as (ctx: { signal: AbortSignal }) => Promise<unknown>;
    const data = await queryFn({ signal: new AbortController().signal });
    expect(fetchMock).toHaveBeenCalledWith(datasetUrl, expect.anything());
    expect(datasetUrl).toBe(`${import.meta.env.BASE_URL}data/timeline.json`);
    expect(data).toEqual(loadUiFixture());
  });
});

describe("selectDatasetIndex", () => {
  it("orders events by date with undated last, and builds the index once per dataset", () => {
    const dataset = loadUiFixture();
    const index = selectDatasetIndex(dataset);
    expect(selectDatasetIndex(dataset)).toBe(index);
    expect(index.events.map((e) => e.start)).toEqual([
      "2020",
      "2020-02-10",
      "2021-06-24",
      "2022",
      "2022-03",
      "2023-12",
      "2023-12-06",
      null,
    ]);
  });

  it("derives every registry facet's values: officials, their countries, outlets, places, pairs", () => {
    const index = selectDatasetIndex(loadUiFixture());
    expect(index.facetsByEvent.get("2021-06-24-ministerial-meeting-moscow")).toEqual({
      years: ["2021"],
      officials: ["anita-rao", "pavel-orlov"],
      countries: ["India", "Russia"],
      types: ["ministerial-meeting"],
      outlets: ["Test Wire"],
      organisations: [],
      places: ["Moscow"],
      programmes: ["sky-shield"],
      pairs: ["anita-rao+pavel-orlov"],
    });
  });

  it("keeps article bodies out of the event search", () => {
    const index = selectDatasetIndex(loadUiFixture());
    const quotes = loadUiQuotes();
    const ids = (query: string) =>
      (searchEvents(index, quotes, query)?.array() ?? []).map(
        (position) => index.events[position]?.id,
      );
    // The article's headline is searched; its body text is not.
    expect(ids("defence ministers meet in moscow")).toContain(
      "2021-06-24-ministerial-meeting-moscow",
    );
    expect(searchEvents(index, quotes, "frank and useful")?.size()).toBe(0);
  });
});
