// The event search's worker: loads and validates the index and quotes files itself, builds the
// search index and answers searches with event ids. All of its logic is in
// event-search-messages.ts (tested on the page's thread); this is the message plumbing.
import "../zod-jitless";
import {
  answerEventSearches,
  type EventSearchReply,
  type EventSearchRequest,
} from "./event-search-messages";

type WorkerScope = {
  onmessage: ((event: MessageEvent<EventSearchRequest>) => void) | null;
  postMessage(reply: EventSearchReply, transfer: Transferable[]): void;
};

const scope = self as unknown as WorkerScope;
const answer = answerEventSearches((reply, transfer = []) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => answer(event.data);
