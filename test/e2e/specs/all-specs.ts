import type { Spec } from "../harness/spec";
import { compareSpecs } from "./compare.spec";
import { cspSpecs } from "./csp.spec";
import { failureSpecs } from "./failures.spec";
import { featureViewSpecs } from "./features-views.spec";
import { filterSpecs } from "./filters.spec";
import { exportSpecs } from "./exports.spec";
import { findingSpecs } from "./finding.spec";
import { firstLoadSpecs } from "./first-load.spec";
import { headerSpecs } from "./headers.spec";
import { injectionSpecs } from "./injection.spec";
import { keyboardSpecs } from "./keyboard.spec";
import { linkSpecs } from "./links.spec";
import { phoneSpecs } from "./phone.spec";
import { scaleSpecs } from "./scale.spec";
import { timelineSpecs } from "./timeline.spec";
import { viewSpecs } from "./views.spec";
import { zoomSpecs } from "./zoom.spec";

export const allSpecs: Spec[] = [
  ...firstLoadSpecs,
  ...zoomSpecs,
  ...timelineSpecs,
  ...phoneSpecs,
  ...scaleSpecs,
  ...filterSpecs,
  ...compareSpecs,
  ...linkSpecs,
  ...keyboardSpecs,
  ...injectionSpecs,
  ...failureSpecs,
  ...cspSpecs,
  ...headerSpecs,
  ...findingSpecs,
  ...exportSpecs,
  ...featureViewSpecs,
  ...viewSpecs,
];
