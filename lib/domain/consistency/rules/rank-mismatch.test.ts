import { describe, expect, it } from "vitest";
import { rankMismatch } from "./rank-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("rank-mismatch", () => {
  itChecks(rankMismatch, {
    fires: [
      // A rank "since" a year against that year's figure, told after "when".
      "Sunday's turnout of 48% was the lowest in a presidential run-off since 1969, when 69% voted.",
      "Inflation hit 9.1% in June, its highest level since 1981, when it reached 8.9%.",
      "House prices rose 15%, the biggest rise since 2010, when they rose 12%.",
      "The pound fell to $1.05, its weakest since 1985, when it traded at $1.10.",
      "At 4,100, the number of new firms was the smallest since 2009, when 4,600 firms were registered.",
      "The Tories' 24% is their lowest share since 1832, when they won 29%.",
      "Growth of 0.1% was the weakest growth since 2012, when the economy grew 0.4%.",
      "The 5.2% fall was the biggest drop since 2009, when shares lost 4.1%.",
      // Another member's age with no comma before "in which", and "is just 27".
      "The 29-year-old is the youngest member of a cabinet in which the education minister is just 27.",
      "At 61, she is the oldest judge on a bench among whom the chief justice is 66.",
      // Figures told in the list of those ahead are theirs; the count of them ("two rivals") is none.
      "The airport was the third busiest in Europe last year with 61 million passengers, behind only two rivals that handled 58 million and 55 million.",
      "The club has the fourth-highest wage bill, at £180m, behind three rivals spending £210m, £200m and £170m.",
      "The port is the second busiest, handling 9 million containers, behind only Rotterdam with 8 million.",
      // The oldest of a group of a size told, with as many ages as members: the ages are theirs.
      "The oldest of the three finalists, 24-year-old Tamsin Hale, will face a 27-year-old defending champion and a 21-year-old debutant on Saturday.",
      "The youngest of the four candidates, 41-year-old Ian Moss, faces rivals aged 38, 52 and 60.",
      "The oldest of the three sisters, aged 62, lives with her 65-year-old and 70-year-old siblings.",
      // Many holders "together" are no one rival.
      "The biggest shareholder, with 9%, is behind the 12% held by the pension fund.",
      "The founder's 12% stake makes her the largest shareholder, though the state owns 30%.",
      // A decimal point inside the figures ends no clause.
      "Hamburg ranked third among Europe’s container ports with 7.7 million TEU, behind only Rotterdam’s 13.4 million.",
      "At 4.2 million, the city is the fourth-largest, behind only London’s 8.9 million.",
      "Sydney remains Australia’s priciest housing market, with a median of A$1.16m, just below Canberra’s A$1.19m.",
      "The costliest stadium, at £1.2bn, cost less than the £1.5bn arena.",
      "The largest employer, with 3,000 staff, has fewer than its rival, with 4,000.",
      "The busiest ward, with 400 admissions, had fewer than the next ward, with 500 admissions.",
      "The tallest building in London, at 310 metres, is shorter than the 320-metre tower in London's docklands.",
      "The smallest council in Wales, with 40,000 residents, is bigger than Merthyr, with 38,000.",
      "It is the country's busiest airport, with 80 million passengers, against 90 million at Gatwick.",
      "The biggest lender, with 20% of mortgages, is smaller than Halifax, with 30% of mortgages.",
      "The richest club in the league, with £400m, has less than Celtic, with £450m.",
      "The longest bridge, at 2km, is shorter than the 3km tunnel.",
      "The tallest player, at 1.98m, is shorter than the 2.03m captain.",
      "It was their highest finish, on 80 points, against 85 for Leeds.",
      "The most popular baby name, Olivia, was given to 3,000 girls, against 3,500 for Amelia.",
      "The port is Asia's busiest, second only to Singapore.",
      "Finishing fourth, she was behind only two rivals.",
      "The Kenyan, who finished sixth, was beaten only by the two Ethiopians.",
      "It was the year's top-selling phone, with 40 million sold, though a rival sold 55 million.",
      "At 25, he is the youngest player in the team, in which the striker is 19.",
      "The cheapest model, at $30,000, costs more than the $35,000 standard version.",
      "The state's lowest-paid workers, on $12 an hour, earn more than the minimum of $15.",
      "Its least profitable unit, with £5m of profit, made more than the toy division’s £3m.",
      "Japan is the third-largest car market, behind only China.",
      "She came second, behind the winner and the runner-up.",
      "Finishing fifth, the team was behind only the top two.",
      "With sales of 2 million, Ford became the biggest seller, ahead of Toyota's 2.5 million.",
      "The smallest of the parties, with 20 seats, is larger than the Greens with 12.",
      "At 30, she is the youngest minister, though the 28-year-old transport minister sits beside her.",
    ],
    silent: [
      // A rank "since" a year against that year's figure: the year named is at least as far out; a moment within the year
      // ("cut to 2%") or its average is no level of it.
      "Turnout of 48% was the lowest in a run-off since 1969, when just 31% voted.",
      "Inflation hit 9.1% in June, its highest level since 1981, when it reached 10.4%.",
      "Inflation hit 9.1% in June, its highest monthly rate since 1981, when it averaged 8.9%.",
      "Rates at 5.25% are the highest since 2008, when they were cut to 2%.",
      // A fall is below nothing, unless falls are what is ranked.
      "Growth of 0.1% was the weakest since 2012, when the economy shrank 0.4%.",
      "The 3.2% fall was the biggest drop since 2009, when shares lost 4.1%.",
      "Unemployment rose to 5.2%, the highest since 2016, when it stood at 5.4%.",
      "The pound fell to $1.05, its weakest since 1985, when it traded at $1.04.",
      "Unemployment of 5.2% is the highest since 2015, when the party won 37% of the vote.",
      "The 29-year-old is the youngest member of a cabinet in which the education minister is 31.",
      "At 27, the education minister is the youngest member of the cabinet; the prime minister is 58.",
      // The list of those ahead ends where a contrast begins.
      "The party was the second-largest with 120 seats, behind the Tories on 150 but well clear of Labour's 90.",
      // Figures told in the list of those ahead are theirs; the count of them ("two rivals") is none.
      "The airport was the third busiest in Europe last year with 51 million passengers, behind only two rivals that handled 58 million and 55 million.",
      "The party was the second-largest with 120 seats, behind the Tories on 150 and ahead of Labour on 90.",
      "The club has the fourth-highest wage bill, at £160m, behind three rivals spending £210m, £200m and £170m.",
      // The oldest of a group of a size told, with as many ages as members: the ages are theirs.
      "The oldest of the three finalists, 27-year-old Tamsin Hale, will face a 24-year-old defending champion and a 21-year-old debutant on Saturday.",
      "The oldest of the three finalists, 24-year-old Tamsin Hale, beat a 30-year-old in the semi-final.",
      "The youngest of the four candidates, 36-year-old Ian Moss, faces rivals aged 38, 52 and 60.",
      "The oldest of the three sisters, aged 70, lives with her 65-year-old and 62-year-old siblings.",
      // Many holders "together" are no one rival.
      "The chief executive's 9 per cent stake makes him the biggest individual shareholder, though institutions together own 72 per cent.",
      "The founder's 12% holding makes her the largest single shareholder, though pension funds between them hold 40%.",
      "The family's 15% stake makes it the biggest investor, though its three rivals own 48% combined.",
      "Hamburg ranked second among Europe’s container ports with 7.7 million TEU, behind only Rotterdam’s 13.4 million.",
      "Sydney remains Australia’s priciest housing market, with a median of A$1.19m, above Canberra’s A$1.16m.",
      "The priciest flat, at £2.5m, has fewer rooms than the £1.8m house.",
      // Counts of two things.
      "The largest employer, with 3,000 staff, serves 40,000 customers, against 60,000 at its rival.",
      "The busiest ward, with 30 beds, saw 400 admissions against 500 on the next ward.",
      // A rival from beyond the rank's scope.
      "The smallest council in Wales, with 40,000 residents, is bigger than Rutland, England's smallest, with 38,000.",
      "Britain's biggest bank, with £2tn of assets, trails JPMorgan, the world's biggest, with £3tn.",
      "It is the country's busiest airport, with 80 million passengers, against 90 million at Atlanta, the world's busiest.",
      // Shares of two wholes.
      "The biggest lender, with 20% of mortgages, lent 25% of its book to first-time buyers, against 30% at Halifax.",
      // A figure of another measure than the rank's.
      "The most expensive hotel in the city, with 300 rooms, has fewer than the Grand, with 450, and the Ritz, with 380.",
      "The richest club in the league, with 40 trophies, has won fewer than Celtic, with 55.",
      "The busiest station, costing £40m, is cheaper than the £60m hub at Leeds.",
      "The longest bridge, built for £200m, cost less than the £300m tunnel.",
      "The heaviest of the three satellites, at £90m, was cheaper than the £120m probe.",
      "The tallest player, on £40,000 a week, earns less than the captain on £90,000.",
      "The oldest of the five, worth £3m, is worth less than the £5m newest.",
      // A rank against its own past.
      "Oxford climbed to second, their highest finish since 1990, on 80 points against 85 for the champions.",
      // A figure of another time is no rival.
      "The most popular baby name, Olivia, was given to 3,000 girls, against 3,500 a year earlier.",
      "Labour topped the poll with 40%, its highest share since 1997, against 45% then.",
      // "… and ahead of" ends the list of those ahead.
      "Leeds were the second-best attack with 58 goals, behind Spurs' 66 and ahead of Everton's 49.",
      "The port is Asia's second busiest, behind only Singapore.",
      "France's biggest bank, third behind two Chinese lenders globally, raised its dividend.",
      "Finishing third, she was behind only two rivals.",
      "The Kenyan, who finished third, was beaten only by the two Ethiopians.",
      "It was the year's top-selling phone, with 55 million sold, though a rival sold 40 million.",
      "At 25, he is the youngest player in the team, in which the striker is 27.",
      "At 30, she earns more than her 50-year-old boss.",
      "The team, with 20 points, has more than twice the 9 of its rival.",
      "The firm, with 300 staff, made more than the £5m expected.",
      "The third body, with independence subject only to a court ruling, would set the rates.",
      "Most analysts put it at 40%, though the ministry says 55%.",
      "Most drivers paid £50, against £80 last year.",
      "Japan is the third-largest car market, behind China and the United States.",
      "She came second, behind only the winner.",
      "With sales of 2 million, Ford became the second-biggest seller, behind Toyota's 2.5 million.",
      "The cheapest plan costs $10 a month, the most expensive $45.",
      "Inflation hit 11.1%, its highest in 41 years.",
      "It is the tallest building in the city, at 310 metres, ahead of a 250-metre tower.",
    ],
  });

  it("says which rank the list makes it", () => {
    const [finding] = rankMismatch.check("Japan is the third-largest car market, behind only China.");
    expect(finding.message).toBe("“third”, but 1 is named ahead and only them: that makes it second.");
  });
});

