import { QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { App } from "../../src/app/app";
import { Providers } from "../../src/app/providers";
import { rawUiFixture, uiFixtureFiles } from "../fixtures/ui/load-fixture";

export type FetchReply = { status: number; body: string } | Error | "hang";

export const fixtureReply = (): FetchReply => ({
  status: 200,
  body: JSON.stringify(rawUiFixture()),
});

/**
 * Stubs fetch: the index (timeline.json) answers with the given replies in turn (the last
 * one repeats); the files it names (article bodies, full text) are served from the fixture.
 */
export function stubDatasetFetch(...replies: FetchReply[]) {
  return stubDatasetFiles(uiFixtureFiles(), replies);
}

/** As stubDatasetFetch, with the files the index names given (an edited fixture's). */
export function stubDatasetFiles(files: Map<string, string>, replies: FetchReply[]) {
  let call = 0;
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const file = [...files.keys()].find((path) => url.endsWith(`/${path}`));
    if (file !== undefined) return new Response(files.get(file), { status: 200 });
    const reply = replies[Math.min(call++, replies.length - 1)] ?? fixtureReply();
    if (reply === "hang") return new Promise<Response>(() => {});
    if (reply instanceof Error) throw reply;
    return new Response(reply.body, { status: reply.status });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Renders the whole app at a given query string with a fresh query cache. */
export function renderApp(search = "", ...replies: FetchReply[]) {
  return renderAppWith(search, uiFixtureFiles(), replies.length ? replies : [fixtureReply()]);
}

/** Renders the app on an edited fixture (editedUiFixture): its index and its files. */
export function renderEditedApp(
  search: string,
  edited: { indexJson: string; files: Map<string, string> },
) {
  return renderAppWith(search, edited.files, [{ status: 200, body: edited.indexJson }]);
}

function renderAppWith(search: string, files: Map<string, string>, replies: FetchReply[]) {
  window.history.replaceState(null, "", `/${search}`);
  const fetchMock = stubDatasetFiles(files, replies);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  const view = render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
  return { ...view, user, fetchMock };
}

export function currentParams(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
