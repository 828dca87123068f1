import { DatasetError } from "./dataset-error";

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
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DatasetError(
      "malformed",
      `${url} is not valid JSON (${text.length} bytes received; the file may be truncated). Rebuild it with "npm run build:data".`,
    );
  }
}
