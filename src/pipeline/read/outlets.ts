// Agency and outlet names from reference/outlets.json, matched whole-word and
// case-sensitively so "AP" never matches inside an ordinary word.

import reference from "../reference/outlets.json";

type Named = { canonical: string; form: string };

const forms: Named[] = [
  ...reference.agencies.flatMap((a) =>
    [a.name, ...a.aliases].map((form) => ({ canonical: a.name, form })),
  ),
  ...reference.outlets.flatMap((o) =>
    [o.name, ...o.aliases].map((form) => ({ canonical: o.name, form })),
  ),
].sort((a, b) => b.form.length - a.form.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const atStart = forms.map((f) => ({ ...f, re: new RegExp(`^${escape(f.form)}(?![\\w-])`) }));
const anywhere = forms.map((f) => ({
  ...f,
  re: new RegExp(`(?<![\\w-])${escape(f.form)}(?![\\w-])`),
}));

const agencyNames = new Set(reference.agencies.map((a) => a.name));

export function canonicalOutlet(name: string): string | null {
  const trimmed = name.trim();
  const hit = forms.find((f) => f.form.toLowerCase() === trimmed.toLowerCase());
  return hit ? hit.canonical : null;
}

export function isAgency(name: string): boolean {
  return agencyNames.has(name);
}

/** A known name at the very start of a line, with the rest of the line. */
export function outletAtStart(line: string): { name: string; rest: string } | null {
  for (const f of atStart) {
    const m = f.re.exec(line);
    if (m) return { name: f.canonical, rest: line.slice(m[0].length) };
  }
  return null;
}

/** The first known name mentioned anywhere in a line. */
export function outletIn(line: string): string | null {
  let best: { at: number; name: string } | null = null;
  for (const f of anywhere) {
    const m = f.re.exec(line);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, name: f.canonical };
  }
  return best?.name ?? null;
}
