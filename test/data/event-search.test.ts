import { afterEach, describe, expect, it, vi } from "vitest";
import {
  answerEventSearches,
  workerEventSearch,
  type EventSearchLoad,
  type EventSearchReply,
  type EventSearchRequest,
} from "../../src/data/search/event-search-messages";
import { eventSearchService } from "../../src/data/search/event-search-service";
import { selectDatasetIndex } from "../../src/data/dataset-query";
import {
  loadUiFixture,
  loadUiQuotes,
  rawUiFixture,
  uiFixtureFiles,
} from "../fixtures/ui/load-fixture";

afterEach(() => vi.unstubAllGlobals());

// The page's order: events by date (DatasetIndex), not the file's.
const order = selectDatasetIndex(loadUiFixture()).events.map((e) => e.id);
const load: EventSearchLoad = {
  kind: "load",
  indexUrl: "http://localhost/data/timeline.json",
  quotesUrls: [], // set from the fixture's index below
  order,
};
const idsAt = (positions: Uint32Array | null) =>
  positions && [...positions].map((position) => order[position]);

/** Serves the index and the files it names, as a static host would (500 while `site.down`). */
const site = { down: false };
function serveSite() {
  const files = uiFixtureFiles();
  const index = JSON.stringify(rawUiFixture());
  site.down = false;
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    if (site.down) return new Response("down", { status: 500, statusText: "Server Error" });
    const url = String(input);
    if (url === load.indexUrl) return new Response(index, { status: 200 });
    const path = [...files.keys()].find((p) => url.endsWith(`/data/${p}`));
    return path === undefined
      ? new Response("not found", { status: 404 })
      : new Response(files.get(path), { status: 200 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const quotesUrls = () => loadUiFixture().quotes.map((part) => `http://localhost/data/${part}`);

/**
 * A stand-in for the browser's Worker: messages cross as structured clones, one task later,
 * to the same handler the worker file installs (answerEventSearches).
 */
class FakeWorker {
  onmessage: ((event: MessageEvent<EventSearchReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly answer = answerEventSearches((reply) =>
    setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent)),
  );
  postMessage(request: EventSearchRequest) {
    setTimeout(() => this.answer(structuredClone(request)));
  }
  terminate() {
    this.terminated = true;
  }
}

const asWorker = (fake: FakeWorker) => fake as unknown as Worker;

const queries = [
  "delhi",
  "DELHI summ",
  "orlov",
  "defence ministers meet in moscow",
  "moscow",
  "frank and useful",
  "zzyzx",
  "",
  "   ",
];

describe("the event search, in its worker and on the page's thread", () => {
  it("answers every query with the same events both ways", async () => {
    serveSite();
    const inWorker = workerEventSearch(() => asWorker(new FakeWorker()), {
      ...load,
      quotesUrls: quotesUrls(),
    });
    const sameThread = eventSearchService(async () => ({
      dataset: loadUiFixture(),
      quotes: loadUiQuotes(),
      order,
    }));
    const fromWorker = await Promise.all(queries.map((q) => inWorker.matching(q)));
    const fromPage = await Promise.all(queries.map((q) => sameThread.matching(q)));
    // Compared as plain lists: the worker's answers crossed as structured clones.
    const plain = (answers: (Uint32Array | null)[]) => answers.map((a) => a && [...a]);
    expect(plain(fromWorker)).toEqual(plain(fromPage));
    // Not trivially equal: some queries match, some match nothing, blank ones are no query.
    expect(idsAt(fromPage[0] ?? null)).toContain("2023-12-06-summit-new-delhi");
    expect(idsAt(fromPage[2] ?? null)).toEqual(["2021-06-24-ministerial-meeting-moscow"]);
    expect(fromPage[5]).toEqual(new Uint32Array());
    expect(fromPage.slice(-2)).toEqual([null, null]);
  });

  it("answers with positions in the page's order, ascending, leaving out events the page lacks", async () => {
    const summit = "2023-12-06-summit-new-delhi";
    const data = { dataset: loadUiFixture(), quotes: loadUiQuotes() };
    const reversed = [...order].reverse().filter((id) => id !== summit);
    const inPageOrder = await eventSearchService(async () => ({ ...data, order })).matching(
      "delhi",
    );
    const otherOrder = await eventSearchService(async () => ({
      ...data,
      order: reversed,
    })).matching("delhi");
    const positions = [...(otherOrder ?? [])];
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const expected = (idsAt(inPageOrder) ?? []).filter((id) => id !== summit);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(positions.map((position) => reversed[position]))).toEqual(new Set(expected));
  });

  it("loads the files once, however many searches", async () => {
    const fetchMock = serveSite();
    const search = workerEventSearch(() => asWorker(new FakeWorker()), {
      ...load,
      quotesUrls: quotesUrls(),
    });
    search.prepare();
    await Promise.all(queries.map((q) => search.matching(q)));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("says why a search failed when the worker cannot load the files, and tries again next time", async () => {
    serveSite();
    site.down = true;
    const search = workerEventSearch(() => asWorker(new FakeWorker()), {
      ...load,
      quotesUrls: quotesUrls(),
    });
    await expect(search.matching("orlov")).rejects.toThrow(/500 Server Error/);
    site.down = false;
    expect(idsAt(await search.matching("orlov"))).toEqual([
      "2021-06-24-ministerial-meeting-moscow",
    ]);
  });

  it("rejects the waiting searches when the worker's script fails, and starts a new one after", async () => {
    serveSite();
    const created: FakeWorker[] = [];
    const search = workerEventSearch(
      () => {
        const worker = new FakeWorker();
        created.push(worker);
        return asWorker(worker);
      },
      { ...load, quotesUrls: quotesUrls() },
    );
    const pending = search.matching("orlov");
    created[0]?.onerror?.({ message: "blocked", preventDefault() {} } as ErrorEvent);
    await expect(pending).rejects.toThrow(/could not start \(blocked\)/);
    expect(created[0]?.terminated).toBe(true);
    expect(idsAt(await search.matching("orlov"))).toEqual([
      "2021-06-24-ministerial-meeting-moscow",
    ]);
    expect(created).toHaveLength(2);
  });
});
