// The most the dashboard reads from one data file. Past it, parsing and validating take
// seconds and hundreds of megabytes of memory on an ordinary laptop, and the page would look
// broken; a larger archive is written as an index plus per-article files (README, "Large
// archives"), each of which this limit applies to. 64 MB holds the index of about 19,000
// articles (3.4 KB each, mostly events and their quotes): 10,000 must open.
export const maxDataFileBytes = 64 * 1024 * 1024;

export function tooLargeMessage(url: string): string {
  return `${url} is larger than ${maxDataFileBytes / 1024 / 1024} MB, the most this dashboard opens from one file. Build the archive as an index with per-article files (see "Large archives" in the README), or split the articles into several dashboards.`;
}

/** The body as text, or null as soon as it passes `limit` bytes (the rest is not read). */
export async function readTextUpTo(response: Response, limit: number): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > limit ? null : text;
  }
  const reader = response.body.getReader();
  // Chunks are kept as bytes and decoded once: decoding and appending each of the hundreds of
  // chunks of a 35 MB index cost a few hundred milliseconds of the first load.
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
