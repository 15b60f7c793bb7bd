import { describe, expect, it } from "vitest";
import { multiplierMismatch } from "./multiplier-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("multiplier-mismatch", () => {
  itChecks(multiplierMismatch, {
    fires: [
      // A tally after "twice as many", the larger figure first.
      "Ms Reyes received twice as many votes as her nearest rival, 18,200 to 11,700.",
      "The visitors had three times as many shots, by 18 shots to 9.",
      // An approximation before the second figure of the pair widens it, and does not hide it.
      "Demand from data centres is set to double by 2030, from 415 TWh to some 1,300 TWh.",
      "Sales tripled from £2m to nearly £4m.",
      "Prices are four times higher than in 2000, when a house cost £80,000 against £220,000 today.",
      "Sales doubled as they rose from 40 to 55.",
      "Output doubled after the plant reopened, from 200 to 300 tonnes.",
      "Sales doubled to 30,000, against 20,000 in the same period last year.",
      "Sales doubled to 30,000, against 20,000 in March.",
      // A fall "to" a fraction of its own level; a half added to a multiple.
      "Membership has fallen to a quarter of its peak, from 80,000 to 30,000.",
      "Its budget was cut to two-thirds of the 2019 figure, from £90m to £45m.",
      "The herd shrank to half its size, from 900 to 600.",
      "Two and a half times as many people voted, 25,000 against 12,000.",
      "The clinic sees one and a half times as many patients as a year ago: 300 against 250.",
      "The budget has doubled to £5m, against £3m in 2019.",
      "Sales more than halved in a year, sliding from 800 to 500.",
      "The bank raised its main rate by 50 basis points, from 2% to 2.25%.",
      "Borrowing costs were raised by half a point, from 1% to 2%.",
      "The bank cut its rate by a quarter of a point, from 3% to 2.5%.",
      "The herd has shrunk by two-thirds, from 900 to 600.",
      // A participle whose object is the multiple's own thing (a pronoun, the same word, a word grown from it).
      "The firm halved its emissions, cutting them from 40 to 25 grams.",
      "The firm halved its emissions, cutting emissions from 40 to 25 grams.",
      "Membership has doubled, taking the club's members from about 400 to 500.",
      "Sales have tripled, rising from 200 to 260.",
      "Passenger numbers are now double their 2019 level: 3 million, against 2 million then.",
      "Sales rose from 10 to 15, doubling.",
      "Profits were halved, from $4m to $3m.",
      "Output tripled to 20 from 10.",
      "Exports more than doubled, from 10,000 to 18,000.",
      "Costs nearly doubled from 10 to 25.",
      "Twice as many people voted this year, 30,000 against 20,000 last year.",
      "Turnout rose ten points, from 50% to 70%.",
      "The yield rose by 50 basis points, from 4% to 5%.",
      "The workforce was cut by 500, from 3,000 to 2,000.",
      "The cost of living rose a modest 2%, from £100 a week to £110.",
      "Exports fell from $12bn to $10bn, a 40% drop.",
      // A bare verb after a modal or "to"; "to rise by 10%, from …" leaves the "from … to" pair to be read.
      "Council tax will rise by half, from £1,600 to £2,800 a year.",
      "Fees are set to rise by 10%, from £300 to £500.",
      "Output is expected to fall by a quarter, from 800 to 500 tonnes.",
      // A currency the parser does not know, glued before both figures.
      "Bus fares have doubled since March, from K4.50 to K12.",
      "A kilo of rice has tripled in price, to Rs1,200 from Rs900.",
      "Deaths saw a rise of 20%, from 100 to 150.",
      // A participle or apposition after the figures restates their change when it names nothing else: no object, a
      // pronoun or level word, a word of the sentence's own, a time span, or the pair's own baseline.
      "Sales rose to 30, doubling from 20.",
      "Staff numbers grew from 40 to 55, doubling in two years.",
      "The firm cut its workforce from 900 to 600, halving it.",
      "The fund grew from $4m to $6m, doubling its size.",
      "Ticket sales rose from 2,000 to 3,000, tripling their previous level.",
      "Staff numbers grew from 40 to 55, doubling the number of staff.",
      "The school expanded from 300 to 400 pupils, doubling its pupil numbers.",
      "Membership rose from 10,000 to 12,000, a tenfold increase.",
      "Membership rose from 10,000 last year to 12,000, a fivefold rise on last year.",
      "Profits rose from £2m to £3m, doubling on the year before.",
      // A contrast word with no subject of its own, or a clause that holds both the multiple and the figures.
      "Costs were flat, while sales doubled from £10m to £30m.",
      "The deficit has halved, although only from £40bn to £30bn.",
      "Membership doubled, though still only from 8,000 to 12,000.",
      "Sales doubled, though they rose only from 40 to 60.",
      // A fractional multiple after a verb of rise.
      "Farmland prices in the county have risen two and a half times since 2005, from £4,200 an acre to £7,100.",
      "The average pension pot at retirement has grown two and a half times since 2012, from £38,000 to £61,000.",
      "Membership grew 1.5 times over the decade, from 40,000 to 90,000.",
      "Rents have gone up three and a half times since 2000, to £1,400 from £700 a month.",
      "Exports increased one and a half times, from twelve million to twenty-four million tonnes.",
      // A pair whose first figure carries a rate ("barrels a day"); "times as" any adjective, against a rate's figures.
      "Seaborne crude exports to India were cut by a third, to 1.4 million barrels a day from 1.8 million.",
      "Production was cut by a quarter, from 2 million barrels a day to 1.8 million.",
      "Ridership rose by half, to 90,000 passengers a day from 75,000.",
      "The plant's output doubled to 300 tonnes a week from 200 tonnes.",
      "Knife crime is now five times as common in the borough as in its neighbour, at 2.4 offences per 1,000 people against 0.8.",
      "Measles is now three times as prevalent in the city as nationally, at 12 cases per 100,000 people against 6.",
      "Cycling deaths are twice as frequent on rural roads, at 4.5 per million journeys against 1.5.",
      "The drug is four times as effective as the old one, with 80 recoveries against 40.",
    ],
    silent: [
      // A participle's object, or an apposition's baseline, that names another thing or time.
      "The firm raised its price from £10 to £12, doubling its profit margin.",
      "Output rose from 200 to 260 tonnes, tripling the plant's export earnings.",
      "The council cut the speed limit from 30mph to 20mph, halving the number of crashes.",
      "Staff numbers grew from 40 to 55, doubling the size of the sales team.",
      "The minimum wage went up from £8 to £10, quadrupling the number of workers who qualify for the bonus.",
      "The company cut its workforce from 900 to 600, doubling the redundancy bill.",
      "Cases rose from 120 to 150 a week, doubling the strain on intensive care.",
      "The charity raised £1.2m, against £1m last year, tripling its spending on research.",
      "Prices rose to £30, up from £25, doubling the profit on each unit.",
      "The club moved to a new ground, lifting capacity from 8,000 to 12,000, a fivefold rise on its capacity in 1990.",
      "Rainfall rose from 20mm to 30mm, a threefold rise on the long-term average for May.",
      "Membership rose from 10,000 to 12,000, a tenfold increase on the 1,200 members it had in 1990.",
      "Exports rose from £2bn to £2.4bn, a twofold rise on the level a decade ago.",
      "The factory's staff rose from 150 to 180, a threefold increase on the number it employed in 2010.",
      "Ms Reyes received twice as many votes as her nearest rival, 18,200 to 9,300.",
      "The visitors had three times as many shots, 18 to 6.",
      "Twice as many people are expected this year, between 10,000 to 12,000 a day.",
      "Demand from data centres is set to double by 2030, from 415 TWh to some 870 TWh.",
      "Sales doubled from £2m to more than £4m.",
      "Sales tripled from £2m to nearly £5.9m.",
      // The earlier figure first; parts of wholes.
      "Prices are four times higher than in 2000, when a house cost £80,000 against £320,000 today.",
      "Smokers are five times as likely to develop the disease; 200 of the 1,000 studied did, against 40 of 1,000 non-smokers.",
      // A change told in a clause or phrase of its own, with its own subject.
      "Sales doubled last year as the chain grew from 40 to 55 stores.",
      "The firm tripled its profit after cutting staff from 900 to 600.",
      "Output doubled, with the workforce rising from 200 to 240.",
      "Ridership doubled after fares were cut from £3 to £1.50.",
      "Exports quadrupled in value, though volumes only rose from 10,000 to 15,000 tonnes.",
      // A contrast clause with its own subject and verb owns its own multiple (while, although, even as, even though…).
      "Spot freight rates have doubled since May, although the container line's quarterly profit rose more modestly, from $900m to $1.3bn.",
      "Waiting lists at the children's hospital have halved since March, falling from 4,400 to 2,200, even though referrals doubled over the same period.",
      "The number of nurses leaving halved to 9,900 from 19,800 a year earlier, even as the number of doctors leaving tripled.",
      "Coal output has halved since 2015, though gas output climbed from 40 to 48 terawatt hours.",
      "Fines rose from twenty to thirty, even though the number of offences halved.",
      "Subscriptions climbed to 90,000 from 60,000 last year, even as advertising revenue tripled.",
      // A participle with an object of its own between the multiple and the figures: another thing's change.
      "The airline has doubled its fleet, cutting fares from £90 to £60.",
      "Sales have tripled, lifting the workforce from 200 to 260.",
      "The bank tripled its profit, lifting earnings per share from 10p to 12p.",
      "Exports have halved, pushing the trade deficit from £4bn to £5bn.",
      // A fractional multiple that fits; a whole number of times after a verb of rise counts occasions.
      "Farmland prices have risen two and a half times since 2005, from £4,200 an acre to £10,500.",
      "The pot has grown nearly two and a half times, from £25,000 to £59,000.",
      "Membership grew 1.5 times over the decade, from 40,000 to 60,000.",
      "Prices rose more than two and a half times, from £10 to £40.",
      "Interest rates have risen three times this year, from 0.1% to 0.75%.",
      "Fares have gone up three times since 2019, from £4 to £5.20.",
      // The later figure first, against another thing's figure, is no change.
      "The fastest-growing city, with 5% growth, has 300,000 people, against 400,000 in its neighbour.",
      // The fraction of another thing, or the share itself; a multiple that fits with its half.
      "Wages fell to half the national average, from £30,000 to £20,000.",
      "Sales fell to half of what rivals sell, from 900 to 700 units a week.",
      "Support fell to a third, from 45% to 33%.",
      "Membership has fallen to about a quarter of its peak, from 80,000 to 21,000.",
      "Output dropped to half, while staff fell from 900 to 800.",
      "Two and a half times as many people voted, 25,000 against 10,000.",
      // A "when" clause tells of its own time.
      "At £88m, the wage bill is now double that of 2015, when the club had 40 players against 25 now.",
      "Sales more than halved in a year, sliding from 800 to 350.",
      "The bank raised its main rate by 25 basis points, from 2% to 2.25%.",
      "Borrowing costs were cut by half a point, from 2% to 1.5%.",
      "The bank cut its rate by a quarter of a point, from 3% to 2.75%.",
      "The price of eggs has tripled, and the price of milk has risen by a third, from 90p to £1.20.",
      "Flights rose 4% to 1.2 million in the third quarter, against 1.15 million a year earlier.",
      "The workforce was slashed by a quarter, from 8,000 to 6,000.",
      "Sales doubled from 10 to 20.",
      "Profits more than doubled, from 10 to 25.",
      "Sales nearly doubled from 10 to 19.",
      "The price was halved from €8 to €4.",
      "Sales doubled last year.",
      "The firm posted double-digit growth, from 5% to 15%.",
      "Sales rose from 10 to 15.",
      "Twice as many people voted this year, 40,000 against 20,000 last year.",
      "Turnout rose ten points, from 50% to 60%.",
      "The workforce was cut by 1,000, from 3,000 to 2,000.",
      "Prices rose by 5% a year, from £100 in 2010 to £163 in 2020.",
      "Fees went up from $5 to $6, and will double to $12 next year.",
      "Turnover doubled to €4m, while profit rose from €1m to €1.5m.",
      "Council tax will rise by half, from £1,600 to £2,400 a year.",
      "Fees are set to rise by 10%, from £300 to £330.",
      "Output is expected to fall by a quarter, from 800 to 600 tonnes.",
      "The minimum wage has roughly doubled in a decade, from R20 an hour to R38.50.",
      // Letters before numbers that are no money: junctions, quarters, aircraft.
      "Traffic doubled on the M25 from J10 to J12.",
      "Profits doubled from Q1 to Q4.",
      "Orders for the jet tripled as airlines moved from A320 to A350 models.",
      "Tickets will rise 10% in 2025, and from £50 to £60 for members.",
      "Profits will rise 8% this year and costs will jump from £10m to £14m.",
      "Rents could rise by half, from £1,000 to £1,500 a month, by 2030.",
      "Deaths saw a rise of 50%, from 100 to 150.",
      // The multiple that fits; a pair across another clause or too many words; "as" before a role, not an adjective.
      "Seaborne crude exports to India were cut by a quarter, to 1.4 million barrels a day from 1.8 million.",
      "Imports rose by half to 1.2 million tonnes after a drought cut output from 1.8 million.",
      "Exports were cut by a third, to 1.4 million barrels a day, while imports rose from 1.8 million.",
      "Knife crime is now three times as common in the borough as in its neighbour, at 2.4 offences per 1,000 people against 0.8.",
      "Cycling deaths are three times as frequent on rural roads, at 4.5 per million journeys against 1.5.",
      "She has reached the final three times as captain, with 40 caps against 25 for her deputy.",
    ],
  });

  it("states the factor the figures give", () => {
    const [finding] = multiplierMismatch.check("Sales rose from 10 to 15, doubling.");
    expect(finding.message).toBe("“doubling” means ×2, but 10 to 15 is ×1.5.");
  });
});