// "the biggest of the town's four": the set's size, its scope named by an owner, is no figure of the subject's.
describe("rank-mismatch: a set sized with an owner", () => {
  itChecks(rankMismatch, {
    fires: [
      "The bakery chain, the smallest of the town's four, runs 18 shops against 12, nine and six for its rivals.",
      "The library, the busiest of the county's three, lends 40,000 books a year against 52,000 and 31,000 at the others.",
      "The clinic, the largest of the city's five, sees 900 patients a week against 1,100 and 700 for the next two.",
    ],
    silent: [
      "The bakery chain, the biggest of the town's four, runs 18 shops against 12, nine and six for its rivals.",
      "The library, the busiest of the county's three, lends 60,000 books a year against 52,000 and 31,000 at the others.",
    ],
  });
});

// A superlative just after a rival's cue ("behind the biggest of £42m") names the rival; a count of games after "after"
// is when, not who is ahead. Each group: the untuned sentence first, then variants, then clean look-alikes.
describe("rank-mismatch: the rival's superlative; a count of games", () => {
  itChecks(rankMismatch, {
    fires: [
      "The club posted the biggest profit in the league, £38m, against £42m at Leeds.",
      "The city has the largest population in the region, 410,000, behind the county town with 450,000.",
      "The firm is the smallest lender, with £2bn, against the biggest at £1.5bn.",
      "The party came third, after Labour and the Greens and the Tories.",
    ],
    silent: [
      "The club posted the second-biggest loss in the league, £38m, behind the biggest of £42m.",
      "The bank reported the third-largest loss, £2bn, behind the largest of £5bn.",
      "The town has the second-highest rents in the county, £1,100, behind the highest at £1,400.",
      "The club came second with 80 points, after 38 games, ahead of City on 78.",
      "The rider finished third after 12 stages, behind Pogacar and Vingegaard.",
    ],
  });
});

// A rank within one year (or season) leaves out a figure of another year, though it ranks times. The flagged sentence
// first (must not fire), then variants that must, then look-alikes.
describe("rank-mismatch: a rank within the year against another year", () => {
  itChecks(rankMismatch, {
    fires: [
      "Spending was the highest of the decade, at £4bn, against £5bn in 2019.",
      "Attendance was the highest of the season, at 41,000, against 45,000 a week earlier.",
      "Spending was the highest of the year so far, at £4bn, against £5bn in March.",
    ],
    silent: [
      "Spending was the highest of the year so far, at £4bn, against £5bn in 2019",
      "Sales were the highest of the year, at 4,000, against 5,000 last year.",
      "Attendance was the highest of the season, at 41,000, against 45,000 last season.",
    ],
  });
});
