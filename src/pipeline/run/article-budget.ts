// How long one article may take in the map step before it is stopped and skipped: a floor
// (default 10 s) or a rate per KB of input (default 50 ms/KB), whichever is longer, so a
// legitimate 2 MB article gets 100 s. Measured from when a worker starts on it.

export type ArticleBudget = { floorMs: number; msPerKb: number };

export const DEFAULT_BUDGET: ArticleBudget = { floorMs: 10_000, msPerKb: 50 };

export function budgetMs(budget: ArticleBudget, bytes: number): number {
  return Math.max(budget.floorMs, Math.ceil((bytes / 1024) * budget.msPerKb));
}

export function overBudgetMessage(budget: ArticleBudget, bytes: number): string {
  const seconds = (budgetMs(budget, bytes) / 1000).toFixed(1);
  return `took longer than its budget of ${seconds} s (${(bytes / 1024).toFixed(1)} KB at ${budget.msPerKb} ms per KB, at least ${budget.floorMs / 1000} s); stopped and skipped`;
}
