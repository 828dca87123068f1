// What a reader downloads: the index at first load, then one body per article opened.

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
  articles: number;
};

export function datasetBytes(indexPath: string): DatasetBytes {
  const json = readFileSync(indexPath);
  const index = JSON.parse(json.toString()) as { fullText: string; articles: { body: string }[] };
  const sample = index.articles.filter(
    (_, i) => i % Math.max(1, Math.floor(index.articles.length / 200)) === 0,
  );
  const bodies = sample.map((a) => readFileSync(join(dirname(indexPath), a.body)));
  const fullText = readFileSync(join(dirname(indexPath), index.fullText));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return {
    indexBytes: json.length,
    indexGzip: gzipSync(json).length,
    bodyMeanBytes: mean(bodies.map((b) => b.length)),
    bodyMeanGzip: mean(bodies.map((b) => gzipSync(b).length)),
    fullTextBytes: statSync(join(dirname(indexPath), index.fullText)).size,
    fullTextGzip: gzipSync(fullText).length,
    articles: index.articles.length,
  };
}
