// What a reader downloads: the index at first load, the quotes file after the first draw
// (version 4), then one body per article opened.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

export type DatasetBytes = {
  indexBytes: number;
  indexGzip: number;
  bodyMeanBytes: number;
  bodyMeanGzip: number;
  fullTextBytes: number;
  fullTextGzip: number;
  /** The quotes file (version 4; 0 for earlier versions, whose index holds the quotes). */
  quotesGzip: number;
  articles: number;
};

export function datasetBytes(indexPath: string): DatasetBytes {
  const json = readFileSync(indexPath);
  const index = JSON.parse(json.toString()) as {
    // One file up to the first version 4 indexes, a list of parts since.
    fullText: string | string[];
    quotes?: string | string[];
    // Records up to version 3, columns since version 4.
    articles: { body: string }[] | { body: string[] };
  };
  const paths = Array.isArray(index.articles)
    ? index.articles.map((a) => a.body)
    : index.articles.body;
  const sample = paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / 200)) === 0);
  const bodies = sample.map((path) => readFileSync(join(dirname(indexPath), path)));
  const read = (paths: string | string[] | undefined) =>
    [paths ?? []].flat().map((path) => readFileSync(join(dirname(indexPath), path)));
  // Gzip per file, as a host serves them.
  const gzipped = (files: Buffer[]) => files.reduce((n, f) => n + gzipSync(f).length, 0);
  const fullText = read(index.fullText);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    indexBytes: json.length,
    indexGzip: gzipSync(json).length,
    bodyMeanBytes: mean(bodies.map((b) => b.length)),
    bodyMeanGzip: mean(bodies.map((b) => gzipSync(b).length)),
    fullTextBytes: fullText.reduce((n, f) => n + f.length, 0),
    fullTextGzip: gzipped(fullText),
    quotesGzip: gzipped(read(index.quotes)),
    articles: paths.length,
  };
}
