import { describe } from "vitest";
import { rankAgainstFigures } from "./rank-against-figures";
import { itChecks } from "./rule-cases.test-fixture";

// Round 6 of rank-against-figures: places told in more ways (a list of rivals, an unnamed rival, "more than all but
// one", a superlative over the whole set), in a file of its own to keep the others under 400 lines. Each group: the
// untuned sentence first, then variants in other words, then clean look-alikes.

describe("rank-against-figures: shrinking is a fall beside a rank of strength", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Mining was the weakest sector, contracting by 0.3%, while retail shrank 1.1%.",
      "Construction was the weakest industry, shrinking 0.4%, as manufacturing contracted 1.2%.",
      "Construction was the strongest industry, shrinking 1.4%, as manufacturing contracted 0.2%.",
      "Farming was the weakest sector, contracting 0.2%, while services shrank 0.9%.",
    ],
    silent: [
      "Mining was the weakest sector, contracting by 1.1%, while retail shrank 0.3%.",
      "Construction was the strongest industry, shrinking 0.4%, as manufacturing contracted 1.2%.",
      "Mining was the weakest sector, contracting by 1.1%, while retail grew 0.3%.",
    ],
  });
});

describe("rank-against-figures: a place in words after \"ranked\" counts no places", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Shell ranked second by output with 410,000 barrels a day, behind TotalEnergies on 380,000.",
      "The port ranked third by tonnage with 61 million tonnes, behind Antwerp on 58 million.",
      "The airline ranked fourth for passengers with 52 million, behind Ryanair on 48 million.",
      "The trust ranked second for waiting times with 71% seen on time, behind Leeds on 66%.",
    ],
    silent: [
      "Shell ranked second by output with 380,000 barrels a day, behind TotalEnergies on 410,000.",
      // A ranking's numbers are places.
      "The club ranked third with 61 points, behind Arsenal, ranked No 2 on 64.",
      "The player, ranked 40 in the world, sits behind Jones at 12 in the rankings.",
    ],
  });
});

describe("rank-against-figures: a cue's rivals listed", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Solar came third with 12% of generation, ahead of biomass on 8% and nuclear on 15%.",
      "The party polled second with 31%, ahead of the Greens on 18%, Reform on 34% and the Lib Dems on 12%.",
      "Leeds came fourth with 2.1 million visitors, behind York on 2.4 million and Bath's 1.9 million.",
      "The bank came second with £40bn of deposits, ahead of Lloyds on £31bn and Barclays on £44bn.",
    ],
    silent: [
      "Solar came third with 12% of generation, ahead of biomass on 8% and nuclear on 5%.",
      "The party polled second with 31%, ahead of the Greens on 18%, Reform on 22% and the Lib Dems on 12%.",
      // A change of the subject's own, and a new cue, are no listed rivals.
      "Solar came third with 12%, ahead of biomass on 8% and up 3% on last year.",
      "Solar came third with 12%, ahead of biomass on 8% and well behind gas on 40%.",
    ],
  });
});

describe("rank-against-figures: the rival's place set off after its name", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Tokyo slipped to fourth place among the world's stock markets by value, at $6.2tn, overtaken by Shanghai, now fifth at $6.5tn.",
      "The club finished third, ahead of Leeds, now second on goal difference.",
      "Ford came fifth in sales, behind Kia, sixth.",
      "The party slipped to third, overtaken by Reform, now fourth in the polls.",
    ],
    silent: [
      "Tokyo slipped to fourth place among the world's stock markets, overtaken by Shanghai, now third.",
      "The club finished third, ahead of Leeds, now fourth.",
      // An ordinal that is no place of the rival's.
      "Tokyo slipped to fourth place, overtaken by Shanghai, third-largest by turnover.",
      "The club finished third, behind Leeds, second time in a row.",
    ],
  });
});

describe("rank-against-figures: a figure that puts its holder in a place", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "HSBC's £12bn profit put it last among the five biggest banks, just below Barclays on £7bn.",
      "The club's 61 points left it third in the table for the whole of the season, behind Arsenal on 58.",
      "Aldi's 10.2% share put it fifth among the country's grocers by sales, ahead of Lidl on 11.5%.",
      "The mayor's 44% rating put her fourth among the region's directly elected mayors, below Burnham on 39%.",
    ],
    silent: [
      "HSBC's £5bn profit put it last among the five biggest banks, just below Barclays on £7bn.",
      "Aldi's 10.2% share put it fifth among the country's grocers by sales, behind Lidl on 11.5%.",
      // A new clause with a subject of its own.
      "Aldi's 10.2% share put it fifth, and in the year to June the chain of discount shops fell behind Lidl on 8.1%.",
    ],
  });
});

