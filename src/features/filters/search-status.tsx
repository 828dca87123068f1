import { useQueryClient } from "@tanstack/react-query";

/** Said beside the panel's title while a text search runs: the events below are the last ones. */
export function SearchingNote({ searching }: { searching: boolean }) {
  if (!searching) return null;
  return (
    <p role="status" aria-busy="true" className="search-status">
      Searching…
    </p>
  );
}

/** Why the text search failed, with a way to run it again. */
export function SearchFailed({ error }: { error: string }) {
  const client = useQueryClient();
  return (
    <p role="alert">
      The search could not run: {error}{" "}
      <button
        type="button"
        className="button"
        onClick={() => void client.resetQueries({ queryKey: ["event-search"] })}
      >
        Retry
      </button>
    </p>
  );
}
