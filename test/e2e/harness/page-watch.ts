import type { BrowserContext, Page } from "playwright-core";

export type CspViolation = {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
};

/** What a page did that no spec asked for: CSP violations, script errors, dialogs. */
export type PageIncidents = {
  cspViolations: CspViolation[];
  cspConsoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  consoleErrors: string[];
};

export function emptyIncidents(): PageIncidents {
  return {
    cspViolations: [],
    cspConsoleErrors: [],
    pageErrors: [],
    dialogs: [],
    consoleErrors: [],
  };
}

// Runs before any page script, in every frame and after every navigation, so a violation
// during boot is caught too. The binding survives navigations; a window array would not.
const reportViolationsScript = `
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__e2eReportCsp({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ":" + event.lineNumber,
    });
  });
`;

export async function watchContext(context: BrowserContext, incidents: PageIncidents) {
  await context.exposeBinding("__e2eReportCsp", (_source, violation: CspViolation) => {
    incidents.cspViolations.push(violation);
  });
  await context.addInitScript({ content: reportViolationsScript });
}

export function watchPage(page: Page, incidents: PageIncidents): void {
  page.on("pageerror", (error) => incidents.pageErrors.push(error.message));
  page.on("dialog", (dialog) => {
    incidents.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) incidents.cspConsoleErrors.push(text);
    else incidents.consoleErrors.push(text);
  });
}
