import type { Page } from "playwright-core";

/**
 * Boxes inside the page that scroll on their own (a list or article in a box of its own),
 * and how far the page is wider than the screen. A dialog is a screen of its own: not counted.
 */
export function pageOverflow(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll("body *")]
      .filter((el) => !el.closest("dialog"))
      .filter((el) => {
        const style = getComputedStyle(el);
        const scrollsY = ["auto", "scroll"].includes(style.overflowY);
        const scrollsX = ["auto", "scroll"].includes(style.overflowX);
        return (
          (scrollsY && el.scrollHeight > el.clientHeight + 1) ||
          (scrollsX && el.scrollWidth > el.clientWidth + 1)
        );
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
    return {
      scrollBoxes: boxes,
      widerBy: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}
