import { describe, expect, it } from "vitest";
import { eventIdBase } from "../../src/shared/event-id";
import { slugify, stripDiacritics } from "../../src/shared/slug";

describe("readable ids from names and titles", () => {
  it("slugs plain and accented text alike", () => {
    expect(slugify("St. Petersburg")).toBe("st-petersburg");
    expect(slugify("Vučić–Putin talks in Belgrade")).toBe("vucic-putin-talks-in-belgrade");
    expect(slugify("Łódź & Gdańsk: Ministers' meeting")).toBe("lodz-and-gdansk-ministers-meeting");
    expect(slugify("Aliyev–Güler talks")).toBe("aliyev-guler-talks");
  });

  it("leaves printable ASCII as it is and strips marks from the rest", () => {
    expect(stripDiacritics("Modi meets Putin")).toBe("Modi meets Putin");
    expect(stripDiacritics("Peña Nieto, Ərdoğan")).toBe("Pena Nieto, Erdogan");
  });

  it("makes an event's id from its start and title, undated ones included", () => {
    expect(eventIdBase("2023-12-06", "Summit in New Delhi")).toBe("2023-12-06-summit-in-new-delhi");
    expect(eventIdBase(null, "Putin's visit")).toBe("undated-putins-visit");
  });

  it("gives a title's id base again from its kept slug, and after the kept slugs are let go", () => {
    const titles = Array.from({ length: (1 << 17) + 5 }, (_, i) => `Talks № ${i} in Zürich`);
    for (const title of [...titles, ...titles.slice(0, 10), ...titles.slice(-10)])
      expect(eventIdBase("2024", title)).toBe(`2024-${slugify(title)}`);
  });

  it("slugs as the replacements it stands for do, on awkward text too", () => {
    // The chain of replacements slugify was, kept as its definition.
    const replaced = (text: string) =>
      stripDiacritics(text)
        .toLowerCase()
        .replace(/&/g, " and ")
        .replace(/['’]/g, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|(?<!-)-+$/g, "");
    const awkward = [
      "",
      "&",
      "a&b",
      "--a--",
      "’",
      "x ' y",
      "Don't & stop",
      "İstanbul & Ankara’s talks",
      "  Ça va ",
      "Путин встретился с Моди",
      "ß-ß",
      "A—B 2+2",
      "Modi’s visit to St. Petersburg (2019)",
      "&&'&",
      "talks 🤝 in Delhi",
      "x'&'y",
    ];
    for (const text of awkward) expect(slugify(text), text).toBe(replaced(text));
  });
});
