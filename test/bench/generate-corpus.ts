// A synthetic news archive for the benchmark, from a seeded generator (same corpus each run).
// What matters for scale is realistic: thousands of distinct officials (a cast per country and
// office, named from several naming traditions, who recur across years), hundreds of outlets,
// every place in the reference data, several templates per kind of event, several reports of
// one event by different outlets in different words, and the date styles news pages use
// (datelines with and without a year, page stamps, weekdays, month-day, ranges, "last month").
// Articles are 1–4 KB.

import countries from "../../src/pipeline/reference/countries.json";
import places from "../../src/pipeline/reference/places.json";
import outletsData from "../../src/pipeline/reference/outlets.json";
import type { SourceFile } from "../../src/pipeline/types";
import { MONTH_NAMES } from "../../src/shared/dates";
import { WEEKDAY_NAMES } from "../../src/pipeline/dates/words";

type Country = { name: string; adjective: string; capital: string; cities: string[] };
type Official = { name: string; office: string; country: Country };
type WorldEvent = {
  kind: Kind;
  day: Date;
  days: number;
  host: Country;
  guest: Country;
  a: Official;
  b: Official;
  place: string;
  topic: string;
};
type Kind = "talks" | "visit" | "call" | "summit" | "exercise" | "agreement" | "commission";

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const OFFICES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Defence Minister",
  "Deputy Foreign Minister",
  "Trade Minister",
  "Energy Minister",
  "Finance Minister",
  "National Security Adviser",
  "Chief of Army Staff",
  "Navy Chief",
  "Deputy Defence Minister",
  "Interior Minister",
  "Ambassador",
];
const GIVEN = [
  "Arjun Anil Rahul Vikram Sunil Ravi Kiran Manoj Deepak Ajay Priya Anita Meera Kavita Sunita",
  "Ivan Sergei Dmitry Alexei Nikolai Andrei Mikhail Pavel Oleg Yuri Olga Irina Natalia Elena Tatiana",
  "Wei Jun Hao Lei Ming Yan Hui Jing Xiaoming Zhiwei Li Na Fang",
  "Hiroshi Takeshi Kenji Yuki Haruto Sota Aiko Yumi Sakura Naoko",
  "Pierre Jean Louis Antoine Camille Julien Claire Sophie Amelie Marc",
  "James John Robert Michael David Sarah Emily Laura Daniel Thomas",
  "Ahmed Mohammed Omar Khalid Youssef Fatima Aisha Layla Hassan Karim",
  "Carlos Jose Luis Miguel Juan Ana Maria Lucia Diego Pedro",
  "Budi Agus Siti Dewi Joko Rizal Nguyen Thanh Minh Linh",
  "Kwame Kofi Ama Abena Chinedu Ngozi Oluwaseun Amina Thabo Zanele",
]
  .join(" ")
  .split(" ");
const FAMILY = [
  "Sharma Verma Gupta Iyer Nair Reddy Menon Rao Patel Mehta Kulkarni Bhat Chandra Joshi Singhal",
  "Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Volkov Sokolov Morozov Novikov Fedorov Orlov Belov Zaitsev Pavlov",
  "Zhang Wang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo",
  "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato",
  "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau",
  "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor",
  "Haddad Khalil Mansour Nasser Saleh Hamdan Farouk Aziz Rahman Qasim",
  "Garcia Rodriguez Martinez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores",
  "Santoso Wijaya Pratama Hidayat Tran Pham Hoang Vu Dang Bui",
  "Mensah Owusu Boateng Okafor Adeyemi Nwosu Dlamini Ndlovu Mokoena Kamau",
]
  .join(" ")
  .split(" ");
const TOPICS = [
  "defence cooperation",
  "energy security",
  "space research",
  "maritime security",
  "trade and investment",
  "counter-terrorism",
  "nuclear energy",
  "connectivity projects",
  "climate finance",
  "military-technical cooperation",
  "food security",
  "cyber security",
  "critical minerals",
  "pharmaceuticals",
  "civil aviation",
];
const EXERCISES = [
  "Shield",
  "Trident",
  "Falcon",
  "Monsoon",
  "Steppe",
  "Harbour",
  "Summit",
  "Eagle",
];
const DESKS = ["Bureau", "Correspondent", "News Desk", "Staff Reporter", "Online Desk"];

function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

