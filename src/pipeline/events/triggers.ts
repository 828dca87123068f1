// Words that report an event happening, by event type. A trigger written as a definite
// reference ("the meeting", "his talks", "Lavrov's visit") points back at an event already
// reported rather than stating a new one.

import type { EventType } from "../../shared/schema";

export type Trigger = {
  start: number;
  end: number;
  type: EventType | "meeting";
  reference: boolean;
};

const PATTERNS: [EventType | "meeting", RegExp][] = [
  [
    "phone-call",
    /\b(?:(?:tele)?phone|telephonic) (?:call|conversation|talks?)\b|\bspoke (?:over|on|by) (?:the )?(?:tele)?phone\b|\bvideo (?:call|conference)\b/gi,
  ],
  // "The call was ...", "after the call": a definite call is the phone call just reported.
  ["phone-call", /(?<=\b[Tt]he\s+(?:\w+\s+)?)call\b(?!\s+(?:for|on|to|of)\b)/g],
  // "Modi spoke to Russian President Vladimir Putin", "Zelenskyy had called PM Modi": leaders
  // who speak without meeting do so by phone; "spoke to reporters" names no one.
  [
    "phone-call",
    /\b(?:spoke|speaks|spoken|dialled|dialed) (?:to|with) (?=(?:the (?=[A-Z])|his |her )?[A-Z])|\b(?<!so-)called (?=(?:PM|President|Prime Minister|Chancellor) [A-Z](?![^,.;]{0,40}? (?:a|an|his|her|the|one of)\s))/g,
  ],
  ["summit", /\bsummit\b/gi],
  [
    "ministerial-meeting",
    /\b(?:meeting|conference|conclave) of (?:the )?(?:[A-Z][\w-]* )*Ministers\b|\bMinisters['’]? (?:[Mm]eeting|[Cc]onference|[Cc]onclave)\b|\b[Mm]inisterial (?:[Mm]eeting|[Tt]alks|[Dd]ialogue)\b/g,
  ],
  [
    "declaration",
    /\b(?:announc|adopt|issu|releas|sign)\w*\s+(?:the\s+|a\s+)?(?:[\w.'’-]+\s+){0,4}(?:Declaration|Joint Statement)\b|\b(?:Declaration|Joint Statement)\b(?:[^.]{0,60}?)\b(?:was|were) (?:issued|adopted|released|announced|signed)\b/gi,
  ],
  [
    "agreement",
    /\b(?:signed|inked)\b|\b(?:concluded|sealed) (?:an? |the )?(?:\w+ ){0,3}(?:agreement|deal|pact)\b/gi,
  ],
  [
    "other",
    /\battend(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,3}(?:commissioning|ceremony|launch|parade|inauguration|celebrations?)\b|\binaugurated\b|\bcommissioned\b|\b(?:was|is|will be|(?:had|has)(?: \w+)? been) (?:the )?(?:(?:chief|special) guest|guest of hono(?:u)?r)\b|\b(?:seen|saw|flagged) off\b|\breviewed (?:the )?(?:[\w-]+ ){0,3}parade\b/gi,
  ],
  ["exercise", /\bexercises?\b|\bdrills\b|\bwar ?games\b/gi],
  [
    "visit",
    /\b(?:visit(?:s|ed)?|trip|tour|toured)\b|\b(?:is|are|was|were|be) visiting\b|\btravel(?:l)?ed to\b|\b(?:arrived|arrives|arriving|landed|(?:will|to) arrive) (?:in|at|here|on)\b|\b(?:will|to) travel (?:on )?to\b|\b(?:left|leaves|will leave|departed|emplaned) for (?=[A-Z])/g,
  ],
  [
    "talks",
    /\btalks\b|\bconsultations\b|\bmet\b|\bmeets\b|\bmeet with\b|\b(?:to|will|would) meet\b|\bcall(?:s|ed|ing)? on\b(?![^.]{0,50}\bto [a-z]+\b)|\b(?:attended by|led by|headed by|chaired by)\b|\bdiscussed\b|\bco-chaired\b|\bjointly chaired\b/gi,
  ],
  // "Lavrov hosted him", "hosted Prime Minister X": a host receiving a person (case matters).
  ["talks", /\bhost(?:ed|s)? (?=(?:him|her|them|\p{Lu}\p{Ll}+ \p{Lu}))/gu],
  // "Fomin received Ambassador Vinay Kumar", "was received by": a call on someone.
  [
    "talks",
    /\breceiv(?:e|es|ed|ing) (?=(?:him|her|them|by |the (?:visiting )?(?:\p{Lu}\p{Ll}+ )?(?:minister|delegation|envoy|delegates)|\p{Lu}\p{Ll}+ \p{Lu}))/gu,
  ],
  // A named dialogue ("the annual Shangri-La Dialogue", "2+2 Dialogue"), not a call for dialogue.
  ["talks", /\bDialogue\b/g],
  [
    "meeting",
    /\bmeetings?\b(?! (?:the|its|their) (?:needs|requirements|demand|targets))|\bsession\b/gi,
  ],
];

const REFERENCE_BEFORE =
  /(?:\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)|[A-Z][\w-]*['’]s)\s+(?:(?:[A-Z][\w&.'’-]*|\d+\w*|first|second|third|fourth|fifth|telephonic|bilateral|official|two-day|extensive|recent|annual|next|upcoming|planned|ministerial|virtual|trilateral|high-level|in-person)\s+){0,4}$/;
const CREATION_BEFORE =
  /\b(?:held|hold|holds|holding|attend|attends|attended|attending|host|hosts|hosted|hosting|convened|chaired|co-chaired|in|at)\s+\S*\s*$/;
// "briefed him on X's visit", "told them about the trip of X": a topic of the talks, not an event.
const BRIEFED_ON =
  /\b(?:(?:briefed|briefs|briefing|informed|informs|apprised|updated|told|tells)\s+(?:[\w'’]+\s+){0,3}?(?:on|about|of)|discussed|discussing)\s+(?:(?:the|a|his|her|their|its|[A-Z][\w'’.-]*|recent|upcoming|planned|forthcoming|official|state|[\w]+-day)\s+){0,6}$/;
const SIDELINES = /\bsidelines of\s+(?:the\s+|an?\s+)?(?:[\w&.'’-]+\s+){0,6}$/;

const NOUNS = new Set([
  "summit",
  "exercise",
  "meeting",
  "meetings",
  "session",
  "talks",
  "consultations",
  "visit",
  "trip",
  "tour",
  "dialogue",
  "call",
  "telephonic conversation",
  "phone call",
  "telephone conversation",
  "telephone call",
  "phone conversation",
]);

export function findTriggers(sentence: string): Trigger[] {
  const out: Trigger[] = [];
  for (const [type, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const before = sentence.slice(0, m.index);
      if (SIDELINES.test(before)) continue;
      if (type === "visit" && BRIEFED_ON.test(before)) continue;
      if (out.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue;
      // "the first ministerial meeting": a described noun is still the noun.
      const noun =
        NOUNS.has(m[0].toLowerCase()) || NOUNS.has(m[0].toLowerCase().split(/\s+/).pop() ?? "");
      // "also attended the talks": joining an event already told, not holding a new one.
      const joined =
        /\b(?:also\s+(?:attend\w*|joined|took part in|was present at|were present at)|(?:was|were)\s+also\s+present\s+at)\s+$/.test(
          before.replace(REFERENCE_BEFORE, ""),
        );
      const reference =
        noun &&
        REFERENCE_BEFORE.test(before) &&
        (joined || !CREATION_BEFORE.test(before.replace(REFERENCE_BEFORE, "")));
      out.push({ start: m.index, end: m.index + m[0].length, type, reference });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Order of preference when a sentence gives several kinds of event and no date decides. */
export const TYPE_PRIORITY: (EventType | "meeting")[] = [
  "summit",
  "commission-meeting",
  "working-group-meeting",
  "ministerial-meeting",
  "phone-call",
  "declaration",
  "agreement",
  "exercise",
  "visit",
  "talks",
  "meeting",
  "other",
];
