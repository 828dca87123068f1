// The build's map step: one input file (bytes or text), the build options and that file's
// editor entry in, one ArticleRecord out. Pure and independent of every other article, so
// it can run in a worker thread, be cached by content, or run on another machine.

import { annotateArticle } from "../annotate/annotate-article";
import type { EditorEntry } from "../editor-file";
import { findArticleHits } from "../find-entities";
import { readArticle } from "../read-article";
import type { ReadOptions } from "../read-article";
import { applyEditor } from "./apply-editor";
import { articleRecord, type ArticleRecord } from "./article-record";
import { decodeArticle } from "./decode-input";
import { InputError } from "./input-error";
import { withSentenceClues } from "./sentence-clues";

export type MapInput = {
  /** The file's name in the input folder (it fixes the article id). */
  file: string;
  /** How messages name the file (the path as the user gave it); defaults to `file`. */
  label?: string;
} & ({ bytes: Uint8Array } | { text: string });

export type MapOptions = ReadOptions;

export function mapArticle(
  input: MapInput,
  options: MapOptions = {},
  entry?: EditorEntry,
): ArticleRecord {
  let text: string;
  if ("text" in input) text = input.text;
  else {
    try {
      text = decodeArticle(input.label ?? input.file, input.bytes);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { kind: "rejected", file: input.file, message: error.message };
    }
  }
  const article = withSentenceClues(
    annotateArticle(applyEditor(readArticle({ file: input.file, text }, options), entry)),
  );
  return articleRecord(article, findArticleHits(article));
}
