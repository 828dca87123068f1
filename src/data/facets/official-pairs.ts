import type { IndexEvent } from "../../shared/schema";
import type { FacetContext } from "./facet-definition";
import { entityIdsOfKind, entityName } from "./facet-readers";

// Two officials who took part in the same event, as one facet value: their ids in code-unit
// order joined by "+", so each pair has exactly one spelling in a link.

const separator = "+";
const officialsOf = entityIdsOfKind("person");

export function pairValue(a: string, b: string): string {
  return a < b ? `${a}${separator}${b}` : `${b}${separator}${a}`;
}

/** The two ids of a pair value, or null when it is not one. */
export function pairMembers(value: string): [string, string] | null {
  const parts = value.split(separator);
  const [a, b] = parts;
  return parts.length === 2 && a && b && a !== b ? [a, b] : null;
}

export function isPairValue(value: string): boolean {
  return pairMembers(value) !== null;
}

/** Every pair among the officials an event involves (the officials facet's own reading). */
export function officialPairs(event: IndexEvent, context: FacetContext): string[] {
  const people = officialsOf(event, context).filter((id) => !id.includes(separator));
  return people.flatMap((a, i) => people.slice(i + 1).map((b) => pairValue(a, b)));
}

/** "Rajnath Singh and Sergei Shoigu". */
export function pairLabel(value: string, context: FacetContext): string {
  const members = pairMembers(value);
  if (!members) return value;
  return members.map((id) => entityName(id, context)).join(" and ");
}
