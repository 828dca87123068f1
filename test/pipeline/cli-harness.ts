// Runs the real CLI (src/pipeline/cli.mjs, as `npm run build:data` does) on temporary folders.
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
// One node process (the launcher loads tsx in-process when it needs it; the tsx wrapper would
// fork a child that outlives a SIGKILL sent to the wrapper).
const CLI = join(ROOT, "src/pipeline/cli.mjs");
export const TODAY = "2026-11-22";

export type CliResult = { status: number | null; stdout: string; stderr: string };

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "timeline-cli-"));
  // Open to every user: some tests run the CLI as an unprivileged user.
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temp folder holding copies of the seeds (the seeds folder itself is never written). */
export function seedCopy(only?: string[]): string {
  const dir = tempDir();
  for (const f of readdirSync(join(ROOT, "seeds")))
    if (!only || only.some((p) => f.startsWith(p))) cpSync(join(ROOT, "seeds", f), join(dir, f));
  return dir;
}

export type CliOptions = {
  env?: Record<string, string>;
  /** Text fed to the CLI's standard input. */
  stdin?: string;
  /** Run as this user (tests that need a folder the build may not write, when run as root). */
  uid?: number;
};

// Each run gets no cache unless the test asks for one (runs must not feed each other), and
// one worker unless it asks for more (tests run side by side on a 2-core machine).
function withDefaults(args: string[]): string[] {
  const cacheChosen = args.some((a) => a === "--no-cache" || a === "--cache-dir");
  const jobsChosen = args.includes("--jobs");
  return [
    "--today",
    TODAY,
    ...args,
    ...(cacheChosen ? [] : ["--no-cache"]),
    ...(jobsChosen ? [] : ["--jobs", "1"]),
  ];
}

export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...withDefaults(args)], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
    input: options.stdin,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [CLI, ...withDefaults(args)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Every file under `dir` (relative path -> bytes), to compare whole published outputs. */
export function treeOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub === "" ? e.name : `${sub}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else out.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk("");
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}
