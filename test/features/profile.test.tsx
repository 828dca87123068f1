import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { payloads } from "../fixtures/ui/load-fixture";
import { currentParams, renderApp } from "../app/render-app";
import { TimelineViewStub } from "../app/timeline-stub";

vi.mock("../../src/features/timeline/timeline-view", () => ({ TimelineView: TimelineViewStub }));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const profileOf = (name: string) => screen.findByRole("article", { name });
const facts = (profile: HTMLElement) =>
  Object.fromEntries(
    within(profile)
      .getAllByRole("term")
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

describe("an official's profile", () => {
  it("opens from a link with role, country, events, first and last mention", async () => {
    renderApp("?official=anita-rao&view=profile");
    const profile = await profileOf("Anita Rao");
    expect(screen.getByRole("heading", { name: "Official profile" })).toBeVisible();
    expect(facts(profile)).toEqual({
      Role: "Defence Minister",
      Country: "India",
      "Also named": "Rao, Defence Minister Anita Rao",
      Events: "2 — 10 February 2020 to 24 June 2021",
      "First mention": `11 February 2020 — ${payloads.outlet}, ${payloads.articleTitle}`,
      "Last mention": "24 June 2021 — Test Wire, Defence ministers meet in Moscow",
    });
    // Article text stays text: the payload headline is shown, never parsed.
    expect(profile.querySelector("img, script")).toBeNull();
    expect(
      within(profile).getByRole("img", { name: /2 dated events, 2020 to 2021$/ }),
    ).toBeVisible();
  });

  it("lists every event in date order, each opening its detail", async () => {
    const { user } = renderApp("?official=anita-rao&view=profile");
    const profile = await profileOf("Anita Rao");
    const events = within(profile).getAllByRole("list")[0] as HTMLElement;
    expect(
      within(events)
        .getAllByRole("listitem")
        .map((li) => li.firstElementChild?.textContent),
    ).toEqual(["10 February 2020", "24 June 2021"]);
    await user.click(
      within(events).getByRole("button", { name: "Defence ministers meet in Moscow" }),
    );
    expect(currentParams().get("event")).toBe("2021-06-24-ministerial-meeting-moscow");
    expect(
      await screen.findByRole("article", { name: "Defence ministers meet in Moscow" }),
    ).toBeVisible();
    expect(within(events).getAllByRole("listitem")[1]).toHaveAttribute("aria-current", "true");
  });

  it("counts co-participants and outlets; a co-participant opens their own profile", async () => {
    const { user } = renderApp("?official=anita-rao&view=profile&year=2021");
    const profile = await profileOf("Anita Rao");
    expect(
      within(profile).getByRole("button", { name: "1 shared event with Pavel Orlov" }),
    ).toBeVisible();
    expect(profile).toHaveTextContent("Test Wire — 1 article, 1 event");
    // The whole record, whatever the other filters, and the page says so.
    expect(screen.getByText(/covers the official’s whole record/)).toBeVisible();
    await user.click(within(profile).getByRole("button", { name: "Pavel Orlov" }));
    expect(currentParams().getAll("official")).toEqual(["pavel-orlov"]);
    expect(currentParams().get("view")).toBe("profile");
    const next = await profileOf("Pavel Orlov");
    expect(within(next).getByRole("heading", { name: "Pavel Orlov" })).toHaveFocus();
    expect(facts(next).Country).toBe("Russia");
  });

  it("shows the events two officials share from the count, with no other filter", async () => {
    const { user } = renderApp("?official=anita-rao&view=profile&year=2020");
    const profile = await profileOf("Anita Rao");
    await user.click(
      within(profile).getByRole("button", { name: "1 shared event with Pavel Orlov" }),
    );
    expect(currentParams().toString()).toBe("pair=anita-rao%2Bpavel-orlov");
    expect(await screen.findByRole("heading", { name: "Timeline — 1 event" })).toBeVisible();
    expect(
      screen.getByRole("button", {
        name: "Remove filter Officials together: Anita Rao and Pavel Orlov",
      }),
    ).toBeVisible();
  });

  it("is reached from a participant's name in an event's details", async () => {
    const { user } = renderApp("?event=2023-12-06-summit-new-delhi");
    const detail = await screen.findByRole("article", { name: "Summit in New Delhi" });
    await user.click(within(detail).getByRole("button", { name: "Ivan Petrov — profile" }));
    expect(currentParams().toString()).toBe("official=ivan-petrov&view=profile");
    const profile = await profileOf("Ivan Petrov");
    expect(within(profile).getByRole("heading", { name: "Ivan Petrov" })).toHaveFocus();
    expect(screen.queryByRole("article", { name: "Summit in New Delhi" })).toBeNull();
  });

  it("is reached from the officials facet", async () => {
    const { user } = renderApp("?year=2023");
    const officials = await screen.findByRole("group", { name: "Officials" });
    await user.click(within(officials).getByRole("button", { name: "Profile of Vikram Sen" }));
    expect(currentParams().getAll("official")).toEqual(["vikram-sen"]);
    expect(currentParams().get("view")).toBe("profile");
    expect(await profileOf("Vikram Sen")).toBeVisible();
  });

  it("offers every official to choose from when none is named", async () => {
    const { user } = renderApp("?view=profile");
    expect(await screen.findByRole("heading", { name: "Official profiles" })).toBeVisible();
    const directory = screen.getByRole("list", { name: "Officials, most events first" });
    expect(within(directory).getAllByRole("listitem")).toHaveLength(5);
    await user.type(screen.getByRole("searchbox", { name: "Find an official" }), "russia");
    expect(
      within(directory)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Ivan Petrov", "Pavel Orlov"]);
    await user.click(within(directory).getByRole("button", { name: "Pavel Orlov" }));
    expect(await profileOf("Pavel Orlov")).toBeVisible();
  });

  it("drops a link to someone the dataset does not have, with the notice", async () => {
    renderApp("?official=person-nobody&view=profile");
    expect(await screen.findByRole("heading", { name: "Official profiles" })).toBeVisible();
    expect(currentParams().toString()).toBe("view=profile");
    expect(screen.getByText(/official=person-nobody/)).toBeVisible();
  });
});
