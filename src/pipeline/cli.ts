// The build step's TypeScript entry, started through tsx by the launcher (cli.mjs) when the
// bundle is not current: it starts the command line (run/cli-main.ts) from a bundle made once
// per extractor version, so a build does not first spend a second transpiling the pipeline,
// and stamps it for the launcher's next start (see run/bundled-module.ts).

import { bundledModule } from "./run/bundled-module";

const { url } = await bundledModule(new URL("./run/cli-main.ts", import.meta.url), "cli");
await import(url);
