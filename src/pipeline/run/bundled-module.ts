// Entry points of the build as plain JavaScript files. Run from TypeScript source (tsx), the
// CLI transpiles the whole pipeline on every start (about a second, most of a rebuild that
// finds every article cached) and so does every worker thread of the map. Bundled once per
// extractor version with esbuild, each starts in a fraction of that. If bundling fails, the
// source is loaded as before.
//
// Every `import.meta.url` of the pipeline is in this folder (test/pipeline/run checks it), so
// the bundle gives each the entry's own address and their paths resolve as from source.

import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Esbuild from "esbuild";
import { writeFileAtomically } from "../write-atomic";
import { extractorVersion } from "./extractor-version";
import { lazyRequire } from "./lazy-require";

// Inside node_modules, so the bundles' package imports resolve as the source's do.
const FOLDER = fileURLToPath(
  new URL("../../../node_modules/.cache/news-timeline-bundles", import.meta.url),
);

/** `source`: a module in this folder; `name`: its bundle's name. */
export async function bundledModule(
  source: URL,
  name: string,
): Promise<{ url: string; bundled: boolean }> {
  const plain = { url: source.href, bundled: false };
  if (!source.pathname.endsWith(".ts")) return plain;
  try {
    const file = join(FOLDER, `${name}.${extractorVersion()}.mjs`);
    if (!existsSync(file)) {
      const { build } = lazyRequire<typeof Esbuild>("esbuild");
      const result = await build({
        entryPoints: [fileURLToPath(source)],
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node20",
        // Packages inside too: resolving and loading the files of zod, wink-nlp and the rest
        // one by one took longer than the pipeline itself. Not piscina, which starts its
        // threads from a file of its own, nor esbuild (native).
        external: ["piscina", "esbuild"],
        // Bundled CommonJS packages call `require`; an ES module has none of its own.
        banner: {
          js: `import { createRequire as bundleRequire } from "node:module";\nconst require = bundleRequire(${JSON.stringify(source.href)});`,
        },
        define: { "import.meta.url": JSON.stringify(source.href) },
        write: false,
        logLevel: "silent",
      });
      const code = result.outputFiles[0]?.text;
      if (!code) return plain;
      mkdirSync(FOLDER, { recursive: true });
      writeFileAtomically(file, code, { durable: false });
      for (const old of readdirSync(FOLDER))
        if (old.startsWith(`${name}.`) && old !== `${name}.${extractorVersion()}.mjs`)
          rmSync(join(FOLDER, old), { force: true });
    }
    return { url: pathToFileURL(file).href, bundled: true };
  } catch {
    return plain;
  }
}

/** The map step's worker thread (run/map-worker.ts). */
export const workerModule = () =>
  bundledModule(new URL("./map-worker.ts", import.meta.url), "map-worker");