/** The world the articles report: countries, their officials, outlets, and events. */
function world(count: number, seed: number) {
  const { int, pick, next } = generator(seed);
  const cityOf = new Map<string, string[]>();
  for (const p of places as { name: string; country: string }[])
    cityOf.set(p.country, [...(cityOf.get(p.country) ?? []), p.name]);
  const states: Country[] = (countries as { name: string; adjectives: string[] }[])
    .filter((c) => (cityOf.get(c.name)?.length ?? 0) > 0 && c.adjectives[0])
    .map((c) => {
      const cities = cityOf.get(c.name) ?? [];
      return {
        name: c.name,
        adjective: c.adjectives[0] ?? c.name,
        capital: cities[0] ?? c.name,
        cities,
      };
    });
  // Each country's offices are held by a succession of people over the years.
  const holders = new Map<string, Official[]>();
  const usedNames = new Set<string>();
  const person = (country: Country, office: string): Official => {
    for (;;) {
      const name = `${pick(GIVEN)} ${pick(FAMILY)}`;
      if (usedNames.has(name)) continue;
      usedNames.add(name);
      return { name, office, country };
    }
  };
  for (const c of states)
    for (const office of OFFICES)
      holders.set(
        `${c.name}|${office}`,
        Array.from({ length: 2 + int(3) }, () => person(c, office)),
      );
  const officialAt = (c: Country, office: string, year: number) => {
    const list = holders.get(`${c.name}|${office}`) ?? [person(c, office)];
    return list[
      Math.min(list.length - 1, Math.floor(((year - 2010) / 16) * list.length))
    ] as Official;
  };
  const agencies = outletsData.agencies.map((a) => a.name);
  const outlets = [
    ...outletsData.outlets.map((o) => o.name),
    // Regional papers: hundreds of distinct outlets in a large archive.
    ...states.flatMap((c) => [
      `The ${c.capital} Herald`,
      `${c.adjective} Daily News`,
      `${c.capital} Post`,
    ]),
  ];
  const kinds: Kind[] = ["talks", "visit", "call", "summit", "exercise", "agreement", "commission"];
  const events: WorldEvent[] = Array.from({ length: Math.max(1, Math.ceil(count / 2.5)) }, () => {
    const host = pick(states);
    let guest = pick(states);
    while (guest === host) guest = pick(states);
    const day = new Date(Date.UTC(2010 + int(16), int(12), 1 + int(28)));
    const year = day.getUTCFullYear();
    const kind = pick(kinds);
    const office =
      kind === "summit"
        ? pick(["President", "Prime Minister"])
        : kind === "exercise"
          ? "Navy Chief"
          : pick(OFFICES);
    return {
      kind,
      day,
      days: kind === "visit" || kind === "exercise" ? 2 + int(5) : kind === "summit" ? 2 : 1,
      host,
      guest,
      a: officialAt(guest, office, year),
      b: officialAt(host, office, year),
      place: next() < 0.6 ? host.capital : pick(host.cities),
      topic: pick(TOPICS),
    };
  });
  return { states, events, agencies, outlets, officialAt };
}

const ordinal = (n: number) =>
  `${n}${["th", "st", "nd", "rd"][n % 100 > 10 && n % 100 < 14 ? 0 : Math.min(n % 10, 4) % 4] ?? "th"}`;

