/** Polls until `check` returns a value other than undefined/false; for state settled asynchronously. */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  description: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
      throw new Error(`timed out waiting for: ${description}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
