// The one place the build loads its NLP library. wink-nlp with its English "lite" model
// tokenises, splits sentences, tags parts of speech, lemmatises and flags negated spans;
// the model ships inside the npm package, so nothing is downloaded at run time.

import winkNLP from "wink-nlp";
import type { WinkMethods } from "wink-nlp";
import type EnglishModel from "wink-eng-lite-web-model";
import { lazyRequire } from "../run/lazy-require";
import { withFixedLexicon } from "./fixed-lexicon";

let instance: WinkMethods | null = null;

/**
 * Loading the model takes ~0.2 s, so it happens once per process, on first use; what the
 * instance learns while reading never changes how a later text is cut (see fixed-lexicon.ts).
 * The model's package is required then too, never imported: it is 3.9 of the 5.6 MB of the
 * command line's bundle, which every build parsed and ran at its start, though a rebuild's
 * own thread reads no article (its worker threads do).
 */
export function nlp(): WinkMethods {
  instance ??= withFixedLexicon(lazyRequire<typeof EnglishModel>("wink-eng-lite-web-model"), (m) =>
    winkNLP(m, ["sbd", "negation", "pos"]),
  );
  return instance;
}
