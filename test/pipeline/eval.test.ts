// @vitest-environment node
import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../../src/pipeline/build-dataset";
import { builtDatasetSchema } from "../../src/shared/schema";
import type { BuiltDataset } from "../../src/shared/schema";
import { goldProblems } from "../fixtures/eval/check-gold";
import { describeMisses } from "../fixtures/eval/describe";
import { readEvalArticles, readGold } from "../fixtures/eval/load";
import type { Prf } from "../fixtures/eval/prf";
import type { Evaluation } from "../fixtures/eval/score";
import { evaluate } from "../fixtures/eval/score";

// The extractor measured on held-out articles it was not written against
// (test/fixtures/eval, rules in its README). Thresholds are the project's targets.

const articles = readEvalArticles();
const gold = readGold();

describe("the held-out gold annotations", () => {
  it("are consistent with the articles and with themselves", () => {
    expect(goldProblems(gold, articles)).toEqual([]);
  });
});

describe("the extractor on the held-out set", () => {
  let dataset: BuiltDataset;
  let evaluation: Evaluation;

  beforeAll(() => {
    const built = builtDatasetSchema.safeParse(buildDataset(articles).dataset);
    if (!built.success) throw new Error(`dataset breaks the contract: ${built.error.message}`);
    dataset = built.data;
    evaluation = evaluate(dataset, gold);
    printReport(evaluation);
  });

  it("reads every article", () => {
    expect(dataset.articles.map((a) => a.file).sort()).toEqual(articles.map((a) => a.file));
  });

  it("invents no publication date", () => {
    expect(evaluation.published.rows.filter((r) => r.status === "invented")).toEqual([]);
  });

  it("gives every publication date it states correctly", () => {
    expect(evaluation.published.rows.filter((r) => r.status === "wrong")).toEqual([]);
  });

  it("finds events with F1 of at least 0.85", () => {
    expect(evaluation.events.f1).toBeGreaterThanOrEqual(0.85);
  });

  it("finds officials with F1 of at least 0.9", () => {
    expect(evaluation.officials.f1).toBeGreaterThanOrEqual(0.9);
  });
});

function printReport(evaluation: Evaluation): void {
  const { events, officials, published } = evaluation;
  const figures = (p: Prf) =>
    `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  console.log(
    `events    ${figures(events)}; type agrees on ${(events.typeAgreement * 100).toFixed(0)}% of matches`,
  );
  console.log(`officials ${figures(officials)}`);
  console.log(
    `published: ${published.invented} invented, ${published.wrong} wrong, ${published.missed} missed, ${published.absent} absent`,
  );
  console.table(evaluation.perArticle);
  console.log(describeMisses(evaluation).join("\n"));
}
