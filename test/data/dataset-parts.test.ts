import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { articleTextsQuery, datasetQuery, eventQuotesQuery } from "../../src/data/dataset-query";
import { parseDataset } from "../../src/data/parse-dataset";
import type { QuotesFile } from "../../src/shared/schema";
import { rawUiFixture, uiFixtureFiles } from "../fixtures/ui/load-fixture";

// The index names its quotes and full-text files as lists of parts (a rebuild rewrites only
// the parts that changed): the app reads every part, in the index's order, as one file.

afterEach(() => vi.unstubAllGlobals());

type Index = { quotes: string[]; fullText: string[] };

/** The UI fixture with its quotes and full text each cut into two parts. */
function inTwoParts() {
  const index = rawUiFixture() as Index;
  const files = uiFixtureFiles();
  const [quotesPath = "", textPath = ""] = [index.quotes[0], index.fullText[0]];
  const quotes = JSON.parse(files.get(quotesPath) ?? "") as QuotesFile;
  const cut = Math.floor(quotes.sources.quote.length / 2);
  const half = (from: number, to?: number): QuotesFile => ({
    ...quotes,
    sources: {
      quote: quotes.sources.quote.slice(from, to),
      start: quotes.sources.start.slice(from, to),
      end: quotes.sources.end.slice(from, to),
    },
  });
  const text = JSON.parse(files.get(textPath) ?? "") as { version: number; articles: unknown[] };
  const served = new Map(files);
  served.set("timeline.files/quotes.a.json", JSON.stringify(half(0, cut)));
  served.set("timeline.files/quotes.b.json", JSON.stringify(half(cut)));
  served.set(
    "timeline.files/full-text.a.json",
    JSON.stringify({ ...text, articles: text.articles.slice(0, 2) }),
  );
  served.set(
    "timeline.files/full-text.b.json",
    JSON.stringify({ ...text, articles: text.articles.slice(2) }),
  );
  index.quotes = ["timeline.files/quotes.a.json", "timeline.files/quotes.b.json"];
  index.fullText = ["timeline.files/full-text.a.json", "timeline.files/full-text.b.json"];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = [...served.keys()].find((p) => url.endsWith(`/${p}`));
    return path === undefined
      ? new Response("not found", { status: 404 })
      : new Response(served.get(path));
  });
  vi.stubGlobal("fetch", fetchMock);
  const client = new QueryClient();
  client.setQueryData(datasetQuery.queryKey, parseDataset(index));
  return { client, fetchMock, cut };
}

describe("quotes and full text in parts", () => {
  it("reads every quotes part, in order, as one file", async () => {
    const whole = new QueryClient();
    const one = rawUiFixture();
    const files = uiFixtureFiles();
    vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
      const path = [...files.keys()].find((p) => String(input).endsWith(`/${p}`));
      return new Response(path === undefined ? "" : files.get(path));
    });
    whole.setQueryData(datasetQuery.queryKey, parseDataset(one));
    const expected = await whole.fetchQuery(eventQuotesQuery);

    const { client, fetchMock, cut } = inTwoParts();
    expect(cut).toBeGreaterThan(0);
    const quotes = await client.fetchQuery(eventQuotesQuery);
    expect(fetchMock.mock.calls.filter(([u]) => String(u).includes("/quotes."))).toHaveLength(2);
    expect(quotes).toEqual(expected);
  });

  it("reads every full-text part into one text per article", async () => {
    const { client, fetchMock } = inTwoParts();
    const texts = await client.fetchQuery(articleTextsQuery());
    expect(fetchMock.mock.calls.filter(([u]) => String(u).includes("/full-text."))).toHaveLength(2);
    const index = rawUiFixture() as { articles: { id: string[] } };
    expect([...texts.keys()].sort()).toEqual([...index.articles.id].sort());
  });
});
