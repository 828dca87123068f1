import { useState, type ReactNode } from "react";

type ShowMoreProps<T> = {
  items: T[];
  /** How many show before "Show all". */
  first: number;
  /** Plural noun for the button: "Show all 40 events". */
  noun: string;
  children: (shown: T[]) => ReactNode;
};

/** A long list shows its start and a button for the rest, so a busy official stays readable. */
export function ShowMore<T>({ items, first, noun, children }: ShowMoreProps<T>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, first);
  return (
    <>
      {children(shown)}
      {items.length > first && (
        <button
          type="button"
          className="link-button show-more"
          aria-expanded={all}
          onClick={() => setAll((a) => !a)}
        >
          {all ? `Show the first ${first} ${noun}` : `Show all ${items.length} ${noun}`}
        </button>
      )}
    </>
  );
}
