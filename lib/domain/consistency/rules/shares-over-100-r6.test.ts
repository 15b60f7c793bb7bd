import { describe } from "vitest";
import { sharesOver100 } from "./shares-over-100";
import { itChecks } from "./rule-cases.test-fixture";

// Round 6 cases for shares-over-100: amounts of one thing and a thing's bare no past a verb of habit, habits that may
// overlap, a vote carried by one share to another, bands of ages after a copula, a list broken down as categories, a
// split told with "in", classes in brackets, and "today" as another scene.
describe("shares-over-100 (round 6)", () => {
  itChecks(sharesOver100, {
    fires: [
      // amounts of one thing past a verb of need or having; a habit and its bare no
      "Among the 9,000 households on the waiting list, 55% need one bedroom, 31% two bedrooms and 22% three or more.",
      "Of the 800 families surveyed, 62% own one car, 35% own two and 12% have none.",
      "Of the 1,500 patients on the list, 48% need one operation, 40% two operations and 17% three or more.",
      "Of the 400 pupils, 58% use one device at home, 33% two and 14% none.",
      "Of the 2,000 viewers, 70% said they had watched the final and 45% had not.",
      "Some 58 per cent of households recycle their glass and 49 per cent do not.",
      "Some 82% of respondents said they had been to a cinema in the past year and 37% said they had never been.",
      // a vote carried or lost by one share to another
      "The local referendum on the onshore wind farm was carried by 57 per cent to 46 per cent.",
      "The motion was defeated by 61% to 44% at the union's conference.",
      "The strike ballot was won by 72% to 31%.",
      "The proposal to merge the two parishes was rejected by 54 per cent to 49 per cent.",
      // bands of ages after a copula
      "The village's population is 42% under 40, 35% aged 40 to 64 and 29% aged 65 and over, according to the parish plan.",
      "The workforce is 30% under 25, 50% aged 25 to 49 and 25% 50 or over.",
      "The club's members are 45% under 30 and 62% over 50.",
      "The county's drivers are 18% aged 17 to 24, 57% aged 25 to 64 and 31% aged 65 and over.",
      // a list broken down as categories
      "The jockey's rides this season break down as 21% winners, 44% placed and 41% unplaced.",
      "The trainer's runners this year broke down as 18% winners, 40% placed and 47% unplaced.",
      "The squad's appearances break down as 55% starts, 30% substitutions and 20% unused places.",
      // a split told with "in" and a common noun
      "Savers' deposits were split 44% in cash Isas, 37% in easy-access accounts and 26% in fixed-term bonds.",
      "The fund's assets are divided 55% in equities, 30% in bonds and 20% in property.",
      "Pension savings were split 62% in shares and 45% in gilts.",
      // classes, each share in brackets
      "Researchers classified the 500 exoplanets as rocky (36%), gas giants (44%) or ice giants (25%).",
      "Inspectors graded the county's 300 care homes as good (58%), requiring improvement (35%) or inadequate (12%).",
      "The 1,200 complaints were sorted into billing (48%), service (37%) and other (20%).",
      // a habit told with "only": one way each
      "Of the final's viewers, 65% watched only on the BBC and 40% only on ITV.",
      "Of the 600 pupils, 62% read only on screens and 45% only in print.",
      // one time's shares still add up
      "The state provides 60% of the orchestra's funding and philanthropy 50%.",
    ],
    silent: [
      // habits, with or without "had", that may overlap
      "Some 58 per cent of households recycle glass and 49 per cent compost their food waste.",
      "Some 82% of respondents said they had watched a film at home in the past month and 37% said they had been to a cinema.",
      "Some 64% of residents recycle plastic and 52% donate to charity.",
      "Of the 900 fans polled, 70% had been to a gig in the past year and 45% had gone to a festival.",
      "Of the 1,000 adults polled, 71% said they had watched a live sport in the past year and 48% had been to a concert.",
      "Some 80% of adults own a phone and 60% a laptop.",
      // nouns that look like verbs of habit, and a line drawn with "only"
      "The survey found 58 per cent of charity volunteers were aged over 60 while 39 per cent were under 40.",
      "Of the series' viewers, 70 per cent watched only on television and 22 per cent only through streaming platforms.",
      // another time is another scene
      "In 1990 the state provided 90% of the orchestra's funding; today it provides 45%, with philanthropy contributing 30%.",
      "In 2010 councils paid 80% of the cost of the service; now they pay 40%, with charities covering 35%.",
      // a change by one share to another, no vote
      "Profits rose by 57 per cent to 46 per cent of turnover.",
      "The motion was carried by 57 per cent to 43 per cent.",
      // bands that add up, and two things said of the subject
      "The village's population is 32% under 40, 35% aged 40 to 64 and 29% aged 65 and over.",
      "The fleet is 60% electric and 45% under five years old.",
      "The club's members are 45% under 30 and 62% in work.",
      "The jockey's rides this season break down as 21% winners, 38% placed and 41% unplaced.",
      // rates of places split, and classes with wholes of their own
      "Turnout was split 60% in Kent and 55% in Essex.",
      "The vote split 60% in the north and 55% in the south.",
      "Inspectors classified the homes as good (58% of them) and the hospitals as poor (45% of wards).",
      "Researchers classified the 500 exoplanets as rocky (36%), gas giants (44%) or ice giants (20%).",
    ],
  });
});
