import { describe, expect, it } from "vitest";
import { fractionMismatch } from "./fraction-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("fraction-mismatch", () => {
  itChecks(fractionMismatch, {
    fires: [
      "Just over a third of the cases — 61 per cent — were dropped.",
      "One in five lorries crossing into the port — 45% — failed the check.",
      "About a quarter of Spain's exported wine, or 40%, goes to Germany.",
      // The looser restatement: a noun with a phrase after it, "a 35% stake", and "about" on the percentage.
      "Three in ten households in the county, some 45 per cent, now have solar panels.",
      "The state holds a quarter of the airline, a 40% stake bought in 2011.",
      "Nine-tenths of the region's wheat, about 70 per cent, is shipped abroad.",
      "Half of the 80 members, some 20 people, resigned.",
      "The court upheld 30 of the 40 appeals it heard, about a third.",
      "Just over half of the 500 firms, around 30%, plan to hire.",
      "A third of the voters, 45%, stayed at home.",
      "One in four children (40 per cent) lives in poverty.",
      "A quarter of the 400 workers, 150 people, were laid off.",
      "Nearly a half of the votes (70%) went to the incumbent.",
      "45% (a third) of the voters stayed at home.",
      // A fraction restated as a count of a count, or as a percentage at once, or with "or" and a whole of its own.
      "A quarter of the new homes, 60 of the 150, were sold to investors.",
      "The side has won only a third of its league matches, 14 of 20.",
      "Turnout fell to a third, 45%, the lowest in decades.",
      "Exports make up a tenth of output, or 25 per cent of what the country produces.",
      "A fifth of the 600 patients treated at the clinic last year, 200 in all, were children.",
      // A whole told of in a few words, then the part set off.
      "Three-quarters of the 300 dairy farmers surveyed, 180 of them, said they would leave.",
      "A third of the 90 nurses on the ward, 45 in all, were agency staff.",
      "A fifth of the 500 homes flooded, 300 of them, were uninsured.",
      // The whole first, then the fraction and its count; a count of a count, then a whole told of, then the fraction.
      "Of the 300 dairy farmers surveyed, three-quarters, or 180, said they would leave.",
      "Among the 90 nurses on the ward, a third, 45 in all, were agency staff.",
      "Some 180 of the 300 dairy farmers surveyed, three-quarters, said they would leave.",
      // The fraction's whole named again after the percentage ("of the total", "of the whole").
      "One in five complaints to the regulator, 40% of the total, concerned billing.",
      "Roughly one in eight of the farm's acres, some 30% of the whole, lies fallow.",
      // Two fractions for one share, the second standing alone.
      "Only a third of the bids, roughly one in ten, were accepted.",
      "Three in four members (half) voted to strike.",
      // Near the whole, what is left out is the finer measure: "nine in ten" is not 70% or 78%.
      "About 70% of the drivers, roughly nine in ten, passed.",
      "Nine-tenths of the homes on the estate, 78%, have broadband.",
      // A participle after the whole, or a count set off right after the fraction's own phrase, names no other noun.
      "Only half of the new trains, 20 of the 80 ordered, are in service.",
      "A quarter of the festival's line-up, 30 of the 60 acts, are from abroad.",
      // A count that is exactly another simple fraction of a small whole.
      "Three-quarters of the club's 40 members, 20 in all, voted to merge.",
      "Two-thirds of the 30 staff, 15 of them, signed the letter.",
      // A bound set off after a percentage ("just over half", "or fewer than half").
      "Roughly 75 per cent of the bank's pre-tax profit, just over half, came from its investment banking arm.",
      "Around 60 per cent of flights at the airport, or fewer than half, were delayed on Monday because of the air traffic control fault.",
      "Some 30 per cent of the budget, well over half, goes on salaries.",
      "Eighty per cent of the land, less than a third, is farmed.",
      // A bound on a fraction of a count is still a bound.
      "Nearly half of the 8,400 doctors balloted, 3,100 in all, backed strike action.",
      "Fewer than half of the 8,400 doctors balloted, 5,000 in all, backed strike action.",
      // "meaning" says the share again; a level reached ("climbed to") is a share.
      "Discards account for around 40 per cent of the catch by weight, meaning a quarter of the fish hauled aboard are thrown back dead.",
      "Satisfaction with the repairs service has climbed to 68 per cent, meaning nearly nine in ten tenants are now happy with how their homes are maintained.",
      "Unemployment in the town fell to 12 per cent, meaning one in four adults is out of work.",
      "Around 35 per cent of the harvest is exported, meaning two-thirds of the grain leaves the country.",
      // A clause opened by its fraction, then the rate it comes to.
      "One in four officers reported being assaulted on duty in the past year, a rate of 40 per cent that the federation called unacceptable.",
      "Almost one in three pupils was persistently absent last term, a proportion of 45 per cent, the council said.",
      "Two in five nurses plan to quit within a year, a rate of 15 per cent.",
      // The counted noun inside the fraction ("one applicant in every eight", "four cases out of five"); a named rate.
      "Only one applicant in every eight was accepted, an acceptance rate of 40 per cent.",
      "The vaccine worked in four cases out of five, a success rate of 45%, the trial found.",
      "Drivers over 70 hold 12% of all licences, almost one licence in every four.",
      "Three patients out of every ten were readmitted within a month, a readmission rate of 55%.",
      "Nine bids out of ten, some 60 per cent, came from abroad.",
      // A count of a count, then the rate it comes to.
      "Having won 11 of their 12 group matches, a success rate of barely half, the side went through as winners.",
      "The side won 11 of their 12 group matches, a success rate of 50%.",
      "Surgeons saved 40 of the 50 patients, a survival rate of 60 per cent.",
      "The academy placed 30 of its 120 graduates in jobs, an employment rate of about a half.",
      // A share written as a decimal, then as a percentage.
      "Renewables' share of the grid rose to 0.4, or four per cent, last year.",
      "The proportion of homes with solar panels is 0.15, or 25 per cent.",
      "Its share of the market reached 0.3 (13%).",
      // The whole told again: a group and its members, or "its" pointing back.
      "Three-quarters of the site, around 60 per cent of its 40 hectares, would remain as open green space, planners said.",
      "Nearly half the squad, 30 per cent of the players named, are uncapped at international level.",
      "Only one in ten of the stage's starters, a quarter of the field, reached the summit finish within the time limit.",
      "Half of the medical school's graduates, 38 per cent of each cohort, go on to work in general practice.",
      "A third of the workforce, 60 per cent of the workers, are on zero-hours contracts.",
      "Two-thirds of the fleet, 40 per cent of its 300 buses, run on diesel.",
      "Half the electorate, 30% of voters, stayed at home.",
      // A collective whole after a place told of ("homes in the city, … of the housing stock").
      "Roughly one in ten homes in the city, some 25 per cent of the housing stock, is now owned by a landlord with more than five properties.",
      "About one in five homes in England, some 40 per cent of the housing stock, was built before 1945.",
      "A quarter of the workers at the plant, some 60 per cent of the workforce, voted to strike.",
      "Half of the players in the squad, 20 per cent of the team, are injured.",
      // A fraction of the rest said in the share's own words, or set off with no verb of its own.
      "Buses ran on time on 83 per cent of journeys, or roughly one in six.",
      "Some 83 per cent of journeys, roughly one in six, ran on time.",
      "Buses ran on time on 83 per cent of journeys, meaning roughly one in six journeys ran on time.",
      "Some 75 per cent of trains arrived on time, meaning one in four arrived on time.",
      // A share said to mean a fraction; what a part amounts to; a fraction with its noun and a plain "in", set off.
      "The side-effect rate of 12.5 per cent means one in four patients will be affected.",
      "A failure rate of 30 per cent means one in ten devices will need replacing.",
      "Turnout of 60 per cent means one in three voters cast a ballot.",
      "The dropout rate of 20% would mean one in two students leaving before the final year.",
      "The 12,000 troops sent to the border amount to 25% of the army, or one soldier in every ten.",
      "The 3,000 job cuts amount to 15% of the workforce, or one worker in every four.",
      "Imports from China came to 40 per cent of the total, or one in five containers.",
      "The 800 cases are equivalent to 12% of all admissions, or one admission in every three.",
      "Only one household in eight, or 20 per cent, has a smart meter that works.",
      "Just one pupil in five, or 35 per cent, reached the expected standard.",
      "Around one voter in three (50%) backed the proposal.",
      "The survey found one adult in ten – 25 per cent – had no savings.",
      // A small share of a large whole: its tolerance may not hide the slip of a power of ten.
      "Poland will spend 4.1% of its 3.4 trillion zloty GDP, about 14bn zloty, on defence next year.",
      "The firm spent 2% of its £3.4bn budget, about £6.8m, on training.",
      "About 3% of the 2,000 staff, some 600 people, were laid off.",
      "The city lost 1.5% of its 8 million residents, about 12,000 people, to emigration.",
      // A noun told of with a time after it, "the" opening it, "&" in a name: still the fraction restated.
      "One in five homes sold last month, 40%, went for more than the asking price.",
      "Two in five cars registered this year, 25%, were electric.",
      "Three in ten flats let last year, 50 per cent, went to students.",
      "The mayor won half the first-round vote, 41 per cent.",
      "A quarter of A&E attendances, 40 per cent, were by children.",
      // "just under", "nearly", "almost": below the fraction, give or take rounding, not above it.
      "Just under two-thirds of the electorate, 70 per cent, turned out to vote.",
      "Almost half of the nurses, 53 per cent, said they planned to leave.",
      "Nearly a quarter of the homes, 28%, failed the test.",
      "Just under three-quarters of the 800 staff, some 640, signed the letter.",
      // An exact percentage that is exactly another simple fraction: the writer would have said that one.
      "Four in five councillors, 75 per cent, voted to approve the merger.",
      "Three in four of the nurses, 80%, backed the strike.",
      "Three-quarters of members, 67 per cent, voted for the deal.",
      "Three in five adults, 67%, own their home.",
      // A rounded count of a known whole is as fine a figure as a percentage: "some" loosens it as little.
      "Three-quarters of the 400 asylum seekers, some 250 people, were housed in hotels.",
      "Half of the 1,000 workers, about 420, were furloughed.",
      "Two-thirds of the 300 members, some 165, voted.",
      // The majority or stake a fraction sizes, restated as a count of a count.
      "Overriding the veto requires a two-thirds supermajority, or 60 of the Senate's 100 votes.",
      "Changing the constitution needs a three-quarters majority, or 40 of the 60 members.",
      "The fund took a one-third stake, or 25 of the 50 shares issued.",
      // A fall in a price, then the fraction it wiped off the value.
      "The shares slumped 32% on Tuesday, wiping a fifth off the company's value.",
      "Its share price fell by 48% over the year, knocking almost two-thirds off its market value.",
      "The stock plunged 30% in a week, wiping half off the group's market capitalisation.",
      "The bank's shares tumbled 12% on Friday, wiping a quarter off its valuation.",
    ],
    silent: [
      // a fraction listed after a percentage with its preposition again is the next part, not the percentage put again
      "The opera house draws 60 per cent of its income from the state, a quarter from donors and a fifth from ticket sales.",
      "About 55 per cent of the budget goes on salaries, a third on buildings and a fifth on equipment.",
      "The club earns 45% of its revenue from broadcasting, a third from match days and a quarter from sponsors.",
      "Just over a third of the cases — 36 per cent — were dropped.",
      "More than a quarter of the cases, 45%, were dropped.",
      "One in five lorries crossing into the port — 21% — failed the check.",
      "Three in ten households in the county, some 30 per cent, now have solar panels.",
      "The state holds a quarter of the airline, a 25% stake bought in 2011.",
      "Half the members left, a 20% fall on last year.",
      "He filled about half the appeal court seats, about 35 percent of the trial court seats.",
      "Half of the 80 members, some 38 people, resigned.",
      "The court upheld 30 of the 40 appeals it heard, about three-quarters.",
      "Just over half of the 500 firms, around 52%, plan to hire.",
      "A third of the voters, 33%, stayed at home.",
      "Half of the members, some 51%, have not paid their fees.",
      "Nearly half of the votes (48%) went to the incumbent.",
      "A quarter of the 400 workers, 100 people, were laid off.",
      "One in ten households has no car, while 40% have two.",
      "A quarter of the new homes, 38 of the 150, were sold to investors.",
      "The side has won only a third of its league matches, seven of 20.",
      "Turnout fell to a third, 34%, the lowest in decades.",
      "The party's share rose to a fifth, up 5% on last time.",
      "Exports make up a tenth of output, or 11 per cent of what the country produces.",
      "A fifth of the 600 patients treated at the clinic last year, 120 in all, were children.",
      "A fifth of the 600 patients were treated at the clinic last year, 200 of them children.",
      "The Tories slipped to a third, 3% down on 2019.",
      "A third of voters backed her, 60 of the 120 delegates did.",
      "A quarter of the 480 complaints referred to the tribunal, 120 in all, were upheld.",
      "Three-quarters of the 300 dairy farmers surveyed, 225 of them, said they would leave.",
      "A third of the 90 nurses on the ward, 30 in all, were agency staff.",
      // A part told of further is a subset, not the fraction's count.
      "Half of the 400 staff questioned, 120 of them women, said they felt unsafe.",
      "A quarter of the 80 pubs in town were sold last year, 12 of them to a brewer.",
      "Of the 300 dairy farmers surveyed, three-quarters, or 225, said they would leave.",
      "Of the 90 nurses, a third, 20 of them men, were agency staff.",
      "Some 225 of the 300 dairy farmers surveyed, three-quarters, said they would leave.",
      // A pair of figures compared is no restatement of the fraction.
      "Unemployment among graduates is a quarter of that among school leavers, 3% against 12%.",
      "Turnout among the young was a third of that among pensioners, 25% to 75%.",
      // Another whole after the percentage is another share; so is a second fraction with a noun of its own.
      "One in five complaints, 40% of refunds, concerned billing.",
      "One in five adults, one in three children, now lives in poverty.",
      "A tenth of reported crimes, about one in ten, were solved.",
      // "Nine in ten" allows what rounds to it; "three-quarters" keeps its looser 12%.
      "Some 88% of pupils, roughly nine in ten, passed.",
      "Three-quarters of the households, 68%, recycle.",
      // A count of another noun after a verb; a count near the fraction's, or of no other simple fraction.
      "A third of the staff quit, 60 of the 120 nurses.",
      "A third of the 40 staff, 12 of them, signed the letter.",
      "Two-thirds of the 20 staff, 12 in all, signed the letter.",
      "About three-quarters of the 60 members, 40 in all, voted.",
      // Bounds hold anything on their side.
      "Fewer than half of the 8,400 doctors balloted, 3,100 in all, backed strike action, falling short of the legal threshold.",
      "Less than a third of the 900 tenants, 150 in all, voted.",
      "Less than half of the 600 members, about 200 people, turned up.",
      "Around 45 per cent of flights at the airport, or fewer than half, were delayed.",
      "Roughly 52 per cent of the bank's profit, just over half, came from investment banking.",
      "Some 70 per cent of the budget, well over half, goes on salaries.",
      // "meaning" with figures that agree; a change is not a level.
      "Satisfaction has climbed to 88 per cent, meaning nearly nine in ten tenants are happy.",
      "Unemployment fell to 25 per cent, meaning one in four adults is out of work.",
      "Discards account for around 25 per cent of the catch, meaning a quarter of the fish are thrown back.",
      "Prices rose by 40 per cent, meaning a quarter of households cannot pay.",
      // A rate that agrees, is compared, or follows a fraction that is no subject.
      "One in four officers reported being assaulted on duty in the past year, a rate of 25 per cent that the federation called unacceptable.",
      "One in four officers reported being assaulted, against a rate of 10 per cent among civilian staff.",
      "One in four officers reported being assaulted last year, up from a rate of 18 per cent.",
      "Burglaries fell by a third last year, a rate of 40 per cent in the city centre.",
      // The counted noun inside the fraction, with figures that agree; a rate of another setting; no "every" or "out of".
      "Only one applicant in every eight was accepted, an acceptance rate of 12.5 per cent.",
      "The vaccine worked in four cases out of five, a success rate of 80%, the trial found.",
      "Drivers over 70 hold 12% of all licences, roughly one licence in every eight.",
      "One patient in every ten was readmitted, a readmission rate of 40% in the worst-run ward.",
      "The striker scored two goals in five minutes, a rate of 30% of the side's total.",
      "Output fell by a third overall, a rate of 4 per cent a year over the decade.",
      "The side won nine of their 12 group matches, a success rate of 75%.",
      "Surgeons saved 40 of the 50 patients, a survival rate of 80 per cent.",
      "The side won 11 of their 12 group matches, a success rate of 40% in the league.",
      "The academy placed 60 of its 120 graduates in jobs, an employment rate of about a half.",
      "The side won 11 of 12 matches, though its success rate over the decade was barely half.",
      "The share of renewables rose to 0.4, or 40 per cent.",
      "Its share of the market reached 0.3, or 33 per cent, once rounded.",
      "The proportion of adults who smoke fell to 0.12, or 12.5 per cent.",
      "The index rose 0.4, or four per cent.",
      "Shares in the miner fell to 0.4, or four per cent of their peak.",
      "The share of the vote held at 0.45, or 0.45 per cent of the register, for a third year.",
      // Another whole: an owner of its own, or a group that is not the other's members.
      "A third of the council's budget, 20% of its income, goes on care.",
      "Half the team, 30% of the league's players, are foreign.",
      "A quarter of the squad, 40% of the coaching staff, are new.",
      "Nearly half the squad, 48 per cent of the players named, are uncapped.",
      "Three-quarters of the site, around 75 per cent of its 40 hectares, would remain green.",
      // A collective whole after a place: the same share; a stock with an owner, or a whole of another noun.
      "Roughly one in ten homes in the city, some 10 per cent of the housing stock, is owned by a big landlord.",
      "Roughly one in ten homes in the city, some 25 per cent of the council's stock, is empty.",
      "One in ten homes in the city, some 25 per cent of rented flats, is damp.",
      // A fraction opening a clause of its own after "meaning" that fits what the share leaves tells of the rest.
      "Buses ran on time on 83 per cent of journeys, meaning roughly one in six was late, the watchdog said.",
      "Turnout was 83 per cent, meaning about one in six voters stayed at home.",
      "Some 70 per cent of trains arrived on time, meaning three in ten were late.",
      "The vaccine worked in 90 per cent of cases, meaning one in ten patients was not protected.",
      // The same share meant; a rate of money or a change meaning a fraction of another whole; a change amounted to; a count over time.
      "The side-effect rate of 25 per cent means one in four patients will be affected.",
      "An interest rate of 5 per cent means one in four borrowers will struggle.",
      "A 12.5 per cent rise means one in four families will pay more.",
      "A tariff of 25 per cent means one in ten factories could close.",
      "The 12,000 troops sent to the border amount to 10% of the army, or one soldier in every ten.",
      "The 12,000 troops amount to 25% more than last year's deployment, or one soldier in every ten.",
      "The new deployment amounts to 25% more, or one soldier in every ten.",
      "Only one household in eight, or 12.5 per cent, has a smart meter that works.",
      "He scored two goals in five minutes, 40% of the side's total.",
      "The town has seen one murder in 30 years, or 20 per cent fewer than the county average.",
      "Poland will spend 4.1% of its 3.4 trillion zloty GDP, about 140bn zloty, on defence next year.",
      "The firm spent 2% of its £3.4bn budget, about £68m, on training.",
      "About 3% of the 2,000 staff, some 60 people, were laid off.",
      "One in five homes sold last month, 21%, went for more than the asking price.",
      "One in five homes sold last month, 40% more than in March, went for more than the asking price.",
      "Three in ten flats let last year, 31 per cent, went to students.",
      "Just under two-thirds of the electorate, 66 per cent, turned out to vote.",
      "Nearly two-thirds of voters, 67 per cent, backed the plan.",
      "Almost a third of the 300 pupils, some 100, were absent.",
      "Nearly half of the nurses, 45 per cent, said they planned to leave.",
      "Four in five councillors, 79 per cent, voted to approve the merger.",
      "About four in five councillors, 75 per cent, voted to approve the merger.",
      "Four in five councillors, 78 per cent, voted to approve the merger.",
      "Two in five adults, 40%, own their home.",
      "Three-quarters of the 400 asylum seekers, some 290 people, were housed in hotels.",
      "Half of the 1,000 workers, about 460, were furloughed.",
      "Three-quarters of the 400 asylum seekers, some 250 of them families, were housed in hotels.",
      "Overriding the veto requires a two-thirds supermajority, or 67 of the Senate's 100 votes.",
      "The motion needs a two-thirds majority (100 of the 150 votes).",
      "A two-thirds majority, or 40 of the 60 seats, is needed to pass it.",
      // A fall that fits the fraction; a fall of something else than a price; an amount, not a fraction, wiped off;
      // a price cut, not a fall.
      "The shares slumped 20% on Tuesday, wiping a fifth off the company's value.",
      "The stock plunged 34% in a week, wiping a third off the group's market capitalisation.",
      "Sales fell 32% last year, wiping a fifth off the group's profit.",
      "The shares slumped 32% on Tuesday, wiping £1bn off the company's value.",
      "Shares fell 9% and the retailer took a quarter off the price of its own-brand goods.",
    ],
  });

  it("says what the fraction is", () => {
    const [finding] = fractionMismatch.check("A third of the voters, 45%, stayed at home.");
    expect(finding.message).toBe("A third is about 33%, not 45%.");
  });
});

