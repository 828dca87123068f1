import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { readPublished } from "../../fixtures/read-published";
import type { E2eData, ServedDataset } from "./spec";

const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
export const injectionInput = join(repoRoot, "test", "e2e", "fixtures", "injection");
// Articles written to disagree (places, people, days) about the events they share.
export const disagreementsInput = join(repoRoot, "test", "e2e", "fixtures", "disagreements");
const outDir = join(repoRoot, "test", "e2e", ".out");

/** The real build's dataset, as `npm run build` left it in dist/ (index and the files it names). */
function loadBuiltDataset(distDir: string): ServedDataset {
  return readPublished(join(distDir, "data", "timeline.json"));
}

/**
 * Runs the real CLI over a fixture folder, exactly as a user would. Written as `timeline.json`
 * in a folder of its own, so its files have the names the site serves.
 */
async function buildFixtureDataset(input: string, name: string): Promise<ServedDataset> {
  const dir = join(outDir, name);
  await mkdir(dir, { recursive: true });
  const output = join(dir, "timeline.json");
  await run(process.execPath, ["src/pipeline/cli.mjs", "--input", input, "--output", output], {
    cwd: repoRoot,
  });
  return readPublished(output);
}

// A broken fixture build fails the specs that use it, not the whole run.
export async function loadE2eData(distDir: string): Promise<E2eData> {
  const built = (input: string, name: string) =>
    buildFixtureDataset(input, name).catch(
      (error: unknown) => new Error(describeBuildFailure(name, error)),
    );
  // One CLI build at a time: the machine has two cores.
  const main = loadBuiltDataset(distDir);
  const injection = await built(injectionInput, "injection");
  const disagreements = await built(disagreementsInput, "disagreements");
  return {
    main: main.dataset,
    mainJson: main.json,
    mainIndex: main.index,
    injection,
    disagreements,
  };
}

function describeBuildFailure(name: string, error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const detail = typeof stderr === "string" && stderr.trim() !== "" ? stderr.trim() : String(error);
  return `building the ${name} dataset with the CLI failed: ${detail.slice(0, 2000)}`;
}
