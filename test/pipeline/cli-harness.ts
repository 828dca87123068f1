// Runs the real CLI (tsx src/pipeline/cli.ts) on temporary folders.
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(__dirname, "../..");
// One node process with the tsx loader (not the tsx wrapper, which forks a child that
// would outlive a SIGKILL sent to the wrapper).
const NODE_ARGS = ["--import", "tsx"];
const CLI = join(ROOT, "src/pipeline/cli.ts");
export const TODAY = "2026-11-22";

export type CliResult = { status: number | null; stdout: string; stderr: string };

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "timeline-cli-"));
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

export function runCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [...NODE_ARGS, CLI, "--today", TODAY, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function startCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...NODE_ARGS, CLI, "--today", TODAY, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
