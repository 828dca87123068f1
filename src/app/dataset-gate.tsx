import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ErrorView } from "../components/error-view";
import { LoadingSkeleton } from "../components/loading-skeleton";
import { DatasetError, datasetErrorTitles } from "../data/dataset-error";
import { datasetQuery } from "../data/dataset-query";
import { PageLayout } from "./page-layout";

type DatasetGateProps = { sidebar: ReactNode; children: ReactNode };

/** The skeleton while loading, a specific error with Retry, the sidebar and children once loaded. */
export function DatasetGate({ sidebar, children }: DatasetGateProps) {
  const query = useQuery(datasetQuery);
  // The error Retry was pressed for: until a newer result arrives the page says it is loading
  // again, from the click on (the refetch itself is only reported a tick later).
  const [retriedError, setRetriedError] = useState<unknown>(null);
  const retrying = query.isError && (query.isFetching || query.error === retriedError);
  if (query.isError && !retrying) {
    const error = query.error;
    const title =
      error instanceof DatasetError
        ? datasetErrorTitles[error.kind]
        : "The timeline could not load";
    return (
      <PageLayout sidebar={null}>
        <ErrorView
          title={title}
          message={error.message}
          actionLabel="Retry"
          onAction={() => {
            setRetriedError(error);
            void query.refetch();
          }}
        />
      </PageLayout>
    );
  }
  const loaded = !retrying && query.data !== undefined;
  return (
    <PageLayout sidebar={loaded ? sidebar : null}>
      {loaded ? children : <LoadingSkeleton label="Loading the timeline data…" />}
    </PageLayout>
  );
}
