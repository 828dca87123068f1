// @vitest-environment node
// Events a sentence names but that were not held: a trip denied together with the occasion it
// was for, a plan that fell through, an invitation, a denial.
import { describe, expect, it } from "vitest";
import { knownToReference } from "../reference-guard";
import { eventTypesOf as typesOf } from "../stage-inputs";

describe("events named but not held", () => {
  it("is about people the reference data does not list", () => {
    expect(knownToReference(["Odile Marchetti", "Tavita Lemalu"])).toEqual([]);
  });

  it("drops a denied trip and the summit it was for, keeping the rest of the sentence", () => {
    expect(
      typesOf(
        "It emerged on Tuesday that Prime Minister Odile Marchetti will not be travelling to Apia for the annual summit this year.",
      ),
    ).toEqual([]);
    expect(
      typesOf(
        "Prime Minister Odile Marchetti will not be travelling to Apia, but President Tavita Lemalu will attend the annual summit on Friday.",
      ),
    ).toEqual(["summit"]);
  });

  it("drops a plan that fell through, an invitation and a denial", () => {
    expect(
      typesOf(
        "Prime Minister Odile Marchetti had planned to travel to Apia last summer, but the trip was put off.",
      ),
    ).toEqual([]);
    expect(
      typesOf(
        "On Tuesday, President Tavita Lemalu invited Prime Minister Odile Marchetti to visit Apia.",
      ),
    ).toEqual([]);
    expect(
      typesOf(
        "Last year, the ministry of Odile Marchetti denied reports that it had agreed to export tanks.",
      ),
    ).toEqual([]);
  });

  it("still tells a visit made at someone's invitation", () => {
    expect(
      typesOf(
        "Prime Minister Odile Marchetti arrived in Apia on Tuesday at the invitation of President Tavita Lemalu.",
      ),
    ).toEqual(["visit"]);
  });
  it("drops a meeting decided against, refused, not gone ahead or put off after its day was set", () => {
    expect(
      typesOf(
        "On Thursday, President Tavita Lemalu said the other side decided against the meeting with Prime Minister Odile Marchetti.",
      ),
    ).toEqual([]);
    expect(
      typesOf(
        "Apia rejected a proposal for Prime Minister Odile Marchetti to meet President Tavita Lemalu in Geneva last week.",
      ),
    ).toEqual([]);
    expect(
      typesOf(
        'On Wednesday, Prime Minister Odile Marchetti regretted that the sought meeting with President Tavita Lemalu "did not go forward."',
      ),
    ).toEqual([]);
    expect(
      typesOf(
        "The phone call with Minister Odile Marchetti was scheduled for May 6, but was rescheduled.",
      ),
    ).toEqual([]);
  });

  it("still tells a meeting that went ahead", () => {
    expect(
      typesOf(
        "On Thursday, Prime Minister Odile Marchetti met President Tavita Lemalu, and the meeting went ahead as planned.",
      ),
    ).toEqual(["talks"]);
  });
});
