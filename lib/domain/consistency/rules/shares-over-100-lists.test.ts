import { describe } from "vitest";
import { sharesOver100 } from "./shares-over-100";
import { itChecks } from "./rule-cases.test-fixture";

// More cases for shares-over-100, kept beside shares-over-100.test.ts so that file stays readable: answers and lists
// whose whole the rule must find (a list with its verb left out, funders, holders, a balance question, the chances of
// one event, the two sides of a limit, bands of one scale) and overlaps it must let pass.
describe("shares-over-100 (lists, chances, scales)", () => {
  itChecks(sharesOver100, {
    fires: [
      // "more than one" as an answer, not a licence to give several
      "Of the dog owners polled, 55% owned a single dog and 48% owned more than one.",
      "Of the households surveyed, 61% had one car and 45% had more than one.",
      "Among the pensioners asked, 58% had a single pension and 47% drew more than one.",
      "Of the renters polled, 70% had one landlord in the past five years and 35% had more than one.",
      // an open question with one answer each, or names for answers
      "Asked what they would cut first, 61% of shoppers said takeaways, 47% clothes and 39% subscriptions; each could give only one answer.",
      "Asked what their main worry was, 61% of voters said prices, 47% crime and 39% health.",
      "Asked which single issue mattered most, 58% of voters cited prices, 44% housing and 20% crime.",
      "Asked which party they would back, 45% of voters said Labour, 38% the Tories and 25% Reform.",
      // rivals ranked in a vote are still shares of it
      "Labour won 45% of the vote, ahead of the Tories on 40% and Reform on 20%.",
      "The poll put Labour on 58% of the vote, ahead of the Tories on 44%.",
      "The party took 52% of the seats, just above the Greens on 49%.",
      // a list told by prepositions, its verb left out: not one share restated
      "Of the new bond, 48% went to asset managers, 31% to banks, 17% to hedge funds and 12% to central banks.",
      "Of the estate, 50% went to his widow, 35% to his children, 20% to charity.",
      "Of the budget, 45% goes on staff, 35% on buildings, 25% on equipment.",
      "Of the aid, 60% was sent by air, 30% by sea, 15% by road.",
      "About a third of the displaced live in camps, 40% with host families and 35% in informal settlements.",
      "Half of the evacuees are staying with relatives, 35% at hotels and 25% in schools.",
      "A fifth of the herd grazes on the hills, 50% on lowland farms and 40% in sheds.",
      "Of the refugees, 45% live with relatives, 40% with host families and 25% in camps.",
      // funded by its backers, one part each
      "The appeal was funded 62% by national governments, 30% by multilateral bodies and 15% by private donors.",
      "The stadium was financed 55% by the council and 50% by the club.",
      "The new hospital wing was funded 70% by the NHS, 25% by a charity and 10% by local firms.",
      "The research is financed 48% by the state and 57% by industry.",
      // one verb of holding over a list of holders
      "Ownership of the club is now split three ways: the chairman holds 62%, a local consortium 30% and the fans' trust 15%.",
      "The founder owns 55%, her brother 30% and a private equity fund 20%.",
      "After the deal the state controls 51%, Renault 35% and employees 20%.",
      "The Smith family holds 40%, a Gulf fund 35% and the pension scheme 30%.",
      // the answers of a balance question: higher, the same, lower
      "Of the 1,200 firms surveyed, 52% reported higher orders, 33% unchanged orders and 21% lower orders.",
      "Of the quarter's trading days, 44% ended higher for the index, 39% lower and 22% flat.",
      "Of the retailers polled, 48% expected higher prices, 40% the same and 15% lower.",
      "Of the 300 builders surveyed, 41% reported higher output, 38% no change and 25% lower output.",
      "Of the year's sessions, 55% closed up, 30% unchanged and 20% down.",
      // the chances of one event's outcomes
      "Rate futures price a 68% chance of a cut in June and a 40% chance that rates are left unchanged at that meeting.",
      "Bookmakers give the champion a 60% chance of winning and a 45% chance of losing.",
      "Traders see a 70% chance of a hike in March and a 35% chance the bank holds.",
      "Analysts put a 55% probability on a cut next week and a 50% probability that the bank stays on hold.",
      // inside a limit and past it
      "At the hospital, 72% of patients were seen within four hours and 35% waited longer.",
      "Of the 800 callers, 70% were answered within a minute and 40% waited longer.",
      "Of the claims filed, 66% were settled within a month and 38% took longer.",
      "Of the planning applications, 80% were decided within eight weeks and 25% took more than that.",
      // bands of one scale
      "Of the children screened, 64% had a normal weight, 29% were moderately malnourished and 14% severely malnourished.",
      "Of the pupils assessed, 58% were mildly anxious, 30% moderately anxious and 20% severely anxious.",
      "Of the patients scanned, 60% had healthy lungs, 28% were mildly affected and 15% severely affected.",
      "Of the homes inspected, 70% were slightly damaged and 40% severely damaged.",
    ],
    silent: [
      // groups said to overlap
      "Women and girls make up 52% of the refugee population and children 55%, with girls counted in both groups.",
      "Of the 900 patients, 60% were over 65 and 55% had diabetes; some are counted in both groups.",
      "Men make up 58% of the staff and managers 45%, with male managers included in both.",
      "Asked which news sources they used, 71% cited television and 64% social media; respondents could choose more than one.",
      "Of the dog owners polled, 55% owned a single dog and 48% owned a cat.",
      // a rival ranked against a rate has that rate of its own whole
      "Hill Park topped the county table with 71% of pupils achieving grade 5, just above Grange Academy on 68%.",
      "Oakfield had 71% of pupils passing, behind Riverside on 75%.",
      "St Mary's ranked first with 92% of patients seen within four hours, ahead of the General on 88%.",
      "Kingsway School recorded 81% of pupils passing, ahead of St Anne's on 77%.",
      // things named in answer to an open question: several each
      "Asked what they would cut first, 61% of shoppers said takeaways, 47% clothes and 39% subscriptions.",
      "Asked what they would give up, 58% of drivers said holidays, 52% meals out and 30% gym memberships.",
      "Asked which services they used, 64% of residents cited buses, 51% trains and 22% trams.",
      "Asked what they wanted from the council, 70% of tenants said repairs, 55% security and 40% parking.",
      // rates of places, changes and times are no list of parts
      "Support was 60% in Kent, 70% in Essex and 55% in Surrey.",
      "Of the new bond, 48% went to asset managers, up from 31% in the last sale.",
      "Sales rose 40% in London, 35% in Paris and 30% in Berlin.",
      "The budget was funded 60% by 2024 and 90% by 2026.",
      "The target was met 60% by March and 90% by June.",
      "The firm, which is 60% owned by its founders and 40% by a fund, made £5m.",
      // a holding at two times, or of two wholes
      "The chairman holds 62%, up from 30% in 2019.",
      "The chairman holds 62% of the club and the trust 30% of the ground.",
      "Barclays holds 62%, and HSBC is the second-largest shareholder.",
      // changes, or answers with no level among them
      "Sales were 60% higher in London and 45% lower in the north.",
      "Of the firms surveyed, 60% reported higher orders and 45% reported higher costs.",
      "Of the 1,200 firms surveyed, 52% reported higher orders, 33% unchanged orders and 15% lower orders.",
      // chances of things that may both come, or of two events
      "Forecasters put a 60% chance of rain and a 50% chance of wind.",
      "Traders see a 70% chance of a cut in June and a 45% chance of a rise in September.",
      "Markets price a 68% chance of a cut in June and a 60% chance of a cut by July.",
      "Rate futures price a 68% chance of a cut in June and a 30% chance that rates are left unchanged at that meeting.",
      // another limit, which the first side may be past too
      "At the hospital, 72% of patients were seen within four hours and 35% waited longer than an hour.",
      "Of the 800 callers, 70% were answered within a minute and 40% waited longer than five minutes.",
      "Of the claims filed, 66% were settled within a month and 38% took longer to pay out in full.",
      "Of the claims filed, 66% were settled within a month and 30% took longer.",
      // two scales, or one degree of two things
      "Of the patients, 60% had mild symptoms and 45% were severely obese.",
      "Of the children screened, 64% had a normal weight, 29% were anaemic and 14% severely malnourished.",
      "Of the children screened, 64% were moderately malnourished and 44% moderately anaemic.",
    ],
  });
});
