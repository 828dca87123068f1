import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Chip } from "../../src/components/chip";
import { HighlightedText } from "../../src/components/highlighted-text";
import { isolateText } from "../../src/components/isolate-text";

const controls = /[\u202a-\u202e\u2066-\u2069]/;

describe("data strings in the page", () => {
  it("are isolated in <bdi> without their own override and isolate controls", () => {
    const title = "\u2069Pact \u202Esigned\u2066 \u2067 \u2068 today\u202C";
    const { container } = render(
      <p>
        <HighlightedText text={title} hits={[{ start: 1, end: 5 }]} /> — outlet, 5 June 2017
      </p>,
    );
    const bdi = container.querySelector("bdi");
    expect(bdi?.textContent).toBe("Pact signed   today");
    expect(bdi?.querySelector("mark")?.textContent).toBe("Pact");
    expect(controls.test(container.textContent ?? "")).toBe(false);
  });

  it("keep the marks that give Arabic or Hebrew text its direction", () => {
    const { container } = render(<HighlightedText text={"\u200fשלום\u200e"} />);
    expect(container.textContent).toBe("\u200fשלום\u200e");
  });

  it("are isolated in chips and in <option> text too", () => {
    const { container } = render(<Chip label={"\u202Eevil"} removeLabel="x" onRemove={() => {}} />);
    expect(container.querySelector("bdi")?.textContent).toBe("evil");
    expect(isolateText("a\u2069\u202Eb")).toBe("\u2068ab\u2069");
  });
});
