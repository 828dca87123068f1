// The build step's command line (started by ../cli.mjs, from its bundle or through ../cli.ts):
// parses arguments, runs one command (commands.ts) and turns every failure into an exit code
// and one clear line: 0 ok, 1 unusable input or environment (and internal errors, said to be
// bugs), 2 bad arguments.

import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parsePartialDate } from "../../shared/dates";
import { InputError } from "../build/input-error";
import { RejectedInputs } from "../build/reduce-articles";
import { DEFAULT_BUDGET } from "./article-budget";
import { buildCommand, DEFAULT_CACHE_DIR, mapCommand, reduceCommand } from "./commands";
import { describeErrno, EnvironmentError } from "./environment-error";
import type { PublishStep } from "./publish";

const USAGE = `usage: npm run build:data -- [build] [--input DIR] [--output FILE] [options]
       npm run build:data -- map [--input DIR | --stdin [--editor FILE]] [options] > records.jsonl
       npm run build:data -- reduce --output FILE [--editor FILE] < records.jsonl
options: --today YYYY-MM-DD  --jobs N (worker threads; 0 = this thread)
         --article-timeout-ms N (default ${DEFAULT_BUDGET.floorMs})  --article-ms-per-kb N (default ${DEFAULT_BUDGET.msPerKb})
         --cache-dir DIR  --no-cache  --timings  --debug`;

// Test hooks: pause at a publishing step (or, as before, just before the index is renamed)
// so a test can kill the build there.
const PAUSE_AT_ENV = "TIMELINE_BUILD_PAUSE_AT";
const PAUSE_ENV = "TIMELINE_BUILD_PAUSE_BEFORE_RENAME";
// Test hook: a bug thrown from inside the build, to check how internal errors are reported.
const BUG_ENV = "TIMELINE_TEST_INTERNAL_ERROR";

class UsageError extends Error {}

const OPTIONS = {
  input: { type: "string" },
  output: { type: "string", default: "public/data/timeline.json" },
  today: { type: "string" },
  jobs: { type: "string" },
  "article-timeout-ms": { type: "string" },
  "article-ms-per-kb": { type: "string" },
  "cache-dir": { type: "string" },
  "no-cache": { type: "boolean", default: false },
  stdin: { type: "boolean", default: false },
  editor: { type: "string" },
  debug: { type: "boolean", default: false },
  timings: { type: "boolean", default: false },
  help: { type: "boolean", default: false },
} as const;

async function main(argv: string[]): Promise<number> {
  let debug = argv.includes("--debug");
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    debug = values.debug;
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    const command = positionals[0] ?? "build";
    if (positionals.length > 1 || !["build", "map", "reduce"].includes(command))
      throw new UsageError(`unknown command ${positionals.join(" ")}`);
    const settings = {
      options: { today: today(values.today) },
      jobs: count(values.jobs, "--jobs") ?? availableParallelism(),
      budget: {
        floorMs:
          count(values["article-timeout-ms"], "--article-timeout-ms") ?? DEFAULT_BUDGET.floorMs,
        msPerKb:
          count(values["article-ms-per-kb"], "--article-ms-per-kb") ?? DEFAULT_BUDGET.msPerKb,
      },
      cacheDir: values["no-cache"] ? null : (values["cache-dir"] ?? DEFAULT_CACHE_DIR),
    };
    if (command === "map") {
      if (values.stdin && values.input) throw new UsageError("give --input or --stdin, not both");
      await mapCommand({
        ...settings,
        input: values.input ?? null,
        editorPath: values.editor ?? null,
        stdin: values.stdin ? readFileSync(0, "utf8") : null,
      });
      return 0;
    }
    if (command === "reduce") {
      console.log(
        reduceCommand({
          output: values.output,
          editorPath: values.editor ?? null,
          stdin: readFileSync(0, "utf8"),
          hooks: pauseHooks(),
        }),
      );
      return 0;
    }
    if (values.stdin || values.editor)
      throw new UsageError("--stdin and --editor belong to the map and reduce commands");
    if (process.env[BUG_ENV]) throw new TypeError("simulated bug (test hook)");
    console.log(
      await buildCommand({
        ...settings,
        input: values.input ?? "seeds",
        output: values.output,
        hooks: pauseHooks(),
        timings: values.timings,
      }),
    );
    return 0;
  } catch (error) {
    return report(error, debug);
  }
}

function report(error: unknown, debug: boolean): number {
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
  ) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (
    error instanceof InputError ||
    error instanceof RejectedInputs ||
    error instanceof EnvironmentError
  ) {
    console.error(error.message);
  } else if (describeErrno(error) !== null) {
    // A system call failed somewhere no path was attached: still the machine, not a bug.
    const e = error as NodeJS.ErrnoException;
    console.error(`${e.path ?? "file system"}: ${describeErrno(e)}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `internal error: ${message.split("\n")[0]} (a bug; rerun with --debug for the stack)`,
    );
  }
  if (debug && error instanceof Error) console.error(error.stack);
  console.error("build failed; previous output left unchanged");
  return 1;
}

function today(value: string | undefined): string {
  // `today` only caps the year of a yearless dateline, and only when the text gives no
  // upper bound of its own (a page stamp or a date it looks forward to; see
  // read/year-bounds.ts). Dropping it would leave such stories (seed 003) undated, so the
  // system date stays the last-resort default; pass --today for byte-identical rebuilds
  // on another day.
  const day = value ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || parsePartialDate(day) === null)
    throw new UsageError("--today must be YYYY-MM-DD");
  return day;
}

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`${flag} must be a whole number`);
  return Number(value);
}

function pauseHooks(): { after?: (step: PublishStep) => void } {
  const at = process.env[PAUSE_AT_ENV] ?? (process.env[PAUSE_ENV] ? "index-written" : undefined);
  if (!at) return {};
  return {
    after: (step) => {
      if (step !== at) return;
      process.stderr.write(
        `paused at ${step}${step === "index-written" ? " (before rename)" : ""}\n`,
      );
      // Blocks this process until it is killed; only ever reached under the test hook. A test
      // that fails before killing it must not leave it behind: ten minutes at most.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600_000);
      process.exit(1);
    },
  };
}

process.on("uncaughtException", (error) => {
  process.exitCode = report(error, process.argv.includes("--debug"));
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error, process.argv.includes("--debug"));
  },
);
