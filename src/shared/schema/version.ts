// The version every file of the dataset says it is. What each version changed, and why, is
// told beside the files it changed: dataset.ts.
export const DATASET_VERSION = 5;
