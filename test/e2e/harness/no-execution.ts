import assert from "node:assert/strict";
import type { Page } from "playwright-core";

/** Nothing the payloads could have created exists, and nothing they would have run ran. */
export async function assertNothingExecuted(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      imgX: document.querySelectorAll('img[src="x"]').length,
      payloadScripts: [...document.scripts].filter((s) => s.textContent.includes("__pwned")).length,
      handlerAttributes: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      ),
      javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
        .length,
      boldFromPayload: [...document.querySelectorAll("b")].filter(
        (b) => b.textContent === "meeting",
      ).length,
      svgOnload: document.querySelectorAll("svg[onload]").length,
    };
  });
  assert.deepEqual(found, {
    pwned: null,
    imgX: 0,
    payloadScripts: 0,
    handlerAttributes: [],
    javascriptLinks: 0,
    boldFromPayload: 0,
    svgOnload: 0,
  });
}
