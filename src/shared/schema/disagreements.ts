import * as z from "zod";

// Addition: where the articles merged into one event differ. Each claim is one version with the
// articles that give it; a claim another one refines (a month beside a day in it, a country
// beside a city in it, fewer named people beside more) is no disagreement and is not listed.
export const disagreementFields = ["date", "location", "participants"] as const;
const claimArticles = z.array(z.string().min(1)).min(1);
// A date claim is a partial date, or a span of days written as an ISO 8601 interval.
const dateClaim = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
    "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
  );
const claimsOf = <T extends z.ZodType>(value: T) =>
  z.array(z.object({ value, articleIds: claimArticles })).min(2);
export const disagreementSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("date"), claims: claimsOf(dateClaim) }),
  z.object({ field: z.literal("location"), claims: claimsOf(z.string().min(1)) }),
  z.object({ field: z.literal("participants"), claims: claimsOf(z.array(z.string().min(1))) }),
]);

export type Disagreement = z.infer<typeof disagreementSchema>;
export type DisagreementField = Disagreement["field"];
