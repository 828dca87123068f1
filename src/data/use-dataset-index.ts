import { useQuery } from "@tanstack/react-query";
import type { DatasetIndex } from "./dataset-index";
import { datasetQuery, selectDatasetIndex } from "./dataset-query";

/** For components rendered only once the dataset has loaded (the app gates on that). */
export function useDatasetIndex(): DatasetIndex {
  const { data } = useQuery({ ...datasetQuery, select: selectDatasetIndex });
  if (!data) throw new Error("The dataset is not loaded yet.");
  return data;
}
