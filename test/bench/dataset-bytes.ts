// What a reader downloads: the index at first load, the quotes file after the first draw
// (version 4), then one body per article opened.

import { readFileSync, statSync } from "node:fs";
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
    fullText: string;
    quotes?: string;
    // Records up to version 3, columns since version 4.
    articles: { body: string }[] | { body: string[] };
  };
  const paths = Array.isArray(index.articles)
    ? index.articles.map((a) => a.body)
    : index.articles.body;
  const sample = paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / 200)) === 0);
  const bodies = sample.map((path) => readFileSync(join(dirname(indexPath), path)));
  const fullText = readFileSync(join(dirname(indexPath), index.fullText));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    indexBytes: json.length,
    indexGzip: gzipSync(json).length,
    bodyMeanBytes: mean(bodies.map((b) => b.length)),
    bodyMeanGzip: mean(bodies.map((b) => gzipSync(b).length)),
    fullTextBytes: statSync(join(dirname(indexPath), index.fullText)).size,
    fullTextGzip: gzipSync(fullText).length,
    quotesGzip: index.quotes
      ? gzipSync(readFileSync(join(dirname(indexPath), index.quotes))).length
      : 0,
    articles: paths.length,
  };
}
