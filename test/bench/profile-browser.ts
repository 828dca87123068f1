// Where the dashboard's time goes on a large dataset: Chromium CPU profiles (through
// playwright-core's CDP session) of the first load up to the first timeline item, and of a
// filter applied and cleared, and of a text search (PROFILE_SEARCH, default "minister") run
// and cleared with Enter. Prints the heaviest functions by self and total time and writes
// the .cpuprofile files (open them in Chromium's DevTools) to bench-results/.
//
//   npx vite build && npx tsx test/bench/profile-browser.ts DATA_DIR
//
// DATA_DIR is a built dataset's folder (its timeline.json and files), e.g. one written by
// `npm run build:data -- --input CORPUS --output DIR/timeline.json`.

import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CDPSession } from "playwright-core";
import { launchChromium } from "../e2e/harness/browser";
import { startStaticServer } from "../e2e/harness/static-server";
import { DIST } from "./bundle-sizes";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([l, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${l}`)
      .join("\n");
  return `self:\n${list(self)}\ntotal:\n${list(total)}`;
}

/** Several profiles as one (node ids renumbered), so their times add up per function. */
function merged(profiles: Profile[]): Profile {
  const nodes: ProfileNode[] = [];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let offset = 0;
  for (const p of profiles) {
    const top = Math.max(...p.nodes.map((n) => n.id));
    for (const n of p.nodes)
      nodes.push({ ...n, id: n.id + offset, children: n.children?.map((c) => c + offset) });
    for (const id of p.samples) samples.push(id + offset);
    timeDeltas.push(...p.timeDeltas);
    offset += top + 1;
  }
  return { nodes, samples, timeDeltas };
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<[T, Profile]> {
  await cdp.send("Profiler.start");
  const result = await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  return [result, profile];
}

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: profile-browser.ts DATA_DIR");
const out = fileURLToPath(new URL("../../bench-results", import.meta.url));
mkdirSync(out, { recursive: true });
const site = mkdtempSync(join(tmpdir(), "timeline-profile-site-"));
cpSync(DIST, site, { recursive: true, filter: (src) => !src.startsWith(join(DIST, "data")) });
cpSync(dataDir, join(site, "data"), { recursive: true });
const server = await startStaticServer(site);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  const [drawn, load] = await profiled(cdp, async () => {
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.querySelector(".vis-item") !== null, null, {
      polling: "raf",
      timeout: 180_000,
    });
    return page.evaluate(() => performance.now());
  });
  console.log(`first timeline item at ${drawn.toFixed(0)} ms\n${summarise(load)}`);
  writeFileSync(join(out, "load.cpuprofile"), JSON.stringify(load));
  await page.waitForLoadState("networkidle");
  const box = page
    .getByRole("complementary", { name: "Filters" })
    .getByRole("group", { name: process.env.PROFILE_GROUP ?? "Officials", exact: true })
    .getByRole("checkbox")
    .first();
  const click = () =>
    box.evaluate(async (el) => {
      const start = performance.now();
      (el as HTMLElement).click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - start;
    });
  for (const what of ["apply", "clear"]) {
    const [ms, profile] = await profiled(cdp, click);
    console.log(`\n${what}: ${ms.toFixed(0)} ms\n${summarise(profile)}`);
    writeFileSync(join(out, `${what}.cpuprofile`), JSON.stringify(profile));
  }
  // A text search run with Enter (at once, without the box's pause) and cleared the same way.
  const input = page.getByRole("searchbox", { name: "Search events" });
  await page.waitForTimeout(Number(process.env.PROFILE_WAIT ?? 0));
  // PROFILE_SEARCH may list several words ("energy,trade,visit"): each is searched once, as
  // the bench does (a word searched again is answered from the kept hits); one word is
  // searched three times.
  const words = (process.env.PROFILE_SEARCH ?? "minister").split(",").filter(Boolean);
  const searches = words.length > 1 ? words : [words[0] ?? "minister", ...words, ...words];
  const total = new Map<string, Profile[]>();
  for (const [what, text] of searches.flatMap((word) => [
    ["search", word] as const,
    ["search clear", ""] as const,
  ])) {
    const [ms, profile] = await profiled(cdp, () =>
      input.evaluate(async (el, value) => {
        const field = el as HTMLInputElement;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        const start = performance.now();
        setter?.call(field, value);
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - start;
      }, text),
    );
    console.log(`\n${what} "${text}": ${ms.toFixed(0)} ms\n${summarise(profile)}`);
    writeFileSync(join(out, `${what.replace(" ", "-")}.cpuprofile`), JSON.stringify(profile));
    total.set(what, [...(total.get(what) ?? []), profile]);
  }
  // Over every search (and every clear): self time summed, for comparing builds.
  for (const [what, profiles] of total)
    console.log(`\nall ${profiles.length} ${what}, summed:\n${summarise(merged(profiles), 60)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
