import { DatasetError } from "./dataset-error";
import { maxDataFileBytes, readTextUpTo, tooLargeMessage } from "./size-limit";

/** Fetches and parses JSON, turning every failure into a DatasetError with a reason. */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError("network", `Could not reach ${url}. Check the connection and retry.`);
  }
  if (response.status === 404)
    throw new DatasetError(
      "missing",
      `${url} was not found (404). Run "npm run build:data" to create it.`,
    );
  if (!response.ok)
    throw new DatasetError("network", `${url} answered ${response.status} ${response.statusText}.`);
  const declared = Number(response.headers.get("content-length") ?? NaN);
  // Checked before reading when the server says the size, and while reading in any case
  // (a compressed response declares its compressed size, or none).
  if (declared > maxDataFileBytes) throw new DatasetError("too-large", tooLargeMessage(url));
  const text = await readTextUpTo(response, maxDataFileBytes);
  if (text === null) throw new DatasetError("too-large", tooLargeMessage(url));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetError(
      "malformed",
      `${url} is not valid JSON (${text.length} bytes received; the file may be truncated). Rebuild it with "npm run build:data".`,
    );
  }
}
