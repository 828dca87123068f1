import { useEffect, type RefObject } from "react";
import { isTyping, prefersReducedMotion } from "../events/focus-context";

/**
 * A profile opened from a name (in an event's details, a co-participant, the directory) is
 * brought into view with focus on its heading: the name clicked has gone with the view it was
 * in. Not when the reader works in the filters beside it, nor while they type.
 */
export function useRevealProfile(heading: RefObject<HTMLElement | null>, officialId: string) {
  useEffect(() => {
    const target = heading.current;
    const active = document.activeElement;
    if (!target || isTyping(active) || active?.closest("aside, dialog")) return;
    target.scrollIntoView?.({
      block: "nearest",
      behavior: prefersReducedMotion() ? "auto" : "smooth",
    });
    target.focus({ preventScroll: true });
  }, [heading, officialId]);
}
