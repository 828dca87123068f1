import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorView } from "../components/error-view";
import { LoadingSkeleton } from "../components/loading-skeleton";
import { DatasetError, datasetErrorTitles } from "../data/dataset-error";
import { datasetQuery } from "../data/dataset-query";

/** Shows the skeleton while loading and a specific error with Retry; children once loaded. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const query = useQuery(datasetQuery);
  if (query.isPending && query.fetchStatus !== "idle")
    return <LoadingSkeleton label="Loading the timeline data…" />;
  if (query.isError) {
    const error = query.error;
    const title =
      error instanceof DatasetError
        ? datasetErrorTitles[error.kind]
        : "The timeline could not load";
    return (
      <ErrorView
        title={title}
        message={error.message}
        actionLabel={query.isFetching ? "Retrying…" : "Retry"}
        onAction={() => void query.refetch()}
      />
    );
  }
  if (!query.data) return <LoadingSkeleton label="Loading the timeline data…" />;
  return <>{children}</>;
}
