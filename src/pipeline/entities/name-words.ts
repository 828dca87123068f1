// Word lists about personal names (reference/name-words.json), in the shapes the finders use.

import nameWords from "../reference/name-words.json";

/** Prefixes of ships' names ("INS Vikrant", "USS Ronald Reagan"): never initials. */
export const shipPrefixes: string[] = nameWords.shipPrefixes;
