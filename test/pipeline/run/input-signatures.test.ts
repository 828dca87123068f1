// @vitest-environment node
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openInputSignatures } from "../../../src/pipeline/run/input-signatures";

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "signatures-"));
  dirs.push(d);
  return d;
};
/** Remembers `file` as a build would once it has settled (read a minute after its last change). */
const rememberSettled = (dir: string, file: string, digest: string) => {
  const signatures = openInputSignatures(dir);
  const stats = statSync(file);
  vi.spyOn(Date, "now").mockReturnValue(stats.ctimeMs + 60_000);
  signatures.remember(file, stats, digest);
  signatures.save();
  vi.restoreAllMocks();
};
// Long enough for the file system's clock to tick between two writes (it may be coarse).
const waitForClockTick = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);

describe("input signatures", () => {
  it("give an unchanged file's digest to the next build, without reading it", () => {
    const dir = tempDir();
    const file = join(dir, "a.txt");
    writeFileSync(file, "one");
    rememberSettled(dir, file, "d".repeat(64));
    const next = openInputSignatures(dir);
    expect(next.digestOf(file)).toBe("d".repeat(64));
    expect(next.hits).toBe(1);
    expect(next.digestOf(join(dir, "never-seen.txt"))).toBeUndefined();
  });

  it("know nothing of a file rewritten with the same size and its modification time set back", () => {
    const dir = tempDir();
    const file = join(dir, "a.txt");
    const longAgo = 1_700_000_000; // seconds: a time set exactly, then set again
    writeFileSync(file, "one");
    utimesSync(file, longAgo, longAgo);
    const before = statSync(file);
    rememberSettled(dir, file, "d".repeat(64));
    waitForClockTick();
    writeFileSync(file, "two");
    utimesSync(file, longAgo, longAgo);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).size).toBe(before.size);
    expect(openInputSignatures(dir).digestOf(file)).toBeUndefined();
  });

  it("never remember a file changed moments before it was read", () => {
    const dir = tempDir();
    const file = join(dir, "a.txt");
    writeFileSync(file, "one");
    const signatures = openInputSignatures(dir);
    signatures.remember(file, statSync(file), "d".repeat(64));
    signatures.save();
    expect(openInputSignatures(dir).digestOf(file)).toBeUndefined();
  });

  it("forget files this build did not see, and treat a damaged line as unknown", () => {
    const dir = tempDir();
    const [a, b] = [join(dir, "a.txt"), join(dir, "b.txt")];
    writeFileSync(a, "one");
    writeFileSync(b, "two");
    rememberSettled(dir, a, "a".repeat(64));
    const second = openInputSignatures(dir);
    expect(second.digestOf(a)).toBe("a".repeat(64));
    const stats = statSync(b);
    vi.spyOn(Date, "now").mockReturnValue(stats.ctimeMs + 60_000);
    second.remember(b, stats, "b".repeat(64));
    second.save();
    vi.restoreAllMocks();
    const third = openInputSignatures(dir);
    expect(third.digestOf(b)).toBe("b".repeat(64));
    third.save();
    const fourth = openInputSignatures(dir);
    expect(fourth.digestOf(a)).toBeUndefined();
    expect(fourth.digestOf(b)).toBe("b".repeat(64));

    writeFileSync(join(dir, "inputs.jsonl"), '["b.txt", "x"\n');
    expect(openInputSignatures(dir).digestOf(b)).toBeUndefined();
  });
});