describe("multiplier-mismatch: a hundredfold, a factor of, more than doubled, the nouns compared", () => {
  itChecks(multiplierMismatch, {
    fires: [
      "Broadband speeds in the villages rose a hundredfold, from 2 megabits per second to 80.",
      "Output rose a hundredfold, from 20 tonnes to 800.",
      "Data traffic grew a thousandfold, from 3 terabytes to 300.",
      // "by a factor of": up after a rise, its inverse after a fall.
      "The museum's visitor numbers have grown by a factor of six since reopening, from 50,000 to 200,000 a year.",
      "Sales grew by a factor of ten, from £2m to £5m.",
      "Emissions fell by a factor of four, from 80 tonnes to 30.",
      "Voter registration rose by a factor of 2.5, from 800,000 to three million.",
      // "More than": the figures' rounding is allowed already.
      "Passenger numbers at the regional airport have more than doubled since 2019, rising from 1.6 million to 2.9 million.",
      "Rents have more than doubled since 2010, from £600 to £1,150 a month.",
      "The charity's income more than tripled, from £2.1m to £5.8m.",
      "Membership more than doubled over the decade, from 41,000 to 79,000.",
      // The two things compared, named again after their figures, in either order.
      "Nearly twice as many girls as boys achieved the top grades, with 2,300 girls and 2,100 boys reaching grade 9.",
      "Three times as many cyclists as pedestrians were injured, with 400 cyclists and 250 pedestrians hurt.",
      "Four times as many cars as bikes crossed the bridge, with 8,000 cars and 3,000 bikes.",
      "Twice as many women as men applied, with 1,100 men and 2,900 women.",
    ],
    silent: [
      "Broadband speeds rose a hundredfold, from 2 megabits per second to 200.",
      "The museum's visitor numbers have grown by a factor of six, from 50,000 to 300,000 a year.",
      "Emissions fell by a factor of four, from 80 tonnes to 20.",
      // Read whole: not "a factor of 2".
      "Voter registration rose by a factor of 2.5, from 800,000 to two million.",
      "Rents have more than doubled since 2010, from £600 to £1,250 a month.",
      "Passenger numbers have more than doubled, from 1.6 million to 3.3 million.",
      // Rounded figures that may be more than double.
      "Passenger numbers have more than doubled, from 1.45 million to 2.9 million.",
      "Nearly twice as many girls as boys achieved the top grades, with 2,300 girls and 1,200 boys reaching grade 9.",
      "Twice as many women as men applied, with 1,100 men and 2,150 women.",
      // Figures of other things than those compared.
      "Twice as many girls as boys achieved the top grades, with 2,300 pupils and 2,100 teachers taking part.",
    ],
  });
});

