// A short story's lines as a page gives them (headline, blank lines between paragraphs), and
// the paragraphs the reader should keep of it, for tests that add page furniture after it.
export const maritimePactLines = [
  "Norway and Peru sign maritime pact",
  "",
  "Defence ministers of Norway and Peru signed a maritime agreement in Lima on Tuesday.",
  "",
  "The two ministers also discussed training and joint patrols.",
];

export const maritimePactParagraphs = [
  "Defence ministers of Norway and Peru signed a maritime agreement in Lima on Tuesday.",
  "The two ministers also discussed training and joint patrols.",
];
