// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../src/pipeline/types";
import { readArticleOf } from "./stage-inputs";
import { findEntities } from "../../src/pipeline/find-entities";

const article = (id: string, paragraphs: string[], dateline: string | null = null) =>
  readArticleOf(paragraphs, { id, dateline, published: "2025-01-01" });

function people(articles: AnnotatedArticle[]) {
  return findEntities(articles)
    .entities.filter((e) => e.kind === "person")
    .map((e) => ({ name: e.name, country: e.country ?? null, role: e.role ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe("people found by title and context", () => {
  it("reads country and role from the counterpart relation (seed 002)", () => {
    const found = people([
      article("a", [
        "The 22nd meeting took place on Thursday, jointly chaired by Defence Minister Rajnath Singh and his Russian counterpart Andrei Belousov.",
      ]),
    ]);
    expect(found).toEqual([
      { name: "Andrei Belousov", country: "Russia", role: "Defence Minister" },
      { name: "Rajnath Singh", country: "India", role: "Defence Minister" },
    ]);
  });

  it("finds officials missing from the reference data, with their country (seed 004)", () => {
    const found = people([
      article("a", [
        "Singh also held separate bilateral meetings with his Uzbek counterpart, Lieutenant General Bakhodir Kurbanov, and Kyrgyzstan's Lieutenant General Bekbolotov B Asankalievich.",
        "He also held talks with Belarusian Defence Minister Lieutenant General Victor Khrenin.",
        "Singh also met SCO Secretary General Zhang Ming.",
      ]),
    ]);
    expect(found).toEqual([
      { name: "Bakhodir Kurbanov", country: "Uzbekistan", role: "Lieutenant General" },
      {
        name: "Bekbolotov B Asankalievich",
        country: "Kyrgyzstan",
        role: "Lieutenant General",
      },
      { name: "Victor Khrenin", country: "Belarus", role: "Defence Minister" },
      { name: "Zhang Ming", country: null, role: "Secretary General" },
    ]);
  });

  it("finds officials of countries and titles absent from the seeds", () => {
    const found = people([
      article(
        "a",
        [
          "French Armed Forces Minister Julien Moreau held talks with his Japanese counterpart Kenji Takahashi in Tokyo.",
          "Chief of the Naval Staff Admiral Rakesh Verma met Vietnam People's Navy Commander Rear Admiral Tran Van Long.",
          "The Russian side was headed by Deputy Foreign Minister Orlov Pavel Sergeyevich, while Amara Okafor, the Nigerian ambassador, observed.",
        ],
        "New Delhi",
      ),
    ]);
    // Verma's own words name no country and a dateline is no evidence: country stays null.
    expect(found).toEqual([
      { name: "Amara Okafor", country: "Nigeria", role: "Ambassador" },
      { name: "Julien Moreau", country: "France", role: "Armed Forces Minister" },
      { name: "Kenji Takahashi", country: "Japan", role: "Armed Forces Minister" },
      { name: "Pavel Sergeyevich Orlov", country: "Russia", role: "Deputy Foreign Minister" },
      { name: "Rakesh Verma", country: null, role: "Chief of Naval Staff" },
      { name: "Tran Van Long", country: "Vietnam", role: "Commander" },
    ]);
  });

  it("keeps one entity per person across articles: initials, transliterations, patronymics", () => {
    const { entities } = findEntities([
      article("a", [
        "External Affairs Minister S Jaishankar met Russian Foreign Minister Sergei Lavrov.",
        "Lt. General Dylevsky Igor Nikolayevich led the Russian delegation.",
      ]),
      article("b", [
        "Minister of External Affairs of India Subrahmanyam Jaishankar spoke to Sergey Lavrov.",
        "Russian Lieutenant General Igor Dylevsky attended.",
      ]),
    ]);
    const persons = entities.filter((e) => e.kind === "person");
    expect(persons.map((p) => p.name).sort()).toEqual([
      "Igor Nikolayevich Dylevsky",
      "Sergey Lavrov",
      "Subrahmanyam Jaishankar",
    ]);
    const jaishankar = persons.find((p) => p.id === "person-subrahmanyam-jaishankar");
    expect(jaishankar?.aliases).toContain("S Jaishankar");
    const lavrov = persons.find((p) => p.id === "person-sergey-lavrov");
    expect(lavrov?.aliases).toContain("Sergei Lavrov");
  });

  it("never merges two people who share a surname; a bare surname means the one named last", () => {
    const a = article("a", [
      "Defence Minister Rajnath Singh met Russian envoy Denis Alipov.",
      "Former Prime Minister Manmohan Singh attended the dinner. Singh praised the envoy.",
    ]);
    const { entities, mentionsByArticle } = findEntities([a]);
    const singhs = entities.filter((e) => e.kind === "person" && e.name.endsWith("Singh"));
    expect(singhs.map((s) => s.id).sort()).toEqual([
      "person-manmohan-singh",
      "person-rajnath-singh",
    ]);
    const bare = (mentionsByArticle.a ?? []).find(
      (m) => m.paragraph === 1 && a.paragraphs[1]?.slice(m.start, m.end) === "Singh",
    );
    expect(bare?.entityId).toBe("person-manmohan-singh");
  });

  it("resolves surname-only mentions within the article, with offsets", () => {
    const a = article("a", [
      "Defence Minister Rajnath Singh and his Russian counterpart, General Sergei Shoigu, met on Friday.",
      "Singh and Shoigu held extensive talks.",
    ]);
    const mentions = findEntities([a]).mentionsByArticle.a ?? [];
    const second = mentions
      .filter((m) => m.paragraph === 1)
      .map((m) => [m.entityId, a.paragraphs[1]?.slice(m.start, m.end)]);
    expect(second).toEqual([
      ["person-rajnath-singh", "Singh"],
      ["person-sergei-shoigu", "Shoigu"],
    ]);
  });

  it("reads a later mention with given name and patronymic as the same person, whole", () => {
    const a = article("a", [
      "Russian Deputy Defence Minister Pavel Fomenko will visit Jakarta.",
      "Pavel Sergeyevich Fomenko arrived on Monday.",
    ]);
    const { entities, mentionsByArticle } = findEntities([a]);
    expect(entities.filter((e) => e.kind === "person").map((e) => e.id)).toEqual([
      "person-pavel-fomenko",
    ]);
    const later = (mentionsByArticle.a ?? []).filter((m) => m.paragraph === 1);
    expect(later.map((m) => a.paragraphs[1]?.slice(m.start, m.end))).toEqual([
      "Pavel Sergeyevich Fomenko",
    ]);
  });

  it("does not take places, programmes, documents or capitalised words for people", () => {
    const found = people([
      article("a", [
        "The meeting held at the capital's Manekshaw Centre reviewed the 'Make in India' initiative.",
        "During the visit, both sides issued a Joint Statement. Both said the General Staff of the Armed Forces of Russia agreed.",
        "The opening ceremony at the Indira Gandhi International Airport was attended by officials.",
      ]),
    ]);
    expect(found).toEqual([]);
  });
});

describe("organisations, places and other names", () => {
  it("normalises commission name variants and keeps the acronym as an alias", () => {
    const { entities } = findEntities([
      article("a", [
        "It is steered by India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation (IRIGC-M&MTC).",
      ]),
      article("b", ["We have the Intergovernmental Commission on Military-Technical Cooperation."]),
    ]);
    const commissions = entities.filter((e) => e.name.includes("Commission"));
    expect(commissions.map((c) => c.id)).toEqual(["org-irigc-m-mtc"]);
    expect(commissions[0]?.aliases).toContain("IRIGC-M&MTC");
  });

  it("finds unlisted bodies, venues, exercises and declarations by their shape", () => {
    const { entities } = findEntities([
      article("a", [
        "Announcing the Hanoi Declaration after talks at the Sardar Patel Bhawan, the ministers praised the Eastern Naval Command and the naval exercise VINBAX-2024.",
      ]),
    ]);
    const byId = Object.fromEntries(entities.map((e) => [e.id, e.kind]));
    expect(byId).toMatchObject({
      "other-hanoi-declaration": "other",
      "place-sardar-patel-bhawan": "place",
      "org-eastern-naval-command": "organization",
      "exercise-vinbax": "exercise",
    });
  });

  it("keeps two names joined by 'and the' apart", () => {
    const names = findEntities([
      article("a", [
        "She attended the Summit and the Lakeside Diplomatic Forum, and met officers of the Navy and the Coastal Defence Command.",
      ]),
    ]).entities.map((e) => e.name);
    expect(names).toContain("Lakeside Diplomatic Forum");
    expect(names).toContain("Coastal Defence Command");
    expect(names.filter((n) => / and the /.test(n))).toEqual([]);
  });

  it("never lets mentions overlap: the longest name wins", () => {
    const a = article("a", [
      "Announcing the St. Petersburg Declaration, Prime Minister Narendra Modi met President Vladimir Putin in St. Petersburg.",
    ]);
    const mentions = findEntities([a]).mentionsByArticle.a ?? [];
    for (let i = 1; i < mentions.length; i++)
      expect(mentions[i]?.start).toBeGreaterThanOrEqual(mentions[i - 1]?.end ?? 0);
    expect(mentions.map((m) => m.entityId)).toEqual([
      "other-st-petersburg-declaration",
      "person-narendra-modi",
      "person-vladimir-putin",
      "place-st-petersburg",
    ]);
  });
});
