// Runs the real CLI as a user would, measuring wall time and peak memory (GNU time's
// maximum resident set: the main thread and its worker threads are one process).

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const TODAY = "2026-11-22";

export type BuildRun = {
  ok: boolean;
  seconds: number;
  peakMb: number;
  timings: Record<string, number>;
  stderrTail: string;
};

export function runBuild(args: string[]): BuildRun {
  const node = [process.execPath, "src/pipeline/cli.mjs", "--today", TODAY, "--timings", ...args];
  const timed = existsSync("/usr/bin/time");
  const started = performance.now();
  const r = spawnSync(
    timed ? "/usr/bin/time" : node[0]!,
    timed ? ["-f", "peak-kb %M", ...node] : node.slice(1),
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const stderr = r.stderr ?? "";
  const peak = /peak-kb (\d+)/.exec(stderr);
  const timings = /^timings: (.*)$/m.exec(stderr);
  return {
    ok: r.status === 0,
    seconds,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    timings: timings ? (JSON.parse(timings[1] ?? "{}") as Record<string, number>) : {},
    stderrTail: stderr
      .split("\n")
      .filter((l) => !l.startsWith("warning:"))
      .slice(-5)
      .join("\n"),
  };
}
