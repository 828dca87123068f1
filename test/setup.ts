import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/react";

// The first render of a test file also loads the app's modules and the lazy timeline chunk;
// on a busy 2-core machine that can pass the 1 s default of findBy*. Waiting longer changes
// no assertion, only how long a slow-but-correct page is given.
configure({ asyncUtilTimeout: 3000 });
