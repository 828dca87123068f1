// @vitest-environment node
// Descriptions set off by commas read their office word from reference/titles.json's
// roleWords: every word there gives a description, the longest form is read whole.
import { describe, expect, it } from "vitest";
import { descriptionAfter, descriptionBefore } from "../../../src/pipeline/entities/name-context";
import { roleWords } from "../../../src/pipeline/entities/reference";

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

describe("descriptions by office word", () => {
  it("reads every role word of titles.json before and after a name", () => {
    expect(roleWords.length).toBeGreaterThan(20);
    for (const word of roleWords) {
      const before = `Present was the ${word} of the northern region, Ivo Marek.`;
      const name = before.indexOf("Ivo");
      expect(descriptionBefore(before, 0, name, [])?.role, before).toBe(capital(word));
      const after = `Ivo Marek, the region's ${word}, arrived late.`;
      expect(descriptionAfter(after, "Ivo Marek".length, after.length, [])?.role, after).toBe(
        capital(word),
      );
    }
  });

  it("reads the longest form whole and ignores words that only contain one", () => {
    const text = "Ivo Marek, the vice president-elect of Peru, spoke.";
    expect(descriptionAfter(text, 9, text.length, [])?.role).toBe("Vice president-elect");
    const notRole = "Ivo Marek, a headstrong kingmaker from Lima, spoke.";
    expect(descriptionAfter(notRole, 9, notRole.length, [])).toBeNull();
    const attache = "Ivo Marek, the defence attaché in Oslo, spoke.";
    expect(descriptionAfter(attache, 9, attache.length, [])?.role).toBe("Attaché");
  });

  it("leaves a description with a verb of its own", () => {
    const text = "Ivo Marek, who was minister until May, spoke.";
    expect(descriptionAfter(text, 9, text.length, [])).toBeNull();
  });
});
