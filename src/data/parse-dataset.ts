import { DATASET_VERSION, datasetSchema, type Dataset } from "../shared/schema";
import { DatasetError } from "./dataset-error";

/** Validates loaded JSON against the contract; the version is checked first for a clearer message. */
export function parseDataset(json: unknown): Dataset {
  const version =
    typeof json === "object" && json !== null && "version" in json ? json.version : undefined;
  if (version !== DATASET_VERSION)
    throw new DatasetError(
      "version",
      `The file has version ${JSON.stringify(version ?? null)}; this dashboard reads version ${DATASET_VERSION}. Rebuild the data with "npm run build:data".`,
    );
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? `${first.path.join(".")}: ${first.message}` : "unknown problem";
    throw new DatasetError(
      "invalid",
      `The file does not match the dataset contract (${result.error.issues.length} problem(s); first at ${where}).`,
    );
  }
  return result.data;
}
