/** For each character of text, whether it lies inside a double-quoted passage. */
export function quotedMask(text: string): boolean[] {
  const mask: boolean[] = new Array<boolean>(text.length).fill(false);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") inside = true;
    else if (ch === "”") inside = false;
    else if (ch === '"') inside = !inside;
    else mask[i] = inside;
  }
  return mask;
}
