// `npm run build:data [-- build|map|reduce ...]`: the build step's only entry point. When the
// bundle of the command line is current (launch-stamp.mjs), it starts that bundle with plain
// Node: starting the TypeScript loader first was about a quarter of a second of every build,
// a tenth of a rebuild that finds every article cached. Otherwise it starts the TypeScript
// entry (cli.ts) through tsx, which makes the bundle and its stamp for the next start.

import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stampedBundle } from "./launch-stamp.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STAMP = join(ROOT, "node_modules", ".cache", "news-timeline-bundles", "cli.launch.json");

// The checkout a bundle reads its files from (run/bundled-module.ts): this one, whichever
// checkout sharing node_modules made the bundle.
process.env.NEWS_TIMELINE_ROOT = ROOT;
const bundle = stampedBundle(ROOT, STAMP);
if (bundle !== null) {
  await import(pathToFileURL(join(dirname(STAMP), bundle)).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./cli.ts");
}
