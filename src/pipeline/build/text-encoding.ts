// Names the encoding of bytes that are not UTF-8, so the message says what the file is
// ("UTF-16LE text; save as UTF-8") instead of "binary". Byte-order marks first, then the
// pattern of zero bytes that ASCII text leaves in UTF-16 and UTF-32, then chardet's guess
// for single- and multi-byte legacy encodings.

import { analyse } from "chardet";

const BOMS: [number[], string][] = [
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32LE"],
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32BE"],
  [[0xff, 0xfe], "UTF-16LE"],
  [[0xfe, 0xff], "UTF-16BE"],
];

/** "UTF-16LE" and the like when the bytes are text in a wide Unicode encoding, else null. */
export function wideUnicodeEncoding(bytes: Uint8Array): string | null {
  for (const [bom, name] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return name;
  return zeroPattern(bytes.subarray(0, 4096));
}

// Text in UTF-16 or UTF-32 without a mark: mostly Latin script puts a zero in the same
// place of almost every code unit. Binary files have zeros too, but without that rhythm.
function zeroPattern(sample: Uint8Array): string | null {
  if (sample.length < 8) return null;
  const zerosAt = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++)
    if (sample[i] === 0) zerosAt[i % 4] = (zerosAt[i % 4] ?? 0) + 1;
  const quarter = sample.length / 4;
  const share = (n: number) => n / quarter;
  const [z0, z1, z2, z3] = zerosAt.map(share) as [number, number, number, number];
  if (z1 > 0.9 && z2 > 0.9 && z3 > 0.9 && z0 < 0.1) return "UTF-32LE";
  if (z0 > 0.9 && z1 > 0.9 && z2 > 0.9 && z3 < 0.1) return "UTF-32BE";
  if (z1 > 0.7 && z3 > 0.7 && z0 < 0.1 && z2 < 0.1) return "UTF-16LE";
  if (z0 > 0.7 && z2 > 0.7 && z1 < 0.1 && z3 < 0.1) return "UTF-16BE";
  return null;
}

/** chardet's best guess for text that is not valid UTF-8 ("ISO-8859-1"), or null. */
export function legacyEncoding(bytes: Uint8Array): string | null {
  const guess = analyse(bytes).find((m) => m.name !== "UTF-8" && m.confidence >= 10);
  return guess?.name ?? null;
}