describe("multiplier-mismatch: a hyphened multiple with a half", () => {
  itChecks(multiplierMismatch, {
    fires: [
      "Jobless claims rose two-and-a-half times, from 200,000 to 400,000.",
      "House prices have risen three-and-a-half times since 2000, from £100,000 to £250,000.",
      "Fees grew one-and-a-half times, from £6,000 to £12,000.",
      "Output went up two-and-a-half times, from 40 tonnes to 60 tonnes.",
    ],
    silent: [
      "Jobless claims rose two-and-a-half times, from 200,000 to 500,000.",
      // A whole number after a verb of rise may count occasions.
      "Rates have risen three times this year, from 0.1% to 0.75%.",
    ],
  });
});

describe("multiplier-mismatch: a verb of change with an object told at length", () => {
  itChecks(multiplierMismatch, {
    fires: [
      "The bank cut the payout on its flagship Isa by two-thirds, from 4.5% to 3%.",
      "The council cut the grant for its youth clubs by half, from £40,000 to £30,000.",
      "The firm raised the price of its basic plan by a third, from £9 to £15.",
      "The regulator cut the cap on the standard tariff by a quarter, from £2,000 to £1,200.",
    ],
    silent: [
      "The bank cut the payout on its flagship Isa by a third, from 4.5% to 3%.",
      "The firm raised the price of its basic plan by a third, from £9 to £12.",
      "The council cut the grant for its youth clubs by half, while the fee rose from £40 to £50.",
    ],
  });
});