describe("fraction-mismatch: a fraction put again after barely, scarcely, hardly", () => {
  itChecks(fractionMismatch, {
    fires: [
      "Some 60% of the electorate, barely a third, turned out for the run-off.",
      "Some 45% of members, barely a quarter, voted.",
      "Only 12% of the land, barely a third, is farmed.",
      "Around 20% of households, hardly half, own a car.",
    ],
    silent: [
      "Some 32% of the electorate, barely a third, turned out for the run-off.",
      // A fraction of another whole; a fraction of a change.
      "Some 60% of the electorate, barely a third of whom are under 40, turned out.",
      "Turnout was 60%, barely a third higher than in 2019.",
    ],
  });
});

describe("fraction-mismatch: more restatements (fraction-restated.ts)", () => {
  itChecks(fractionMismatch, {
    fires: [
      // A second fraction whose whole is named as the total.
      "One farm in four – a fifth of the total – now sells milk direct to customers.",
      "One school in three, a quarter of the total, has no playing field.",
      "One claim in ten – a fifth of the whole – was rejected.",
      "A quarter of the budget, a third of the total, goes on wages.",
      // A participle with its own phrase after the fraction's noun.
      "One in five new cars sold in the country, 40%, is now fully electric.",
      "One in four council homes built in the city last year, 45%, was sold to investors.",
      "A third of all cheap seats bought on the day, 60%, were for the stalls.",
      "Half the green jobs created in the region, 30 per cent, went to graduates.",
      // ", at" and the percentage closing the sentence.
      "Tries accounted for fewer than one in three points, at 38%.",
      "Exports made up about a quarter of output, at 45%.",
      "Women held fewer than one in five board seats, at 31 per cent.",
      "Students made up half of the audience, at 22%.",
      // "Exactly", "precisely": the percentage's rounding only.
      "Precisely three-fifths of the runs, 66 per cent, came from the top order.",
      "Exactly a third of the seats, 38%, went to women.",
      "Precisely half the budget, 54 per cent, goes on staff.",
      "Exactly a quarter of the 400 workers, 115 people, were laid off.",
      // A loose fraction stretched to a figure that is plainly half or a quarter.
      "Roughly two-thirds of the grant money, 52 per cent, went to universities in the south-east.",
      "About two-thirds of the cohort, 51%, graduated.",
      "Around a third of the orchards, 26 per cent, are organic.",
      "Some two-thirds of members, 50 per cent, voted.",
      // Not a list: the fraction's clause, then the share put again alone.
      "Of the 20 swimmers, half were European, 30 per cent.",
      "A third were women, 45%, according to the survey.",
    ],
    silent: [
      // Parts of a list, each with its own complement.
      "Of the 20 swimmers in the semi-finals, half were European, 30 per cent American and a fifth from Asia.",
      "Of the 40 finalists, a quarter were French, 40 per cent British and the rest from Spain.",
      "Of the 300 staff, half are nurses, 30 per cent doctors and a fifth porters.",
      "Of the 60 riders, a third were Belgian, 40% Dutch and the remainder from Italy.",
      "One farm in four – a fifth of the county's land – now grows maize.",
      "One in five new cars sold in the country, 20%, is now fully electric.",
      "One in five new cars were sold in the country, 40% of them online.",
      "A third of the tickets sold, 60% of the revenue, went to touts.",
      "Tries accounted for fewer than one in three points, at 28%.",
      "Exports made up a quarter of output, at 45% a year.",
      "Half of the loans were repaid early, at 5% interest.",
      "Precisely three-fifths of the runs, 60 per cent, came from the top order.",
      "Exactly a third of the seats, 33%, went to women.",
      "Three-fifths of the runs, 64 per cent, came from the top order.",
      "Roughly two-thirds of the grant money, 57 per cent, went to universities.",
      "About a third of adults, 28%, smoke.",
      "About a third of adults, 40%, smoke.",
      "Around three-quarters of the votes, 70%, went to the incumbent.",
    ],
  });
});
