// @vitest-environment node
// Events a sentence names but that were not held: a trip denied together with the occasion it
// was for, a plan that fell through, an invitation, a denial.
import { describe, it } from "vitest";
import { itIsAboutPeopleTheReferenceDoesNotList } from "../reference-guard";
import { expectEventTypesOf } from "../stage-inputs";

describe("events named but not held", () => {
  itIsAboutPeopleTheReferenceDoesNotList(["Odile Marchetti", "Tavita Lemalu"]);

  it("drops a denied trip and the summit it was for, keeping the rest of the sentence", () => {
    expectEventTypesOf([
      [
        "It emerged on Tuesday that Prime Minister Odile Marchetti will not be travelling to Apia for the annual summit this year.",
        [],
      ],
      [
        "Prime Minister Odile Marchetti will not be travelling to Apia, but President Tavita Lemalu will attend the annual summit on Friday.",
        ["summit"],
      ],
    ]);
  });

  it("drops a visit offered by an extended invitation and a meeting the sentence puts off", () => {
    expectEventTypesOf([
      [
        "On Tuesday, Prime Minister Odile Marchetti extended an invitation to President Tavita Lemalu to visit Apia.",
        [],
      ],
      [
        "On Tuesday, Odile Marchetti and Tavita Lemalu postponed a so-called two-plus-two meeting that was planned for Friday.",
        [],
      ],
    ]);
  });

  it("drops exercises the sentence says were cancelled like another's", () => {
    expectEventTypesOf([
      [
        "The annual Coral Shield drills began in March 2019, shortly after Tavita Lemalu cancelled similar exercises with Samoa.",
        ["exercise"],
      ],
    ]);
  });

  // Headline style drops the article: "cancels Oman visit" calls the visit off all the same.
  it("drops a visit a headline-style line says was cancelled, keeping the meeting", () => {
    expectEventTypesOf([
      ["On Monday, Odile Marchetti meets Gulf leaders, cancels Oman visit", ["talks"]],
      ["On Monday, Odile Marchetti postponed Apia trip over the storm.", []],
    ]);
  });

  // "the exchange of visits" is visits each way, arranged or wished for: no visit held.
  it("drops visits the sentence tells an exchange of", () => {
    expectEventTypesOf([
      [
        "On Thursday, Admiral Odile Marchetti announced the exchange of visits with no specifics.",
        [],
      ],
      ["Odile Marchetti and Tavita Lemalu agreed to step up exchanges of high-level visits.", []],
    ]);
  });

  it("still tells the meeting beside an extended invitation, and a postponed summit held", () => {
    expectEventTypesOf([
      [
        "On Tuesday, Prime Minister Odile Marchetti met President Tavita Lemalu and extended an invitation to him to visit Apia.",
        ["talks"],
      ],
      [
        "On Monday, the postponed summit of Odile Marchetti and Tavita Lemalu was held in Apia.",
        ["summit"],
      ],
    ]);
  });

  it("drops a plan that fell through, an invitation and a denial", () => {
    expectEventTypesOf([
      [
        "Prime Minister Odile Marchetti had planned to travel to Apia last summer, but the trip was put off.",
        [],
      ],
      [
        "On Tuesday, President Tavita Lemalu invited Prime Minister Odile Marchetti to visit Apia.",
        [],
      ],
      [
        "Last year, the ministry of Odile Marchetti denied reports that it had agreed to export tanks.",
        [],
      ],
    ]);
  });

  it("still tells a visit made at someone's invitation", () => {
    expectEventTypesOf([
      [
        "Prime Minister Odile Marchetti arrived in Apia on Tuesday at the invitation of President Tavita Lemalu.",
        ["visit"],
      ],
    ]);
  });
  it("drops a meeting decided against, refused, not gone ahead or put off after its day was set", () => {
    expectEventTypesOf([
      [
        "On Thursday, President Tavita Lemalu said the other side decided against the meeting with Prime Minister Odile Marchetti.",
        [],
      ],
      [
        "Apia rejected a proposal for Prime Minister Odile Marchetti to meet President Tavita Lemalu in Geneva last week.",
        [],
      ],
      [
        'On Wednesday, Prime Minister Odile Marchetti regretted that the sought meeting with President Tavita Lemalu "did not go forward."',
        [],
      ],
      [
        "The phone call with Minister Odile Marchetti was scheduled for May 6, but was rescheduled.",
        [],
      ],
    ]);
  });

  it("still tells a meeting that went ahead", () => {
    expectEventTypesOf([
      [
        "On Thursday, Prime Minister Odile Marchetti met President Tavita Lemalu, and the meeting went ahead as planned.",
        ["talks"],
      ],
    ]);
  });
});
