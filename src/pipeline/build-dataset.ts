// The pipeline composed in one thread: map every article, then reduce. The cold,
// single-threaded path: the CLI's worker pool, cache and JSON Lines commands run the same
// two functions and must give byte-identical output. Pure.

import type { BuiltDataset } from "../shared/schema";
import { mapArticle, type MapOptions } from "./build/map-article";
import { reduceArticles, type ReduceOptions, type Warning } from "./build/reduce-articles";
import type { EditorFile } from "./editor-file";
import type { SourceFile } from "./types";

export type { Warning };

export type BuildOptions = MapOptions & ReduceOptions;

export function buildDataset(
  files: SourceFile[],
  editor?: EditorFile,
  options: BuildOptions = {},
): { dataset: BuiltDataset; warnings: Warning[] } {
  const started = performance.now();
  const records = files.map((f) =>
    mapArticle(f, { today: options.today }, editorEntry(editor, f.file)),
  );
  const mapped = performance.now() - started;
  return reduceArticles(records, editor, {
    onStageTimed: options.onStageTimed
      ? (stage, ms) => options.onStageTimed?.(stage, stage === "read" ? ms + mapped : ms)
      : undefined,
  });
}

export function editorEntry(editor: EditorFile | undefined, file: string) {
  return editor && Object.hasOwn(editor.articles, file) ? editor.articles[file] : undefined;
}
