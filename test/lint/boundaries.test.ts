// @vitest-environment node
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import rules the README promises, checked on code that breaks them: a rule that
// silently stopped matching (a renamed folder, a resolver that no longer finds .ts files)
// would otherwise pass every lint run.
const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("import boundaries", () => {
  it("keeps data below url, features and the app", async () => {
    expect(
      await ruleIds(
        "src/data/probe.ts",
        'import { parseViewState } from "../url/view-state";\nexport const probe = parseViewState;\n',
      ),
    ).toContain("import-x/no-restricted-paths");
  });

  it("keeps shared UI components free of data and features", async () => {
    expect(
      await ruleIds(
        "src/components/probe.ts",
        'import { useDatasetIndex } from "../data/use-dataset-index";\nexport const probe = useDatasetIndex;\n',
      ),
    ).toContain("import-x/no-restricted-paths");
  });

  it("lets a feature use filters and events but no other feature", async () => {
    const timelineUsing = (path: string) =>
      ruleIds(
        "src/features/timeline/probe.ts",
        `import * as other from "${path}";\nexport const probe = other;\n`,
      );
    expect(await timelineUsing("../filters/use-filtered-events")).toEqual([]);
    expect(await timelineUsing("../events/date-description")).toEqual([]);
    expect(await timelineUsing("../articles/highlight")).toContain("import-x/no-restricted-paths");
  });

  it("keeps filters from importing any other feature, and every feature from the app", async () => {
    expect(
      await ruleIds(
        "src/features/filters/probe.ts",
        'import { shortEventDate } from "../events/date-description";\nexport const probe = shortEventDate;\n',
      ),
    ).toContain("import-x/no-restricted-paths");
    expect(
      await ruleIds(
        "src/features/events/probe.ts",
        'import { App } from "../../app/app";\nexport const probe = App;\n',
      ),
    ).toContain("import-x/no-restricted-paths");
  });
});
