import * as z from "zod";
import { entityKinds } from "./enums";

export const entitySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(entityKinds),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  country: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
});

export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity["kind"];
