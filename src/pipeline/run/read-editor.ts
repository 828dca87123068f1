// Reads the editor's file under the same rules as articles: inside the input folder (a
// link out of it is refused), a regular file, UTF-8, and not absurdly large.

import { existsSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8 } from "../build/decode-input";
import { InputError } from "../build/input-error";
import {
  EDITOR_FILE_NAME,
  MAX_EDITOR_BYTES,
  parseEditorFile,
  type EditorFile,
} from "../editor-file";
import { readInputFile, resolveEntry } from "./input-folder";

const tooBig = (label: string) => (bytes: number) =>
  new InputError(
    label,
    `the editor's file is ${(bytes / 1024 / 1024).toFixed(0)} MB; it is limited to ${MAX_EDITOR_BYTES / 1024 / 1024} MB`,
  );

/** The folder's editor.json, or undefined when there is none. */
export function readFolderEditor(
  root: string,
  shownDir: string,
  articleNames: string[],
): EditorFile | undefined {
  const label = join(shownDir, EDITOR_FILE_NAME);
  const path = join(root, EDITOR_FILE_NAME);
  if (!existsSync(path) && !isLink(path)) return undefined;
  const where = resolveEntry(root, EDITOR_FILE_NAME);
  if ("skipped" in where)
    throw new InputError(label, where.skipped.replace(/; (?:skipped|not read)\b.*$/, "; not read"));
  return readEditorAt({ name: EDITOR_FILE_NAME, path: where.path, label }, articleNames);
}

/** An editor's file given by path (the JSON Lines commands take it as --editor FILE). */
export function readEditorAt(
  file: { name: string; path: string; label: string },
  articleNames: readonly string[] | null,
): EditorFile {
  const bytes = readInputFile(file, MAX_EDITOR_BYTES, tooBig(file.label));
  return parseEditorFile(decodeUtf8(file.label, bytes), file.label, articleNames);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
