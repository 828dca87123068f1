// A visit told of someone described only by office or as the guest ("The President is
// leaving for Apia", "the visiting dignitary") has a visitor the story may name elsewhere:
// this tells such words apart so that the visit is kept.

import { eventPhrases } from "../rules/event-phrases";
import { OFFICE_PHRASE } from "./office-phrase";

// The same patterns without the g flag, made once: test() then keeps no position between calls.
const DESCRIBES_SOMEONE = [
  eventPhrases.described,
  eventPhrases.officeDescribed,
  eventPhrases.roleDescribed,
  eventPhrases.visitor,
  OFFICE_PHRASE,
].map((re) => new RegExp(re.source, re.flags.replace("g", "")));

/**
 * Whether the words describe someone by office or as the guest, whoever the story names with
 * it: "The President is leaving for Apia", "Venezuela's Foreign Minister has arrived", "the
 * envoy", "the visiting dignitary" (visit-without-visitor.ts keeps a visit told so, its
 * visitor unread).
 */
export function describesSomeone(text: string): boolean {
  return DESCRIBES_SOMEONE.some((re) => re.test(text));
}
