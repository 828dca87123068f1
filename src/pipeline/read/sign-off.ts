// Agency credits at the end of wire copy: "... marine biology etc. (ANI)".

import { canonicalOutlet } from "./outlets";

const TRAILING = /(?<!\s)\s*\((?:with inputs from\s+)?([^()]{2,40})\)\s*$/i;

export function stripSignOff(paragraph: string): { text: string; agency: string | null } {
  const m = TRAILING.exec(paragraph);
  const agency = m?.[1] === undefined ? null : canonicalOutlet(m[1]);
  if (!m || agency === null) return { text: paragraph, agency: null };
  return { text: paragraph.slice(0, m.index).trimEnd(), agency };
}
