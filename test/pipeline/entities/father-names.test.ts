// @vitest-environment node
// The father's name an Arabic name writes ("bin Bandar", the first link of an "Al" chain):
// two names with the same given and family name but another father are two people, in one
// article or across articles; the same father spelt two ways is still one.
import { describe, expect, it } from "vitest";
import { fatherWritten } from "../../../src/pipeline/entities/name-words";
import { namesCompatible } from "../../../src/pipeline/entities/person-clusters";
import { findEntities } from "../../../src/pipeline/find-entities";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { readArticleOf } from "../stage-inputs";
import { peopleIn } from "./people-of";

const words = (name: string) => name.split(" ");

/** The people of two articles, each as "name: role", sorted. */
function peopleOfTwo(first: string, second: string): string[] {
  const a = readArticleOf([first], { id: "a" });
  const b = readArticleOf([second], { id: "b" });
  return findEntities([a, b])
    .entities.filter((e) => e.kind === "person")
    .map((e) => `${e.name}: ${e.role ?? "-"}`)
    .sort();
}

describe("the father's name in an Arabic name", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Faris bin Khalid",
    "Faris bin Saad bin Khalid",
    "Nasser Al Hamad Al Rashed",
    "Nasser Al-Fahad Al-Saleh Al-Rashed",
    "Henrik Aaltonen",
  ]);

  it("reads the word after bin, ibn or bint, or an Al chain's first link with more after it", () => {
    expect(fatherWritten(words("Faris bin Saad bin Khalid"))).toBe("Saad");
    expect(fatherWritten(words("Faris Bin Khalid"))).toBe("Khalid");
    expect(fatherWritten(words("Nasser Al Hamad Al Rashed"))).toBe("Hamad");
    expect(fatherWritten(words("Nasser al-Hamad al-Jaber Al Rashed"))).toBe("Hamad");
    expect(fatherWritten(words("Nasser Al-Fahad Al-Saleh Al-Rashed"))).toBe("Fahad");
    expect(fatherWritten(words("Faris bin Saad Al Rashed"))).toBe("Saad");
    // The family name is no father: the link is the name's last.
    expect(fatherWritten(words("Saud Al-Faisal"))).toBeNull();
    expect(fatherWritten(words("Nasser Al Rashed"))).toBeNull();
    expect(fatherWritten(words("Henrik Aaltonen"))).toBeNull();
  });

  it("keeps apart names of another father, and joins the same father spelt two ways", () => {
    expect(namesCompatible(words("Faris bin Khalid"), words("Faris bin Saad bin Khalid"))).toBe(
      false,
    );
    expect(
      namesCompatible(
        words("Nasser Al Hamad Al Rashed"),
        words("Nasser Al-Fahad Al-Saleh Al-Rashed"),
      ),
    ).toBe(false);
    expect(
      namesCompatible(
        words("Nasser Al Hamad Al Rashed"),
        words("Nasser al-Hamed al-Jaber Al Rashed"),
      ),
    ).toBe(true);
    expect(
      namesCompatible(
        words("Faris bin Abdulaziz Al Rashed"),
        words("Faris bin Abdelaziz Al Rashed"),
      ),
    ).toBe(true);
    expect(
      namesCompatible(
        words("Faris bin Abdul Aziz Al Rashed"),
        words("Faris bin Abdulaziz Al Rashed"),
      ),
    ).toBe(true);
    // A name that writes no father may be either.
    expect(namesCompatible(words("Nasser Al Rashed"), words("Nasser Al Hamad Al Rashed"))).toBe(
      true,
    );
  });

  it("gives each son his own office across articles", () => {
    expect(
      peopleOfTwo(
        "The council hailed the royal order issued by King Faris bin Khalid on Monday.",
        "Minister of Defence Prince Faris bin Saad bin Khalid met Foreign Minister Henrik Aaltonen in Riyadh on Monday.",
      ),
    ).toEqual([
      "Faris bin Khalid: King",
      "Faris bin Saad bin Khalid: Defence Minister",
      "Henrik Aaltonen: Foreign Minister",
    ]);
    expect(
      peopleOfTwo(
        "The session was chaired by Foreign Minister Sheikh Nasser Al-Fahad Al-Saleh Al-Rashed on Monday.",
        "Foreign Minister Henrik Aaltonen met the Emir Sheikh Nasser Al Hamad Al Rashed in Kuwait City on Monday.",
      ),
    ).toEqual([
      "Henrik Aaltonen: Foreign Minister",
      "Nasser Al Hamad Al Rashed: Emir",
      "Nasser Al-Fahad Al-Saleh Al-Rashed: Foreign Minister",
    ]);
  });

  it("keeps two sons named in one article apart", () => {
    expect(
      peopleIn([
        "Minister of Defence Prince Faris bin Saad bin Khalid and Minister of Interior Prince Faris bin Turki bin Khalid met Foreign Minister Henrik Aaltonen in Riyadh on Monday.",
      ]).map((p) => `${p.name}: ${p.role ?? "-"}`),
    ).toEqual([
      "Faris bin Saad bin Khalid: Defence Minister",
      "Faris bin Turki bin Khalid: Minister of Interior",
      "Henrik Aaltonen: Foreign Minister",
    ]);
  });
});
