// Packages the build loads only when it needs them (piscina when threads may start, esbuild
// when a bundle is made, lmdb when the record cache opens, the English model of wink-nlp when
// a thread first reads an article; esbuild and lmdb native, so never bundled), loaded with `require` rather than `import()`: the command line runs
// as a bundle under tsx, and tsx rewrites a module holding any `import(`, which for the
// five-megabyte bundle took longer than the rest of the start-up. All have CommonJS entries.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function lazyRequire<T>(name: string): T {
  return require(name) as T;
}
