// A synthetic news corpus for the benchmark: articles recombined from sentence templates,
// in the agency styles the reader understands, from a seeded generator (same corpus each run).

import type { SourceFile } from "../../src/pipeline/types";

const PLACES = [
  "New Delhi",
  "Moscow",
  "Beijing",
  "Tokyo",
  "Paris",
  "Washington",
  "Geneva",
  "Vladivostok",
];
const COUNTRIES = [
  "India",
  "Russia",
  "China",
  "Japan",
  "France",
  "the United States",
  "Germany",
  "Brazil",
];
const OFFICIALS = [
  "Defence Minister Rajnath Singh",
  "Foreign Minister Sergey Lavrov",
  "External Affairs Minister S Jaishankar",
  "President Vladimir Putin",
  "Prime Minister Narendra Modi",
  "Defence Minister Andrei Belousov",
  "Foreign Minister Wang Yi",
  "Defence Minister Minoru Kihara",
  "Armed Forces Minister Sebastien Lecornu",
];
const AGENCIES = ["PTI", "ANI", "IANS", "Reuters", "TASS", "AFP"];
const MONTHS = [
  "Jan",
  "Feb",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const TOPICS = [
  "defence cooperation",
  "energy supplies",
  "space research",
  "naval exercises",
  "trade and investment",
  "military-technical cooperation",
];

const SENTENCES = [
  "{o1} and {o2} held talks in {place} on {wd} on {topic}, officials said.",
  "The two sides signed an agreement on {topic} during the visit, which ran from {wd} to Friday.",
  "{o1} said {c1} was ready to deepen {topic} with {c2}.",
  "Earlier this month, {o2} held a telephone conversation with {o1} on {topic}.",
  "{o1} will travel to {place} in {month} for the annual summit.",
  "The previous round of talks was held in {place} on {md}, {year}.",
  '"We have agreed to expand {topic}," {o1} told reporters after the meeting.',
  "Both countries last held a joint exercise in {year}, the ministry said.",
  "The {n}th meeting of the joint commission on {topic} took place in {place} last month.",
  "{o2} is expected to visit {c1} next year, according to a statement.",
];

function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

export function generateCorpus(count: number, seed = 42): SourceFile[] {
  const { next, pick } = generator(seed);
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case "o1":
        case "o2":
          return pick(OFFICIALS);
        case "c1":
        case "c2":
          return pick(COUNTRIES);
        case "place":
          return pick(PLACES);
        case "wd":
          return pick(WEEKDAYS);
        case "topic":
          return pick(TOPICS);
        case "month":
          return pick(MONTHS.filter((m) => m.length > 4));
        case "md":
          return `${pick(MONTHS)} ${1 + Math.floor(next() * 28)}`;
        case "year":
          return String(2015 + Math.floor(next() * 10));
        default:
          return String(10 + Math.floor(next() * 20));
      }
    });
  return Array.from({ length: count }, (_, i) => {
    const year = 2016 + Math.floor(next() * 10);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const agency = pick(AGENCIES);
    const headline = fill(`{c1}, {c2} discuss {topic} in {place}`);
    const dateline = `${pick(PLACES)}, ${MONTHS[month]} ${day} (${agency})`;
    const stamp = `Updated: ${MONTHS[month]?.slice(0, 3)} ${String(day).padStart(2, "0")}, ${year} 10:00 IST`;
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 8) }, () =>
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => fill(pick(SENTENCES))).join(" "),
    );
    const text = `${headline}\n\n${stamp}\n\n${dateline} ${paragraphs.join("\n\n")}\n\nFollow us on Google News\n`;
    return { file: `${String(i).padStart(5, "0")}_synthetic.txt`, text };
  });
}
