// Bidi controls that could reorder text around a string: embeddings and overrides
// (U+202A–U+202E), isolates (U+2066–U+2069) and the directional marks.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A data string made safe where no element can isolate it (an <option>, a document title):
 * its own bidi controls removed, then wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL
 * ISOLATE, so it keeps its direction without reordering what comes after it.
 */
export function isolateText(text: string): string {
  return `\u2068${text.replace(bidiControls, "")}\u2069`;
}

/** The string without its bidi controls, for plain-text places such as the tab title. */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, "");
}
