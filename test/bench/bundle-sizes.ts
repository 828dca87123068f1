// JavaScript a first visit downloads (the entry and what index.html preloads) and what loads
// later (lazy chunks such as the timeline), gzip. Builds the site first, so that the sizes and
// the browser timings are of the code as it is, never of an older dist/.

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DIST = join(ROOT, "dist");

export type BundleSizes = {
  initialGzip: number;
  lazyGzip: number;
  initial: string[];
  lazy: string[];
};

export function bundleSizes(): BundleSizes {
  execFileSync(join(ROOT, "node_modules/.bin/vite"), ["build"], { cwd: ROOT, stdio: "ignore" });
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? "",
  );
  const all = readdirSync(join(DIST, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `assets/${f}`);
  const gz = (f: string) => gzipSync(readFileSync(join(DIST, f))).length;
  const initial = all.filter((f) => referenced.includes(f));
  const lazy = all.filter((f) => !referenced.includes(f));
  const sum = (fs: string[]) => fs.reduce((n, f) => n + gz(f), 0);
  return { initialGzip: sum(initial), lazyGzip: sum(lazy), initial, lazy };
}
