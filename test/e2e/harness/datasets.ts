import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { readPublished } from "../../fixtures/read-published";
import type { E2eData, ServedDataset } from "./spec";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
export const injectionInput = join(repoRoot, "test", "e2e", "fixtures", "injection");
const outDir = join(repoRoot, "test", "e2e", ".out");

/** The real build's dataset, as `npm run build` left it in dist/ (index and the files it names). */
function loadBuiltDataset(distDir: string): ServedDataset {
  return readPublished(join(distDir, "data", "timeline.json"));
}

/**
 * Runs the real CLI over the injection fixture folder, exactly as a user would. Written as
 * `timeline.json` in a folder of its own, so its files have the names the site serves.
 */
async function buildInjectionDataset(): Promise<ServedDataset> {
  const dir = join(outDir, "injection");
  await mkdir(dir, { recursive: true });
  const output = join(dir, "timeline.json");
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  await run(tsx, ["src/pipeline/cli.ts", "--input", injectionInput, "--output", output], {
    cwd: repoRoot,
  });
  return readPublished(output);
}

// A broken injection build fails the injection specs, not the whole run.
export async function loadE2eData(distDir: string): Promise<E2eData> {
  const [main, injection] = await Promise.all([
    loadBuiltDataset(distDir),
    buildInjectionDataset().catch((error: unknown) => new Error(describeBuildFailure(error))),
  ]);
  return { main: main.dataset, mainJson: main.json, mainIndex: main.index, injection };
}

function describeBuildFailure(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const detail = typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim() : String(error);
  return `building the injection dataset with the CLI failed: ${detail.slice(0, 2000)}`;
}
