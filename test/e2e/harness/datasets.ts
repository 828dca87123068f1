import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { datasetSchema } from "../../../src/shared/schema";
import type { BuiltDataset, E2eData } from "./spec";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
export const injectionInput = join(repoRoot, "test", "e2e", "fixtures", "injection");
// Articles written to disagree (places, people, days) about the events they share.
export const disagreementsInput = join(repoRoot, "test", "e2e", "fixtures", "disagreements");
const outDir = join(repoRoot, "test", "e2e", ".out");

/** The real build's dataset, as `npm run build` left it in dist/. */
async function loadBuiltDataset(distDir: string): Promise<BuiltDataset> {
  const json = await readFile(join(distDir, "data", "timeline.json"), "utf8");
  return { json, dataset: datasetSchema.parse(JSON.parse(json)) };
}

/** Runs the real CLI over a fixture folder, exactly as a user would. */
async function buildFixtureDataset(input: string, name: string): Promise<BuiltDataset> {
  await mkdir(outDir, { recursive: true });
  const output = join(outDir, `${name}.json`);
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  await run(tsx, ["src/pipeline/cli.ts", "--input", input, "--output", output], {
    cwd: repoRoot,
  });
  const json = await readFile(output, "utf8");
  return { json, dataset: datasetSchema.parse(JSON.parse(json)) };
}

// A broken fixture build fails the specs that use it, not the whole run.
export async function loadE2eData(distDir: string): Promise<E2eData> {
  const built = (input: string, name: string) =>
    buildFixtureDataset(input, name).catch(
      (error: unknown) => new Error(describeBuildFailure(name, error)),
    );
  // One CLI build at a time: the machine has two cores and the main build just ran.
  const main = await loadBuiltDataset(distDir);
  const injection = await built(injectionInput, "injection");
  const disagreements = await built(disagreementsInput, "disagreements");
  return { main: main.dataset, mainJson: main.json, injection, disagreements };
}

function describeBuildFailure(name: string, error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const detail = typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim() : String(error);
  return `building the ${name} dataset with the CLI failed: ${detail.slice(0, 2000)}`;
}
