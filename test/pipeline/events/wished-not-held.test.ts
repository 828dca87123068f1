// @vitest-environment node
// Events only wished for or missed: a readiness or aim to visit, a meeting someone "would
// welcome", a visit someone was not able to make. None was held.
import { describe, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { expectEventTypesOf } from "../stage-inputs";

describe("events wished for or missed", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("drops a readiness, an aim or a wish to meet", () => {
    expectEventTypesOf([
      [
        "On Tuesday, Prime Minister Odile Marchetti declared her readiness to visit Apia at the invitation of its leaders.",
        [],
      ],
      ["President Tavita Lemalu is aiming to visit all the island states this year.", []],
      [
        'On Tuesday, President Tavita Lemalu said he would welcome "any opportunity" to meet with Prime Minister Odile Marchetti.',
        [],
      ],
    ]);
  });

  it("drops a readiness to arrive, whose trigger opens with the cue's own 'to'", () => {
    expectEventTypesOf([
      [
        "On Tuesday, Prime Minister Odile Marchetti confirmed that President Tavita Lemalu is ready to arrive in Apia.",
        [],
      ],
    ]);
  });

  it("drops a visit that could not be made", () => {
    expectEventTypesOf([
      [
        "On Tuesday, Prime Minister Odile Marchetti regretted that President Tavita Lemalu was not able to conduct his first visit in person.",
        [],
      ],
    ]);
  });

  it("still tells a visit made, and the meeting beside a stated readiness", () => {
    expectEventTypesOf([
      [
        "On Tuesday, Prime Minister Odile Marchetti visited Apia at the invitation of its leaders.",
        ["visit"],
      ],
      [
        "At a meeting with President Tavita Lemalu on Tuesday, Prime Minister Odile Marchetti declared her readiness to visit Apia.",
        ["talks"],
      ],
      ["President Tavita Lemalu is due to arrive in Apia on Tuesday.", ["visit"]],
    ]);
  });
});
