import { useEffect, type RefObject } from "react";
import { isStepping, isTyping, prefersReducedMotion } from "./focus-context";

// Reader input that means "I am moving the page myself": stop keeping the panel in view.
const readerInput = ["wheel", "touchstart", "pointerdown", "keydown"] as const;

/**
 * When an event is selected (click, j/k, a deep link, Back), bring its details into view and
 * move focus to their heading, so keyboard and screen-reader users land on what they chose.
 * Not while the reader is typing or stepping through the list: focus stays where they work.
 */
export function useRevealDetail(heading: RefObject<HTMLElement | null>, eventId: string): void {
  useEffect(() => {
    const target = heading.current;
    const active = document.activeElement;
    if (!target || isTyping(active) || isStepping(active)) return;
    // The whole panel if it fits, else its top: "nearest" scrolls no further than needed.
    const panel = target.closest("section") ?? target;
    const reveal = (behavior: ScrollBehavior) =>
      panel.scrollIntoView?.({ block: "nearest", behavior });
    reveal(prefersReducedMotion() ? "auto" : "smooth");
    target.focus({ preventScroll: true });
    return keepRevealedWhileLayoutSettles(() => reveal("auto"));
  }, [heading, eventId]);
}

/**
 * On a fresh deep link the timeline above is still loading its chunk and drawing: when the
 * page grows, put the panel back, until the reader scrolls or clicks or two seconds pass.
 */
function keepRevealedWhileLayoutSettles(reveal: () => void): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  let first = true;
  const observer = new ResizeObserver(() => {
    if (!first) reveal();
    first = false;
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of readerInput) window.removeEventListener(type, stop);
  };
  const timer = setTimeout(stop, 2000);
  for (const type of readerInput) window.addEventListener(type, stop, { passive: true });
  observer.observe(document.body);
  return stop;
}
