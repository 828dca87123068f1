import type { Entity } from "../../shared/schema";
import { describesSomeone } from "./describes-someone";
import type { CandidateEvent } from "./types";

// A visit is someone's. "... and was set to visit Latvia on Wednesday", its visitor not read
// from the words, names no one and no visiting body (a navy, a delegation): only where it
// went. That tells no visit a timeline can place with anyone, and it is not kept. (Words that
// describe the visitor by office, "The President is leaving for Apia", still tell whose.)
export function visitorless(e: CandidateEvent, byId: Map<string, Entity>): boolean {
  if (e.type !== "visit" || e.participants.length > 0) return false;
  if (e.sources.some((s) => describesSomeone(s.quote))) return false;
  return e.entities.every((id) => {
    const kind = byId.get(id)?.kind;
    return kind === "place" || kind === "country";
  });
}
