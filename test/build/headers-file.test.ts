// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersFile, securityHeaders } from "../../vite.config";

const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");

describe("the static host's headers", () => {
  it("forbid framing, sniffing and anything the page's own policy forbids", () => {
    const headers = new Map(securityHeaders);
    expect(headers.get("Content-Security-Policy")).toMatch(/frame-ancestors 'none'$/);
    expect(headers.get("Content-Security-Policy")).toMatch(
      /^default-src 'self'; script-src 'self';/,
    );
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("are documented in the README exactly as the build writes them, for _headers and nginx", () => {
    const indented = headersFile()
      .trimEnd()
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n");
    expect(readme).toContain(indented);
    for (const [name, value] of securityHeaders)
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
  });
});
