// The map worker as one plain JavaScript file. Run from TypeScript source (tsx), every
// worker thread would transpile the whole pipeline again on start (1–3 s each, most of a
// small or incremental build); bundled once per extractor version with esbuild, a worker
// starts in a fraction of that. Packages stay external and resolve from node_modules. If
// bundling fails, the workers load the source as before.

import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeFileAtomically } from "../write-atomic";
import { extractorVersion } from "./extractor-version";

const SOURCE = new URL("./map-worker.ts", import.meta.url);
// Inside node_modules, so the bundle's package imports resolve as the source's do.
const FOLDER = fileURLToPath(
  new URL("../../../node_modules/.cache/news-timeline-worker", import.meta.url),
);

export async function workerModule(): Promise<{ url: string; bundled: boolean }> {
  const source = { url: SOURCE.href, bundled: false };
  if (!SOURCE.pathname.endsWith(".ts")) return source;
  try {
    const version = extractorVersion();
    const file = join(FOLDER, `map-worker.${version}.mjs`);
    if (!existsSync(file)) {
      const { build } = await import("esbuild");
      const result = await build({
        entryPoints: [fileURLToPath(SOURCE)],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        packages: "external",
        write: false,
        logLevel: "silent",
      });
      const code = result.outputFiles[0]?.text;
      if (!code) return source;
      mkdirSync(FOLDER, { recursive: true });
      writeFileAtomically(file, code, { durable: false });
      for (const old of readdirSync(FOLDER))
        if (old !== `map-worker.${version}.mjs`) rmSync(join(FOLDER, old), { force: true });
    }
    return { url: pathToFileURL(file).href, bundled: true };
  } catch {
    return source;
  }
}
