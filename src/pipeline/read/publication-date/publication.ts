// What the publication-date signals give, and the nearness they share.

export type Publication = {
  published: string | null;
  from: "text" | "inferred" | null;
  warnings: string[];
};

/** A stamp this many days from the dateline day is the same story's stamp. */
export const NEAR_DAYS = 3;
