import { describe, expect, it } from "vitest";
import { ClusterLookup } from "../../../src/pipeline/entities/cluster-lookup";
import { formsCompatible, nameForm } from "../../../src/pipeline/entities/name-form";
import type { PersonHit } from "../../../src/pipeline/entities/types";

const hit = (articleId: string, tokens: string[], extra: Partial<PersonHit> = {}): PersonHit => ({
  paragraph: 0,
  start: 0,
  end: tokens.join(" ").length,
  articleId,
  surface: tokens.join(" "),
  tokens,
  role: null,
  rank: null,
  country: null,
  international: false,
  counterpart: false,
  counterpartOf: null,
  refId: null,
  localCountry: null,
  nearbyCountry: null,
  notCountry: null,
  ...extra,
});

describe("ClusterLookup: per-article lookups that stand in for scans over a cluster's hits", () => {
  it("knows which clusters hold a full name written alike in the same article only", () => {
    const lookup = new ClusterLookup();
    const first = hit("a", ["Carlos", "Faría"]);
    lookup.create("faria", null, first);
    const [cluster] = lookup.all;
    if (!cluster) throw new Error("no cluster");
    expect([...lookup.writtenAlike(hit("a", ["Carlos", "Faria"]))]).toEqual([cluster]);
    expect([...lookup.writtenAlike(hit("b", ["Carlos", "Faría"]))]).toEqual([]);
    expect([...lookup.writtenAlike(hit("a", ["Carlos", "Faría", "Jr."]))]).toEqual([cluster]);
    // A one-word mention is never a name written alike.
    const other = new ClusterLookup();
    other.create("faria", null, hit("a", ["Faría"]));
    const [single] = other.all;
    if (!single) throw new Error("no cluster");
    expect(other.writtenAlike(hit("a", ["Faría"])).has(single)).toBe(false);
  });

  it("gives a cluster's hits in one article, in the order they joined", () => {
    const lookup = new ClusterLookup();
    const a1 = hit("a", ["Rajnath", "Singh"], { role: "Defence Minister" });
    const b1 = hit("b", ["Rajnath", "Singh"]);
    const a2 = hit("a", ["Singh"]);
    lookup.create("singh", null, a1);
    const [cluster] = lookup.all;
    if (!cluster) throw new Error("no cluster");
    lookup.join(cluster, b1);
    lookup.join(cluster, a2);
    expect(lookup.hitsIn(cluster, "a")).toEqual([a1, a2]);
    expect(lookup.hitsIn(cluster, "b")).toEqual([b1]);
    expect(lookup.hitsIn(cluster, "c")).toEqual([]);
  });

  it("offers every cluster whose names may agree with a name, and not the others of its surname", () => {
    const lookup = new ClusterLookup();
    const names = [
      ["Wang", "Yi"],
      ["Wang", "Qishan"],
      ["Sergei", "Wang"],
      ["S.", "Wang"],
      ["Shergei", "Wang"],
      ["Sergio", "Wang"],
      ["Ivan", "Wang"],
    ];
    for (const tokens of names) lookup.create("wang", null, hit("a", tokens));
    const offered = (tokens: string[]) =>
      [...lookup.mayShareName(nameForm(tokens))].map((c) => c.hits[0]?.tokens.join(" ")).sort();
    // An initial agrees with any name it begins; a given name of five letters or more with one
    // spelt a letter apart; a shorter one only with itself.
    expect(offered(["Sergei", "Wang"])).toEqual([
      "S. Wang",
      "Sergei Wang",
      "Sergio Wang",
      "Shergei Wang",
    ]);
    expect(offered(["S", "Wang"])).toEqual([
      "S. Wang",
      "Sergei Wang",
      "Sergio Wang",
      "Shergei Wang",
    ]);
    expect(offered(["Ivan", "Wang"])).toEqual(["Ivan Wang"]);
    expect(offered(["Wang"])).toEqual([]);
    // Every cluster offered or not, the rule the clustering applies agrees only with those.
    for (const tokens of names)
      for (const c of lookup.all)
        if (formsCompatible(nameForm(c.hits[0]?.tokens ?? []), nameForm(tokens)))
          expect(lookup.mayShareName(nameForm(tokens)).has(c)).toBe(true);
  });

  it("finds a placed hit's cluster only under the key that cluster was made with", () => {
    const lookup = new ClusterLookup();
    const placed = hit("a", ["Ahmet", "Davutoglu"]);
    lookup.create("davutoglu", null, placed);
    expect(lookup.clusterUnder("davutoglu", placed)).toBe(lookup.all[0]);
    expect(lookup.clusterUnder("davutoğlu", placed)).toBeUndefined();
    expect(lookup.clusterUnder("davutoglu", hit("a", ["Ahmet", "Davutoglu"]))).toBeUndefined();
  });
});
