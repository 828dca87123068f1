// @vitest-environment node
// Three ways pages give their day that the reader missed (written pages): a year-first date
// with full stops and a time on a line of its own ("2023.05.30 04:17", as East Asian sites
// stamp), a briefing's date with its hour and room ("6 March 2025 at 14.00 hrs. at Press
// Conference Room, Ministry of Foreign Affairs"), and a release whose lede opens with its full
// date and a dash ("18 April 2016 - The Prime Minister today met ...", also under a line that
// hands over to it with a colon). Each also keeps what
// it must not take: a year-first date inside a sentence, a long line of words after a date, a
// date and a dash before lower-case words.
import { describe, expect, it } from "vitest";
import { readArticle } from "../../../src/pipeline/read-article";
import { parseDateline } from "../../../src/pipeline/read/dateline";
import { fullDateAt } from "../../../src/pipeline/read/full-date";
import { findStamp } from "../../../src/pipeline/read/stamps";

const stamped = `World

Harbour pact agreed as envoys meet

2023.05.30 04:17

LISBON (Wire) - Portugal's envoy Rui Almeida met Norway's envoy Ola Berg on Tuesday, the ministry said.
`;

const briefing = `Summary of Weekly Press Briefing by the Spokesperson
6 March 2025 at 14.00 hrs. at Press Conference Room, Ministry of Foreign Affairs

- Foreign Minister Lena Roth visited Oslo on 2 March and met Norway's Foreign Minister Ola Berg.
`;

const release = `Harbour pact signed in Lisbon

18 April 2016 - Prime Minister Rui Almeida today met Norway's Prime Minister Ola Berg in Lisbon for talks on a harbour pact.

"The pact serves both our countries," Mr Almeida said.
`;

// Lines without blank lines between them, the first handing over with a colon.
const introduced = `Our ministers are on the move, and you can read what they did below:
18 April 2016 - Prime Minister Rui Almeida today met Norway's Prime Minister Ola Berg in Lisbon for talks on a harbour pact.
"The pact serves both our countries," Mr Almeida said.
`;

describe("a year-first date with full stops", () => {
  it("is a full date, as with slashes", () => {
    expect(fullDateAt("2023.05.30 04:17")?.iso).toBe("2023-05-30");
    expect(fullDateAt("2018/3/28")?.iso).toBe("2018-03-28");
    expect(fullDateAt("2023.02.30")).toBeNull();
  });

  it("with its time on a line of its own, dates the story", () => {
    expect(findStamp("2023.05.30 04:17")?.date).toBe("2023-05-30");
    const a = readArticle({ file: "pact.txt", text: stamped }, { today: "2026-12-08" });
    expect([a.published, a.publishedFrom]).toEqual(["2023-05-30", "text"]);
  });

  it("inside a sentence is no stamp", () => {
    expect(findStamp("The fund was set up on 2023.05.30 by the two ministries.")).toBeNull();
  });
});

describe("a briefing's date with its hour and room", () => {
  it("is a stamp", () => {
    expect(
      findStamp("6 March 2025 at 14.00 hrs. at Press Conference Room, Ministry of Foreign Affairs")
        ?.date,
    ).toBe("2025-03-06");
  });

  it("dates the briefing", () => {
    const a = readArticle({ file: "briefing.txt", text: briefing }, { today: "2026-12-08" });
    expect(a.published).toBe("2025-03-06");
  });

  it("is no stamp when words, not a room, follow the time", () => {
    expect(
      findStamp("6 March 2025 at 14.00 the two ministers met again to talk about the harbour"),
    ).toBeNull();
  });
});

describe("a lede that opens with its full date and a dash", () => {
  it("is a dateline with that date", () => {
    const d = parseDateline("18 April 2016 - Prime Minister Rui Almeida today met Ola Berg.");
    expect([d?.year, d?.month, d?.day]).toEqual([2016, 4, 18]);
    expect(parseDateline("18 April 2016 – Talks went on.")?.day).toBe(18);
  });

  it("dates the story, and its 'today' with it", () => {
    const a = readArticle({ file: "release.txt", text: release }, { today: "2026-12-08" });
    expect([a.published, a.publishedFrom]).toEqual(["2016-04-18", "text"]);
  });

  it("stays apart from an introduction that hands over with a colon", () => {
    const a = readArticle({ file: "intro.txt", text: introduced }, { today: "2026-12-08" });
    expect([a.published, a.publishedFrom]).toEqual(["2016-04-18", "text"]);
  });

  it("is no dateline before lower-case words or without its year", () => {
    expect(parseDateline("18 April 2016 - and the talks went on.")).toBeNull();
    expect(parseDateline("18 April - Prime Minister Rui Almeida met Ola Berg.")).toBeNull();
  });
});
