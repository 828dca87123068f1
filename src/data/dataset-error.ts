// Each way loading the dataset can fail gets its own kind, so the error view can say
// what went wrong and what to do about it instead of a generic "something broke".
export type DatasetErrorKind =
  "missing" | "network" | "malformed" | "version" | "invalid" | "too-large";

export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;

  constructor(kind: DatasetErrorKind, message: string) {
    super(message);
    this.name = "DatasetError";
    this.kind = kind;
  }
}

export const datasetErrorTitles: Record<DatasetErrorKind, string> = {
  missing: "The timeline data file is missing",
  network: "The timeline data could not be downloaded",
  malformed: "The timeline data file is damaged",
  version: "The timeline data file is from another version",
  invalid: "The timeline data file does not match the expected format",
  "too-large": "The timeline data file is too large to open here",
};