describe("rank-against-figures: ranked from worst to best", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Ranked from worst to best, the tram lines' punctuality was: Red line 91%, Blue line 86%, Green line 78%.",
      "Listed from best to worst, the trusts' cancer survival rates were 71%, 74% and 65%.",
      "Ranked from worst to best, unemployment in the three regions was 4.4%, 5.2% and 7.1%.",
      "Ranked from best to worst, the councils' recycling rates were 48%, 55% and 61%.",
    ],
    silent: [
      "Ranked from worst to best, the tram lines' punctuality was: Green line 78%, Blue line 86%, Red line 91%.",
      "Ranked from worst to best, unemployment in the three regions was 7.1%, 5.2% and 4.4%.",
      // No good side told: best and worst say nothing of the order.
      "Ranked from worst to best, the three clubs scored 41, 48 and 52.",
    ],
  });
});

describe("rank-against-figures: an unnamed rival said to be lower or higher", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The mayor's approval rating of 38% puts her fourth among the region's five mayors, with the only one scoring lower on 41%.",
      "The party's 24% put it second of the six, with only one rival polling higher, at 21%.",
      "Its 41 points left it second, with only one team scoring more, on 38.",
      "The school's 62% pass rate put it fifth of six, with the only one scoring lower on 70%.",
    ],
    silent: [
      "The mayor's approval rating of 38% puts her fourth among the region's five mayors, with the only one scoring lower on 31%.",
      "The party's 24% put it second of the six, with only one rival polling higher, at 29%.",
      // A figure of another time.
      "The hospital's 68% was below target, with the only other trust scoring lower on 81% last year.",
    ],
  });
});

describe("rank-against-figures: first place in a ranking of times, slower than the runner-up", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The force climbed to first place in the league table for emergency response with an average of 11 minutes, still slower than the runner-up's nine.",
      "The trust rose to first place for ambulance handovers, at 14 minutes, slower than the runner-up at 12 minutes.",
      "He finished third, two seconds faster than the runner-up.",
      "The airport climbed to first place for security queues, at 9 minutes, slower than the runner-up at 7 minutes.",
    ],
    silent: [
      "The force climbed to first place in the league table for emergency response with an average of 8 minutes, faster than the runner-up's nine.",
      "She came second in 2:05:11, slower than the winner and quicker than the third-placed Tola.",
      // Without times, slower says nothing of the place.
      "The economy rose to first place in the growth table, though growth was slower than the runner-up expected.",
    ],
  });
});

describe("rank-against-figures: more than all but some", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "The Brent field, the second-smallest of the six, produced 22,000 barrels a day, more than all but one of the others.",
      "The school, the third-biggest of the county's eight, took in 900 pupils, more than all but one of the others.",
      "The council, the second-smallest of the five, spent £2m, less than all but three of the others.",
      "The ward, the second-largest of the seven, has 9,000 voters, fewer than all but one of the others.",
    ],
    silent: [
      "The Brent field, the second-largest of the six, produced 22,000 barrels a day, more than all but one of the others.",
      "The Brent field, the fifth-smallest of the six, produced 22,000 barrels a day, more than all but one of the others.",
      "The council, the second-smallest of the five, spent £2m, less than all but one of the others.",
    ],
  });
});

describe("rank-against-figures: a place, then the superlative of the whole set", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Ranked fourth among OECD members for public debt, Japan has a debt-to-GDP ratio of 255%, the highest of all 38.",
      "Ranked third for exports, Germany sold exports worth $1.6tn, the highest of all 27 EU members.",
      "Finished second for attendance, with attendance of 52,000, the highest of all 20 clubs.",
      "Ranked fifth in the league for crime, the city recorded 94 crimes per 1,000 people, the highest of them all.",
    ],
    silent: [
      // Another measure than the place's, and a set that is no measure.
      "Ranked fourth for growth, Ireland has a debt ratio of 45%, the lowest of all 27.",
      "Ranked fourth in Europe for growth, Ireland has a debt ratio of 45%, the lowest of all 27.",
      "Ranked third in the league for attendance, the club drew average crowds of 52,000, the biggest of them all.",
    ],
  });
});

describe("rank-against-figures: a rank within the year leaves out other years", () => {
  itChecks(rankAgainstFigures, {
    fires: [
      "Attendance was the highest of the season, at 41,000, against 45,000 a week earlier.",
      "Spending was the highest of the decade, at £4bn, against £5bn in 2019.",
      "Sales were the highest of the year, at 4,000, against 5,000 in March.",
    ],
    silent: [
      "Sales were the highest of the year, at 4,000, against 5,000 last year.",
      "Attendance was the highest of the season, at 41,000, against 45,000 last season.",
      "Spending was the highest of the year so far, at £4bn, against £5bn in 2019.",
    ],
  });
});
