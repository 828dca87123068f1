// `npm run build:data [-- build|map|reduce ...]`: the only entry point of the build step. It
// starts the command line (run/cli-main.ts) from a bundle made once per extractor version,
// so a build does not first spend a second transpiling the pipeline (see run/bundled-module.ts).

import { bundledModule } from "./run/bundled-module";

const { url } = await bundledModule(new URL("./run/cli-main.ts", import.meta.url), "cli");
await import(url);