describe("multiplier-mismatch: quintupled, a fold of a fall, a decade's level, an amount of another clause", () => {
  itChecks(multiplierMismatch, {
    fires: [
      "The cost of repairing the ring road bridge has quintupled, from £3m to £9m.",
      "Ticket prices at the club have quintupled, from £20 to £60.",
      "The court backlog quintupled from 1,200 to 3,000 cases.",
      // A fold of a fall divides: "fell fourfold" is to a quarter.
      "Venture capital investment fell fourfold, to $3bn from $6bn.",
      "Sales of the handset dropped threefold, from 900,000 to 600,000.",
      "Imports of coal fell fivefold, from £50m to £25m.",
      // A fall to a fraction of a decade's level.
      "Hedgehog numbers have dropped to a quarter of their 1950s level, from an estimated 30 million to about 10 million.",
      "Cod stocks have fallen to a third of their 1980s level, from 900,000 tonnes to 450,000.",
      "Otter numbers shrank to a quarter of their 1960s level, from 8,000 to 4,000.",
      // An amount in the pair's own clause is still read against it, with its end or without.
      "Fare revenue fell by £5m, from £81m to £73m.",
      "Sales rose by £4m to £20m from £14m.",
      "The workforce was cut by 300, to 2,000 from 2,500, while contractors rose to 400.",
    ],
    silent: [
      "Fare revenue fell to £73m from £81m, a drop of £8m, while the subsidy rose by £5m to £42m.",
      "Venture capital investment fell fourfold, to $3bn from $12bn.",
      "The cost quintupled, from £3m to £15m.",
      "Profits fell threefold, from £90m to £30m.",
      "Output grew fourfold, from 10 to 40 tonnes.",
      "Hedgehog numbers have dropped to a quarter of their 1950s level, from 30 million to about 7.5 million.",
      "Fare revenue fell to £73m from £81m, but parking income rose by £5m to £42m.",
      "Fees rose from £9m to £12m; grants were cut by £2m.",
      // (An amount with its own end, "by £5m to £42m", is another change even with no clause break.)
      "Fare revenue fell to £73m from £81m as the subsidy rose by £5m to £42m.",
    ],
  });
});
