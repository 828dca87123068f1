// Text keys used to decide that two spellings name the same thing.

import { stripDiacritics } from "../../shared/slug";

// Russian names reach English in several transliterations (Sergei/Sergey, Yuri/Yury,
// Andrei/Andrey, Dmitri/Dmitry, Aleksandr/Alexander); one key per name keeps one person.
const tokenKeys = new Map<string, string>();

export function nameTokenKey(token: string): string {
  const known = tokenKeys.get(token);
  if (known !== undefined) return known;
  const key = computeTokenKey(token);
  if (tokenKeys.size < 100_000) tokenKeys.set(token, key);
  return key;
}

/** Key for a whole personal name, token by token ("JACKIE NORTHAM" is "Jackie Northam"). */
export const nameKey = (tokens: string[]): string => tokens.map(nameTokenKey).join(" ");

function computeTokenKey(token: string): string {
  return (
    stripDiacritics(token)
      .toLowerCase()
      // "Al-Sisi", "El Sisi" and "Sisi": the Arabic article is not part of the surname's key.
      .replace(/^(?:al|el|ul)[-‐‑'’](?=[a-z])/, "")
      .replace(/[^a-z]/g, "")
      .replace(/ks/g, "x")
      .replace(/iy$|yi$|ij$/g, "y")
      .replace(/ei$/g, "ey")
      .replace(/([^aeiou])i$/g, "$1y")
      // Yevmenov/Evmenov, Yelena/Elena, Tretyakov/Tretiakov: the iotated vowel written two ways.
      .replace(/^ye/, "e")
      // Moiseyev/Moiseev, Fadeyeva/Fadeeva: the Russian ending's iotated e after a vowel.
      .replace(/([aeiou])ye(va?)$/, "$1e$2")
      .replace(/([^aeiouy])y(?=[aeiou])/g, "$1i")
      .replace(/^alexandr$/, "alexander")
      // Mohammed, Mohammad, Muhammad, Mohamed: one Arabic name in several transliterations.
      .replace(/^m[ou]hamm?[ae]d$/, "muhammad")
  );
}

/** Key for an organisation or named thing: case, hyphenation and filler words ignored. */
export function phraseKey(text: string): string {
  const words = stripDiacritics(text)
    .toLowerCase()
    .replace(/inter-governmental/g, "intergovernmental")
    .replace(/organization/g, "organisation")
    .replace(/programme/g, "program")
    .replace(/defense/g, "defence")
    .split(/[^a-z0-9&]+/)
    .filter((w) => w.length > 0 && !FILLER.has(w));
  return [...new Set(words)].join(" ");
}

const FILLER = new Set(["the", "of", "and", "on", "for", "in", "a", "an"]);
