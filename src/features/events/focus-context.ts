/** True while the reader is typing in a field: keys and focus belong to that field. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function hasKeyboardFocus(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return false; // engines without :focus-visible: assume the mouse
  }
}

/**
 * True while the reader steps through a listbox with the arrow keys: each step selects an
 * event, and the focus must stay in the list for the next step.
 */
export function isStepping(target: Element | null): boolean {
  return target?.getAttribute("role") === "listbox" && hasKeyboardFocus(target);
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}
