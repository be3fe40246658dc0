/* The learner flows by name, as run.mjs and tests/engines/test_flows.py call them. */
import { casus } from "./casus.mjs";
import { data } from "./data.mjs";
import { eindtoets } from "./eindtoets.mjs";
import { leidraad } from "./leidraad.mjs";
import { pages } from "./pages.mjs";
import { quiz } from "./quiz.mjs";
import { search } from "./search.mjs";

export const FLOWS = { quiz, casus, leidraad, eindtoets, data, search, pages };
