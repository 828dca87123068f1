// Transcripts open each turn with the speaker in capitals, then the office:
// "TANAKA HIROSHI, JAPAN MINISTER OF DEFENSE: ...". The name is read in the order the given
// names list supports (Japanese releases put the family name first), the office and country
// from the label.

import { isGivenName } from "./name-words";
import { isFullNameToken, isStopWord, type NameMatch } from "./names";
import { personHit, type ParagraphInput } from "./person-hit";
import { countryWordsIn } from "./reference";
import { titleCase } from "./title-case";
import { findTitles } from "./titles";
import type { PersonHit } from "./types";

// "HIS EXCELLENCY MR SHINZO ABE, PRIME MINISTER OF JAPAN: ...": courtesy titles may lead the
// name (read off it in officeLabel), so the label holds up to seven words.
const LABEL =
  /^((?:\p{Lu}[\p{Lu}'’-]+ ){1,6}\p{Lu}[\p{Lu}'’-]+), ((?:[\p{Lu}'’&-]+,? ){0,8}[\p{Lu}'’&-]+):(?:\s|(?=\p{Lu}\p{Ll}))/u;

// "MARISE PAYNE: Can I please acknowledge ...": a name alone, known by its given name. Some
// transcripts leave out the space after the colon ("JULIE BISHOP:Thank you ...").
const NAME_LABEL = /^((?:\p{Lu}[\p{Lu}'’-]+ ){1,3}\p{Lu}[\p{Lu}'’-]+):(?:\s|(?=\p{Lu}\p{Ll}))/u;

// "SECRETARY KERRY: ...", "FOREIGN SECRETARY MEADE: ...": the office, then the surname.
const TITLE_LABEL = /^((?:\p{Lu}[\p{Lu}.'’-]* ){1,5}\p{Lu}[\p{Lu}'’-]+):(?:\s|(?=\p{Lu}\p{Ll}))/u;

export function speakerLabel(input: ParagraphInput): PersonHit | null {
  return officeLabel(input) ?? nameLabel(input) ?? titleLabel(input);
}

function titleLabel(input: ParagraphInput): PersonHit | null {
  const label = TITLE_LABEL.exec(input.text)?.[1];
  if (!label) return null;
  const text = titleCase(label);
  if (text.length !== label.length) return null;
  // The titles must run from the label's start with nothing but spaces between them.
  let end = 0;
  const chain = [];
  for (const t of findTitles(text)) {
    if (!/^\s*$/.test(text.slice(end, t.start))) break;
    chain.push(t);
    end = t.end;
  }
  if (chain.length === 0) return null;
  const rest = text.slice(end);
  const words = rest.trim().split(" ");
  if (words.length > 2 || words.some((w) => isStopWord(w) || !isFullNameToken(w))) return null;
  const start = end + (rest.length - rest.trimStart().length);
  return personHit(
    input,
    { start, end: label.length, tokens: words },
    {
      role: chain.find((t) => t.kind === "office")?.role ?? null,
      rank: chain.find((t) => t.kind === "rank")?.role ?? null,
      country: chain.find((t) => t.country)?.country ?? null,
      international: false,
      counterpart: false,
    },
  );
}

function nameLabel(input: ParagraphInput): PersonHit | null {
  const label = NAME_LABEL.exec(input.text)?.[1];
  if (!label) return null;
  const words = label.split(" ").map(titleCase);
  if (words.some(isStopWord)) return null;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const familyFirst = !isGivenName(first) && isGivenName(last);
  if (!familyFirst && !isGivenName(first)) return null;
  const tokens = familyFirst ? [last, ...words.slice(1, -1), first] : words;
  return personHit(
    input,
    { start: 0, end: label.length, tokens },
    { role: null, rank: null, country: null, international: false, counterpart: false },
  );
}

function officeLabel(input: ParagraphInput): PersonHit | null {
  const m = LABEL.exec(input.text);
  const [whole, office] = [m?.[1], m?.[2]];
  if (!m || !whole || !office) return null;
  const courtesy = leadingHonorifics(titleCase(whole));
  const label = whole.slice(courtesy);
  const words = label.split(" ").map(titleCase);
  const role = findTitles(titleCase(office)).find((t) => t.kind !== "honorific");
  if (!role || words.length > 4 || words.some(isStopWord)) return null;
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const familyFirst = !isGivenName(first) && isGivenName(last);
  const name: NameMatch = {
    start: courtesy,
    end: whole.length,
    tokens: familyFirst ? [last, ...words.slice(1, -1), first] : words,
  };
  return personHit(input, name, {
    role: role.kind === "office" ? role.role : null,
    rank: role.kind === "rank" ? role.role : null,
    country: countryWordsIn(titleCase(office))[0]?.country ?? null,
    international: false,
    counterpart: false,
  });
}

/** The length of the courtesy titles that open a label ("His Excellency Mr "), with the space
 * after them; 0 when none does. */
function leadingHonorifics(label: string): number {
  let end = 0;
  for (const t of findTitles(label)) {
    if (t.kind !== "honorific" || !/^\s*$/.test(label.slice(end, t.start))) break;
    end = t.end;
  }
  return end === 0 ? 0 : end + (/^\s*/.exec(label.slice(end))?.[0].length ?? 0);
}
