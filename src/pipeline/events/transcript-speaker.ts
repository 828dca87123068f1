import type { Entity } from "../../shared/schema";
import { familyNameOf } from "../entities/name-words";
import type { SentenceInfo } from "./sentence-context";

// A transcript's speaker label opens a paragraph in capitals ("SECRETARY KERRY:", "JULIE
// BISHOP:", "FOREIGN MINISTER JOLY:"), the office and name also apart by a comma ("DEPUTY
// PRIME MINISTER, RICHARD MARLES:", "HIS EXCELLENCY MR SHINZO ABE, PRIME MINISTER OF JAPAN:"):
// the person it names speaks until the next label; a label naming no one ("QUESTION:",
// "MODERATOR:") ends the turn. (A dateline, "WASHINGTON:", names no one either, and opens no
// turn.)
const SPEAKER_LABEL = /^\s*(?:\p{Lu}[\p{Lu}.'’-]*,?\s+){0,9}\p{Lu}[\p{Lu}.'’-]+\s*:/u;

export function speakerOf(
  s: SentenceInfo,
  current: string | null,
  people: readonly Entity[],
): string | null {
  if (s.start !== 0) return current;
  const label = SPEAKER_LABEL.exec(s.text);
  if (!label) return current;
  const end = label[0].length;
  const named = s.mentions.filter((m) => m.entity.kind === "person" && m.end <= end);
  return named[named.length - 1]?.entity.id ?? labelledPerson(label[0], people);
}

// A name in capitals is often not read as a mention ("RICHARD MARLES" beside "The Hon Richard
// Marles MP" in the release's contacts): the label names the one person of the article whose
// family name is among its words.
function labelledPerson(label: string, people: readonly Entity[]): string | null {
  const words = new Set(label.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  const found = people.filter((p) => words.has(familyNameOf(p.name, p.country).toLowerCase()));
  return found.length === 1 ? (found[0]?.id ?? null) : null;
}
