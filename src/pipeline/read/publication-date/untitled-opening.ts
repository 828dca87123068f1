/** The opening paragraph when it reads as a title: one line, not too long, and no sentence's
 * closing stop. */
export function untitledOpening(body: string[]): string | null {
  const first = body[0]?.trim();
  if (first === undefined || first.length > MAX_TITLE || first.includes("\n")) return null;
  return /[.!?;:"”’)]$/.test(first) ? null : first;
}

const MAX_TITLE = 250;
