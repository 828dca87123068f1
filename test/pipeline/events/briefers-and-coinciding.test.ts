// @vitest-environment node
// People named beside a visit who take no part in it: an official briefing the media on it
// ("Foreign Secretary X, at a media briefing, said the visit will be a short one"), a visitor
// whose visit it only coincides with ("His visit coincides with that of X"), and a spokesperson
// named before "His visit", who is not whom "His" means; an aide who ends a sentence
// saying a quote in which someone else acts. (Written sentences; the people are
// not in the reference data.)
import { describe, expect, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { participantsOf } from "../stage-inputs";

describe("people beside a visit who take no part in it", () => {
  itIsAboutPeopleTheReferenceDoesNotList([
    "Lena Berg",
    "Tomas Lund",
    "Chidi Okafor",
    "Peter Mwangi",
  ]);

  it("leaves out an official who briefs the media on the visit", () => {
    const found = participantsOf([
      "Prime Minister Tomas Lund will visit Nigeria from May 12 to 13.",
      "Foreign Secretary Lena Berg, at a media briefing, said the visit will be a short one.",
    ]);
    expect(found.flat()).toContain("Tomas Lund");
    expect(found.flat()).not.toContain("Lena Berg");
  });

  it("leaves out the visitor whose visit it only coincides with", () => {
    const found = participantsOf([
      "Nigerian Foreign Minister Chidi Okafor arrived in Oslo on May 8 on a two-day visit.",
      "His visit to Norway coincides with that of Kenyan Foreign Minister Peter Mwangi.",
    ]);
    expect(found.flat()).toContain("Chidi Okafor");
    expect(found.flat()).not.toContain("Peter Mwangi");
  });

  it("does not take a spokesperson for the one 'His visit' means", () => {
    const found = participantsOf([
      "Nigerian Foreign Minister Chidi Okafor arrived in Oslo on Thursday on a two-day official visit.",
      "(Video: Foreign Ministry Spokesperson Lena Berg)",
      "The Nigerian foreign minister arrived in Norway after a two-day visit to Sweden. His visit to Norway coincides with that of Kenyan Foreign Minister Peter Mwangi.",
    ]);
    expect(found.flat()).not.toContain("Lena Berg");
    expect(found.flat()).not.toContain("Peter Mwangi");
  });
  it("leaves out the aide who ends the sentence saying a quote, not one who speaks as 'we'", () => {
    const found = participantsOf([
      '"The President is leaving for Nigeria on May 12," his foreign policy aide Lena Berg told reporters.',
      '"We held useful talks in Abuja on May 9," Tomas Lund told reporters.',
    ]);
    expect(found.flat()).not.toContain("Lena Berg");
    expect(found.flat()).toContain("Tomas Lund");
  });
});
