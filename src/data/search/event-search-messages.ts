import { fetchJson } from "../fetch-json";
import { parseDataset, parseQuotes } from "../parse-dataset";
import { eventSearchService, type EventSearch, type EventSearchData } from "./event-search-service";

/**
 * Where the worker reads the index and quotes files (absolute: it has no page to resolve
 * against), and the page's event ids in its order, sent once: the worker answers with
 * positions in that order (a search hitting most of 50,000 events would otherwise cost the
 * page tens of milliseconds looking its ids up).
 */
export type EventSearchLoad = {
  kind: "load";
  indexUrl: string;
  /** The quotes file's parts, in the index's order. */
  quotesUrls: readonly string[];
  order: readonly string[];
};
export type EventSearchRequest = EventSearchLoad | { kind: "search"; id: number; query: string };
export type EventSearchReply =
  { id: number; positions: Uint32Array | null } | { id: number; error: string };

/** The worker's own copy of the files, validated by the same schema as the page's. */
export async function fetchEventSearchData(load: EventSearchLoad): Promise<EventSearchData> {
  const [indexJson, ...quotesJson] = await Promise.all([
    fetchJson(load.indexUrl),
    ...load.quotesUrls.map((url) => fetchJson(url)),
  ]);
  const dataset = parseDataset(indexJson);
  return { dataset, quotes: parseQuotes(quotesJson, dataset), order: load.order };
}

/** The worker's side: each request in, each search's reply out (positions, or why it failed). */
export function answerEventSearches(
  post: (reply: EventSearchReply, transfer?: Transferable[]) => void,
  loadFrom: (load: EventSearchLoad) => Promise<EventSearchData> = fetchEventSearchData,
): (request: EventSearchRequest) => void {
  let service: EventSearch | null = null;
  return (request) => {
    if (request.kind === "load") {
      service = eventSearchService(() => loadFrom(request));
      service.prepare();
      return;
    }
    const { id, query } = request;
    if (!service) return post({ id, error: "The event search was asked before it was loaded." });
    service.matching(query).then(
      (positions) => post({ id, positions }, positions ? [positions.buffer] : []),
      (error: unknown) =>
        post({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}

/** The page's side of the worker: the same interface as the same-thread search. */
export function workerEventSearch(create: () => Worker, load: EventSearchLoad): EventSearch {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (positions: Uint32Array | null) => void; reject: (e: Error) => void }
  >();
  const failAll = (message: string) => {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const created = create();
    created.onmessage = (event: MessageEvent<EventSearchReply>) => {
      const reply = event.data;
      const request = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ("error" in reply) request?.reject(new Error(reply.error));
      else request?.resolve(reply.positions);
    };
    // The script itself failed (not a search: those reply with their error). The next
    // search starts a fresh worker.
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      worker = null;
      failAll(`The search could not start (${event.message || "worker error"}).`);
    };
    created.postMessage(load satisfies EventSearchRequest);
    worker = created;
    return created;
  };
  return {
    prepare: () => void started(),
    matching: (query) =>
      new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        started().postMessage({ kind: "search", id, query } satisfies EventSearchRequest);
      }),
  };
}
