// @vitest-environment node
// An office whose portfolio list goes on after the known title with "and" ("Minister of
// Defence" + " and Military Veterans"): the person's name follows the rest of the list.
import { describe, expect, it } from "vitest";
import { namesIn } from "./people-of";

describe("portfolio list after a title", () => {
  it("reads the person after a portfolio list joined by 'and'", () => {
    expect(
      namesIn(["The guests met Minister of Defence and Military Veterans Nomsa Dube in Pretoria."]),
    ).toEqual(["Nomsa Dube"]);
    expect(
      namesIn([
        "The Minister for Home Affairs and Border Security Petra Lindgren arrives on Monday.",
      ]),
    ).toEqual(["Petra Lindgren"]);
  });

  it("still reads two people joined by 'and' after their titles", () => {
    expect(
      namesIn(["Minister of Defence and Foreign Minister Carla Reyes met the envoy."]),
    ).toEqual(["Carla Reyes"]);
    expect(namesIn(["President Nakamura and Prime Minister Ola Berg met on Monday."])).toEqual([
      "Nakamura",
      "Ola Berg",
    ]);
  });
});
