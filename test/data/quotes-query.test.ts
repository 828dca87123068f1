import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetError } from "../../src/data/dataset-error";
import { datasetQuery, eventQuotesQuery } from "../../src/data/dataset-query";
import { withQuotes } from "../../src/shared/schema";
import { loadUiFixture, uiFixtureFiles } from "../fixtures/ui/load-fixture";

afterEach(() => vi.unstubAllGlobals());

/** Serves the fixture's files, with the quotes file's text replaced if asked. */
function serve(quotesText?: (original: string) => string) {
  const files = uiFixtureFiles();
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const path = [...files.keys()].find((p) => url.endsWith(`/${p}`));
    if (path === undefined) return new Response("not found", { status: 404 });
    const text = files.get(path) ?? "";
    return new Response(path.includes("/quotes.") && quotesText ? quotesText(text) : text);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function clientWithIndex() {
  const client = new QueryClient();
  client.setQueryData(datasetQuery.queryKey, loadUiFixture());
  return client;
}

describe("eventQuotesQuery", () => {
  it("fetches the quotes files the index names, once, and gives each event its sources' quotes", async () => {
    const fetchMock = serve();
    const client = clientWithIndex();
    const dataset = loadUiFixture();
    const quotes = await client.fetchQuery(eventQuotesQuery);
    await client.fetchQuery(eventQuotesQuery);
    expect(dataset.quotes.length).toBeGreaterThan(0);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(
      dataset.quotes.map((path) =>
        expect.stringMatching(new RegExp(`/data/${path.replace(/\./g, "\\.")}$`)),
      ),
    );
    const summit = dataset.events.find((e) => e.id === "2023-12-06-summit-new-delhi")!;
    const quoted = withQuotes(summit, quotes);
    expect(quoted.sources).toHaveLength(summit.sources.length);
    expect(quoted.sources[0]).toMatchObject({
      articleId: summit.sources[0]?.articleId,
      quote: expect.stringContaining("held a summit in New Delhi"),
    });
  });

  it("refuses a quotes file that does not match the contract", async () => {
    serve(() => JSON.stringify({ version: 5, sources: { quote: [1, 2] } }));
    const error = await clientWithIndex()
      .fetchQuery(eventQuotesQuery)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).message).toMatch(
      /quotes file does not match the dataset contract/,
    );
  });

  it("refuses a quotes file written for another index (a row missing)", async () => {
    serve((text) => {
      const file = JSON.parse(text) as { sources: Record<string, unknown[]> };
      for (const column of Object.values(file.sources)) column.pop();
      return JSON.stringify(file);
    });
    const error = await clientWithIndex()
      .fetchQuery(eventQuotesQuery)
      .catch((e: unknown) => e);
    expect((error as DatasetError).message).toMatch(
      /quotes file does not belong to this dataset \(sources\.quote has \d+ values; the index has \d+ sources\)/,
    );
  });
});
