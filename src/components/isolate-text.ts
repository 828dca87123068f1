// Bidi controls that open or close an embedding, override or isolate (U+202A–U+202E,
// U+2066–U+2069). Inside data they are never needed to show a title or a name (the bidi
// algorithm orders Arabic or Hebrew text by itself), and they are how a string breaks out
// of its isolation: Chromium honours a stray U+2069 inside <bdi>, ending the isolate early,
// after which a U+202E reorders everything that follows. The directional marks
// (U+200E, U+200F, U+061C) are ordinary strong characters and stay.
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** The string without embedding, override and isolate controls. */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, "");
}

/**
 * A data string made safe where no element can isolate it (an <option>): its controls
 * removed, then wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE.
 */
export function isolateText(text: string): string {
  return `\u2068${stripBidiControls(text)}\u2069`;
}
