import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { datasetSchema } from "../../../src/shared/schema";
import type { BuiltDataset, E2eData } from "./spec";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
export const injectionInput = join(repoRoot, "test", "e2e", "fixtures", "injection");
const outDir = join(repoRoot, "test", "e2e", ".out");

/** The real build's dataset, as `npm run build` left it in dist/. */
async function loadBuiltDataset(distDir: string): Promise<BuiltDataset> {
  const json = await readFile(join(distDir, "data", "timeline.json"), "utf8");
  return { json, dataset: datasetSchema.parse(JSON.parse(json)) };
}

/** Runs the real CLI over the injection fixture folder, exactly as a user would. */
async function buildInjectionDataset(): Promise<BuiltDataset> {
  await mkdir(outDir, { recursive: true });
  const output = join(outDir, "injection.json");
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  await run(tsx, ["src/pipeline/cli.ts", "--input", injectionInput, "--output", output], {
    cwd: repoRoot,
  });
  const json = await readFile(output, "utf8");
  return { json, dataset: datasetSchema.parse(JSON.parse(json)) };
}

// A broken injection build fails the injection specs, not the whole run.
export async function loadE2eData(distDir: string): Promise<E2eData> {
  const [main, injection] = await Promise.all([
    loadBuiltDataset(distDir),
    buildInjectionDataset().catch((error: unknown) => new Error(describeBuildFailure(error))),
  ]);
  return { main: main.dataset, mainJson: main.json, injection };
}

function describeBuildFailure(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const detail = typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim() : String(error);
  return `building the injection dataset with the CLI failed: ${detail.slice(0, 2000)}`;
}
