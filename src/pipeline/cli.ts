// `npm run build:data [-- --input DIR --output FILE]`: the only place the build reads or
// writes files. One bad input fails the whole build, every bad file is listed, and the
// previous output stays as it was.

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parsePartialDate } from "../shared/dates";
import { buildDataset } from "./build-dataset";
import type { Warning } from "./build-dataset";
import { checkSize, decodeArticle } from "./build/decode-input";
import { InputError } from "./build/input-error";
import { EDITOR_FILE_NAME, parseEditorFile } from "./editor-file";
import type { EditorFile } from "./editor-file";
import { datasetJsonSchema } from "./json-schema";
import { readArticle } from "./read-article";
import type { ReadArticle, SourceFile } from "./types";
import { removeStaleTemps, writeFilesAtomically } from "./write-atomic";

const USAGE = "usage: npm run build:data -- [--input DIR] [--output FILE] [--today YYYY-MM-DD]";
// Test hook: pause after the temp files are written so a test can kill the build there.
const PAUSE_ENV = "TIMELINE_BUILD_PAUSE_BEFORE_RENAME";

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        input: { type: "string", default: "seeds" },
        output: { type: "string", default: "public/data/timeline.json" },
        today: { type: "string" },
        help: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  // `today` only caps the year of a yearless dateline, and only when the text gives no
  // upper bound of its own (a page stamp or a date it looks forward to; see
  // read/year-bounds.ts). Dropping it would leave such stories (seed 003) undated, so the
  // system date stays the last-resort default; pass --today for byte-identical rebuilds
  // on another day.
  const today = args.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || parsePartialDate(today) === null) {
    console.error(`--today must be YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  try {
    const input = readInput(resolve(args.input), today);
    const { dataset, warnings } = buildDataset(input.files, input.editor, {
      today,
      alreadyRead: input.read,
    });
    printWarnings(warnings);
    const output = resolve(args.output);
    writeOutputs(output, `${JSON.stringify(dataset, null, 2)}\n`);
    console.log(
      `wrote ${args.output}: ${dataset.articles.length} articles, ${dataset.entities.length} entities, ${dataset.events.length} events`,
    );
    return 0;
  } catch (error) {
    if (error instanceof BuildFailure || error instanceof InputError) {
      console.error(error.message);
      console.error("build failed; previous output left unchanged");
      return 1;
    }
    // A bug, not bad input: show where, and still leave the previous output in place.
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.error("build failed (internal error); previous output left unchanged");
    return 3;
  }
}

class BuildFailure extends Error {}

function readInput(
  dir: string,
  today: string,
): {
  dir: string;
  files: SourceFile[];
  read: Map<string, ReadArticle>;
  editor: EditorFile | undefined;
} {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new BuildFailure(`${dir}: input folder not found`);
  const names = readdirSync(dir)
    .filter((n) => /\.txt$/i.test(n) && statSync(join(dir, n)).isFile())
    .sort();
  if (names.length === 0) throw new BuildFailure(`${dir}: no .txt articles in the input folder`);
  const files: SourceFile[] = [];
  // Read once here (to refuse a file with no story text) and handed on to the build.
  const read = new Map<string, ReadArticle>();
  const errors: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      checkSize(path, statSync(path).size);
      const file = { file: name, text: decodeArticle(path, readBytes(path)) };
      const article = readArticle(file, { today });
      if (article.paragraphs.length === 0)
        throw new InputError(path, "no story text found (only a headline or page furniture)");
      files.push(file);
      read.set(name, article);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error.message);
    }
  }
  let editor: EditorFile | undefined;
  const editorPath = join(dir, EDITOR_FILE_NAME);
  if (existsSync(editorPath)) {
    try {
      const text = new TextDecoder().decode(readBytes(editorPath));
      editor = parseEditorFile(text, editorPath, names);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error.message);
    }
  }
  if (errors.length > 0)
    throw new BuildFailure(
      `${errors.length} input file(s) cannot be used:\n${errors.map((e) => `  ${e}`).join("\n")}`,
    );
  return { dir, files, read, editor };
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(
      path,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
}

function printWarnings(warnings: Warning[]): void {
  for (const w of warnings) console.error(`warning: ${w.file}: ${w.message}`);
}

function writeOutputs(output: string, datasetJson: string): void {
  const dir = dirname(output);
  const schemaPath = join(dir, basename(output).replace(/\.json$/i, "") + ".schema.json");
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, [basename(output), basename(schemaPath)]);
  writeFilesAtomically(
    [
      { path: schemaPath, content: `${JSON.stringify(datasetJsonSchema(), null, 2)}\n` },
      { path: output, content: datasetJson },
    ],
    { beforeRename: process.env[PAUSE_ENV] ? pauseForever : undefined },
  );
}

function pauseForever(): void {
  process.stderr.write("paused before rename\n");
  // Blocks this process until it is killed; only ever reached under the test hook.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

process.exitCode = main(process.argv.slice(2));