export function generateCorpus(count: number, seed = 42): SourceFile[] {
  const w = world(count, seed);
  const { int, pick, next } = generator(seed * 7 + 1);
  const md = (d: Date) => `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`;
  const dm = (d: Date) => `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`;
  const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
  const titled = (o: Official, own = false) =>
    own ? `${o.office} ${o.name}` : `${o.country.adjective} ${o.office} ${o.name}`;

  const lead = (e: WorldEvent, when: string, published: Date): string[] => {
    const A = titled(e.a);
    const B = titled(e.b);
    const end = addDays(e.day, e.days - 1);
    const range = e.days > 1 ? `from ${md(e.day)} to ${end.getUTCDate()}` : `on ${md(e.day)}`;
    const exercise = `${pick(EXERCISES)}-${e.day.getUTCFullYear()}`;
    const byKind: Record<Kind, string[]> = {
      talks: [
        `${A} held talks with ${B} in ${e.place} ${when}, focusing on ${e.topic}.`,
        `${A} met ${B} ${when} in ${e.place} to discuss ${e.topic}, officials said.`,
        `${B} and ${A} met in ${e.place} ${when} and reviewed ${e.topic}.`,
      ],
      visit: [
        `${A} began a ${e.days}-day visit to ${e.host.name} ${when}, his first since taking office.`,
        `${A} arrived in ${e.place} ${when} for an official visit ${range}, the ministry said.`,
        `${A} will visit ${e.host.name} ${range}, a statement said on ${WEEKDAY_NAMES[published.getUTCDay()]}.`,
      ],
      call: [
        `${A} held a telephone conversation with ${B} ${when} on ${e.topic}.`,
        `${A} spoke by phone with ${B} ${when}, the two sides said in separate readouts.`,
      ],
      summit: [
        `${A} and ${B} held the ${ordinal(3 + int(20))} annual summit in ${e.place} ${range}.`,
        `Leaders of ${e.host.name} and ${e.guest.name} met for their annual summit in ${e.place} ${when}, where ${A} and ${B} discussed ${e.topic}.`,
      ],
      exercise: [
        `The navies of ${e.host.name} and ${e.guest.name} began the joint exercise ${exercise} off ${e.place} ${when}.`,
        `The joint naval exercise ${exercise}, being held ${range}, was opened by ${B} and ${A}.`,
      ],
      agreement: [
        `${e.host.name} and ${e.guest.name} signed an agreement on ${e.topic} in ${e.place} ${when} in the presence of ${A} and ${B}.`,
        `${A} and ${B} signed a memorandum of understanding on ${e.topic} ${when}.`,
      ],
      commission: [
        `The ${ordinal(5 + int(20))} meeting of the ${e.host.adjective}-${e.guest.adjective} Inter-Governmental Commission was held in ${e.place} ${when}, co-chaired by ${A} and ${B}.`,
        `${A} and ${B} co-chaired the joint commission on ${e.topic} in ${e.place} ${when}.`,
      ],
    };
    return [pick(byKind[e.kind])];
  };

  const filler = (e: WorldEvent, year: number): string => {
    const other = w.officialAt(e.host, pick(OFFICES), year);
    const third = w.officialAt(pick(w.states), pick(OFFICES), year);
    return pick([
      `Trade between ${e.host.name} and ${e.guest.name} reached $${1 + int(90)}.${int(10)} billion in ${year - 1}, according to official figures.`,
      `${titled(other)} said the two countries shared "a long and trusted partnership" in ${e.topic}.`,
      `Analysts said the talks were closely watched in ${pick(w.states).name} and ${pick(w.states).name}.`,
      `The two sides also discussed regional issues, including the situation in ${pick(w.states).name}.`,
      `${titled(third)} is expected to travel to ${e.host.capital} later this year, diplomats said.`,
      `Both countries have expanded cooperation in ${pick(TOPICS)} and ${pick(TOPICS)} over the past decade.`,
      `"We have agreed to take our relationship to a new level," ${e.a.name} told reporters in ${e.place}.`,
      `Officials did not give details of the agreements, but said a joint statement would follow.`,
      `The previous round of talks was held in ${pick(e.guest.cities)} in ${MONTH_NAMES[int(12)]} ${year - 1 - int(3)}.`,
      `The ministry said the visit would "give fresh momentum" to ties in ${e.topic} and ${pick(TOPICS)}.`,
    ]);
  };

  return Array.from({ length: count }, (_, i) => {
    const e = pick(w.events);
    const year = e.day.getUTCFullYear();
    // Published the same day, the next, or a few days later.
    const published = addDays(e.day, pick([0, 0, 1, 1, 2, 3, 6]));
    const lag = Math.round((published.getTime() - e.day.getTime()) / 86_400_000);
    const when =
      lag === 0
        ? pick(["on Monday", "today", `on ${WEEKDAY_NAMES[e.day.getUTCDay()]}`, `on ${md(e.day)}`])
        : lag < 7
          ? pick([`on ${WEEKDAY_NAMES[e.day.getUTCDay()]}`, `on ${md(e.day)}`, `on ${dm(e.day)}`])
          : `on ${md(e.day)}, ${year}`;
    const agency = next() < 0.6 ? pick(w.agencies) : null;
    const outlet = pick(w.outlets);
    const city = e.place.toUpperCase();
    const datelineStyles = [
      `${city}, ${md(published)} (${agency ?? "PTI"}) —`,
      `${e.place}, ${SHORT[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()} (${agency ?? "Reuters"})`,
      `${city}:`,
      `${e.place}, ${dm(published)}:`,
    ];
    const stamps = [
      `Updated: ${SHORT[published.getUTCMonth()]} ${String(published.getUTCDate()).padStart(2, "0")}, ${published.getUTCFullYear()} ${10 + int(12)}:${String(int(60)).padStart(2, "0")} IST`,
      `Published on ${dm(published)} ${published.getUTCFullYear()}`,
      `${WEEKDAY_NAMES[published.getUTCDay()]}, ${md(published)}, ${published.getUTCFullYear()}`,
      "",
    ];
    const headline = pick([
      `${e.guest.name}, ${e.host.name} discuss ${e.topic}`,
      `${e.a.name} in ${e.place} for talks on ${e.topic}`,
      `${e.host.adjective}, ${e.guest.adjective} leaders agree to deepen ${e.topic}`,
      `${e.a.country.adjective} ${e.a.office} visits ${e.host.name}`,
    ]);
    const byline = agency ? "" : `${outlet} ${pick(DESKS)}\n\n`;
    const paragraphs = [lead(e, when, published).join(" ")];
    const target = 1024 + int(3 * 1024);
    let size = headline.length + paragraphs[0]!.length;
    while (size < target) {
      const p = Array.from({ length: 1 + int(3) }, () => filler(e, year)).join(" ");
      paragraphs.push(p);
      size += p.length;
    }
    const stamp = pick(stamps);
    const text = `${headline}\n\n${byline}${stamp ? `${stamp}\n\n` : ""}${pick(datelineStyles)} ${paragraphs.join("\n\n")}\n\n${agency ? `(${agency})` : `Follow ${outlet} on Google News`}\n`;
    return { file: `${String(i).padStart(6, "0")}_synthetic.txt`, text };
  });
}
