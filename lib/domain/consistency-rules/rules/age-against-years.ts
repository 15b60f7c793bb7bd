import { parseNumberWord, readFigures } from "../numbers";
import type { ConsistencyRule } from "../rule";

// "the 20-year-old alliance, formed in 1979 … in 2019": the age said against the years named.
export const ageAgainstYears: ConsistencyRule = {
  id: "age-mismatch",
  description: "“N decades/years old” against the years named",
  check(sentence) {
    const age = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)[- ](decades?|years?)[- ]old\b/i.exec(sentence);
    if (!age) return [];
    const count = parseNumberWord(age[1]);
    const years = readFigures(sentence).filter((f) => f.isYear).map((f) => f.value);
    if (count === null || years.length < 2) return [];
    const said = age[2].toLowerCase().startsWith("decade") ? count * 10 : count;
    const span = Math.max(...years) - Math.min(...years);
    const tolerance = age[2].toLowerCase().startsWith("decade") ? 5 : 1;
    if (Math.abs(span - said) <= tolerance) return [];
    return [{ ruleId: this.id, message: `“${age[0]}” is ${said} years, but the years named are ${span} years apart.` }];
  },
};
