// wink-nlp adds every word it has not met to its lexicon, for the life of the instance, and
// its tokeniser asks that lexicon whether the text before a final full stop is a known word:
// once one article has taught it "H.E", another article's "H.E. Mr. Igor Morgulov" splits
// into two sentences after "H.E.". An article's annotation (and every record, cache entry
// and event built on it) then depended on which articles the same process read before it.
// Here the tokeniser looks words up in a copy of the model's own lexicon, as on a fresh
// instance; words learned while reading are still stored in the real one, and a new word's
// features (which look words up themselves) see all of it. This reaches into wink-nlp 2.x
// internals: the cache keeps a reference to the core model's lexeme hash when it is built,
// and computes a new word's features with the model's `featureFn`, handing it the cache.
// test/pipeline/annotate/fixed-lexicon.test.ts fails if an upgrade changes either.

import type { WinkMethods } from "wink-nlp";

type Lookup = (text: string) => number[] | null;
type CacheMethods = { lookup: Lookup } & Record<string, unknown>;
type CoreModel = { features: { lexeme: { hash: Record<string, number> } } };
type Feature = (text: string, category: number, cache: CacheMethods) => unknown;
type LanguageModel = {
  core: () => CoreModel;
  featureFn: (...args: unknown[]) => Record<string, Feature>;
} & Record<string, unknown>;

export function withFixedLexicon<M>(model: M, create: (model: M) => WinkMethods): WinkMethods {
  const language = model as unknown as LanguageModel;
  let core: CoreModel | null = null;
  let learned: Record<string, number> = Object.create(null) as Record<string, number>;
  // The cache as a feature sees it: learned words found too.
  const fullViews = new WeakMap<CacheMethods, CacheMethods>();
  // Every feature of every new word asks with the same cache: the last view is kept at hand.
  let lastCache: CacheMethods | null = null;
  let lastView: CacheMethods | null = null;
  const fullView = (cache: CacheMethods): CacheMethods => {
    if (cache === lastCache && lastView) return lastView;
    let view = fullViews.get(cache);
    if (!view) {
      view = Object.create(cache) as CacheMethods;
      view.lookup = (text) => {
        const index = learned[text];
        return cache.lookup(text) ?? (index === undefined ? null : [index]);
      };
      fullViews.set(cache, view);
    }
    lastCache = cache;
    lastView = view;
    return view;
  };
  const wrapped = {
    ...language,
    core: () => {
      core = language.core();
      learned = core.features.lexeme.hash;
      core.features.lexeme.hash = Object.assign(Object.create(null), learned) as typeof learned;
      return core;
    },
    featureFn: (...args: unknown[]) => {
      const features = language.featureFn(...args);
      const seeing: Record<string, Feature> = Object.create(null) as Record<string, Feature>;
      for (const [name, feature] of Object.entries(features))
        seeing[name] = (text, category, cache) => feature(text, category, cache && fullView(cache));
      return seeing;
    },
  };
  const instance = create(wrapped as unknown as M);
  // The cache kept the copy for its lookups; new words are stored in the hash itself, with
  // any the library stored while it was being built.
  if (core) {
    const lexeme = (core as CoreModel).features.lexeme;
    for (const [word, index] of Object.entries(lexeme.hash)) learned[word] ??= index;
    lexeme.hash = learned;
  }
  return instance;
}
