import type { Entity } from "../../shared/schema";
import { eventPhrases } from "../rules/event-phrases";
import { describesSomeone } from "./describes-someone";
import type { CandidateEvent } from "./types";

// "USS Carl Vinson arrived in Da Nang for a port call", "The Vikramaditya sails for India":
// a ship is the visiting body, as a navy is, though the story names no navy with it.
const VESSEL = eventPhrases.vesselVisitor;

// A visit is someone's. "... and was set to visit Latvia on Wednesday", its visitor not read
// from the words, names no one and no visiting body (a navy, a delegation): only where it
// went. That tells no visit a timeline can place with anyone, and it is not kept. (Words that
// describe the visitor by office, "The President is leaving for Apia", or name a ship, still
// tell whose.)
export function visitorless(e: CandidateEvent, byId: Map<string, Entity>): boolean {
  if (e.type !== "visit" || e.participants.length > 0) return false;
  if (e.sources.some((s) => describesSomeone(s.quote) || VESSEL.test(s.quote))) return false;
  return e.entities.every((id) => {
    const kind = byId.get(id)?.kind;
    return kind === "place" || kind === "country";
  });
}
