// Every module that loads a rule file (rules/checked-rules.ts), for the check a new bundle is
// made after (bundled-module.ts): loading this from source checks every rule file.
// test/pipeline/run/rule-files.test.ts holds it to the modules that call checkedRuleFile.

import "../read/furniture-words";
import "../rules/abbreviations";
import "../rules/beside-labels";
import "../rules/clause-cues";
import "../rules/cue-rules";
import "../rules/date-bars";
import "../rules/date-phrases";
import "../rules/entity-cues";
import "../rules/event-phrases";
import "../rules/event-triggers";
import "../rules/header-offices";
import "../rules/name-heads";
import "../rules/own-day";
import "../rules/stamp-labels";
import "../rules/tense-cues";
import "../rules/title-labels";
