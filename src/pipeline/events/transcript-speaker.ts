import type { SentenceInfo } from "./sentence-context";

// A transcript's speaker label opens a paragraph in capitals ("SECRETARY KERRY:", "JULIE
// BISHOP:", "FOREIGN MINISTER JOLY:"): the person it names speaks until the next label; a
// label naming no one ("QUESTION:", "MODERATOR:") ends the turn. (A dateline, "WASHINGTON:",
// names no one either, and opens no turn.)
const SPEAKER_LABEL = /^\s*(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,5}\p{Lu}[\p{Lu}.'’-]+\s*:/u;

export function speakerOf(s: SentenceInfo, current: string | null): string | null {
  if (s.start !== 0) return current;
  const label = SPEAKER_LABEL.exec(s.text);
  if (!label) return current;
  const end = label[0].length;
  const named = s.mentions.filter((m) => m.entity.kind === "person" && m.end <= end);
  return named[named.length - 1]?.entity.id ?? null;
}
