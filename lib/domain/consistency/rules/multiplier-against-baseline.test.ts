import { describe } from "vitest";
import { multiplierAgainstBaseline } from "./multiplier-against-baseline";
import { itChecks } from "./rule-cases.test-fixture";

describe("multiplier-against-baseline", () => {
  itChecks(multiplierAgainstBaseline, {
    fires: [
      // A multiple of an earlier level, then the pair itself set off as "A against B".
      "Burglaries in the town are now three times their 2015 level, with 1,140 recorded last year against 620 then.",
      "The miner cut its dividend to a quarter of last year's level, paying 40 cents a share against 80 cents.",
      "Audiences for the final were four times those of two years ago, at 8.1 million against 2.6 million.",
      "Membership has halved since the merger: 7,200 compared with 9,800 in 2019.",
      // The figure right after the multiple, and the level set off by "at".
      "The new library will cost a quarter of the £24m spent on the old one, at £8m.",
      "Attendance was twice last year's 40,000, at 95,000.",
      // "As much as" compares amounts: the level may be further back.
      "The sequel took $96m in its opening weekend, three times as much as the original's $40m.",
      // The baseline said by "were", or by any earlier period ("last season", "the previous year").
      "Farmland values have doubled since 2010, when they were $5,000 an acre; they now stand at $7,400.",
      "The striker, who scored nine goals last season, has already doubled that tally with 14.",
      "Subscriptions, 40,000 the previous year, have tripled to 90,000.",
      "Fees doubled to £9,000, against £3,000 in 2019.",
      "The plant makes one and a half times as much power as its rival, 600MW against 500MW.",
      "The £8.4m package is twice what he received in 2019, when he was paid £2.9m.",
      "A pint costs £6, double what it was in 2005, when it cost £4.",
      "Fees now stand at £9,000, three times what they were in 2010, when students paid £2,000.",
      "Falls were four times as frequent on the night shift: 36 against 12.",
      "The new filter is ten times more effective, cutting emissions from 40 to 20 grams.",
      "Season tickets now cost £300, half the old price of £450, the club said.",
      "Output fell to a quarter of its former level: 2,000 tonnes a month, against 5,000 tonnes before the strike.",
      "Rainfall was a third of the usual amount, 40mm compared with a norm of 80mm.",
      "Fares have doubled, the union says: a single ticket cost £2.50 last year and now costs £3.80.",
      "Waiting lists were halved, the minister claimed; 7,000 patients wait today against 9,000 in 2022.",
      "A coffee that cost 90p a year ago now sells for £2.70, so the price has doubled.",
      // A multiple after a verb of being: the subject's figure against the one after the multiple, marked or not.
      "The new stadium, with 60,000 seats, is more than double the old ground's 35,000.",
      "Rents in the capital, at £2,000 a month, are twice those in Leeds, where a flat costs £1,500.",
      "At £1.20, a loaf is now double what it cost when prices were 80p.",
      "Its 300 staff are half the 900 staff it employed in 2010.",
      "The £6m grant is now a quarter of the £12m the council once gave.",
      // Set off after its figure, or after "worth".
      "He earns £90,000, three times the £40,000 average salary.",
      "Turnout hit 40%, double the 25% of the last election.",
      "The package is worth £8.4m, twice the £2.9m he received the year before.",
      "Sales rose 10% to 40,000 — double the 25,000 in 2019.",
      "Ticket prices of £60 are now three times what fans paid in the 1990s, when a seat cost £30.",
      "Heathrow handled 83.9 million passengers, more than double Gatwick’s 50.9 million.",
      "The package, at £8.4m, is twice as much as the £2.9m he got in 2022.",
      "The bill, £8.4m, is twice last year’s £2.9m.",
      "The new hospital, with 400 beds, is twice as big as the old one, which had 300.",
      "Fares went from £2 to £3.50, double what they were.",
      // A participle after the figures restates their change when its object names nothing else.
      "The fund grew from $4m to $6m, doubling its size.",
      "Output rose from 200 to 260 tonnes, tripling output.",
      "Prices rose to £30, up from £25, doubling in a year.",
      "Fees went up from £5 to £6, doubling the fee.",
      // A multiple set off after the figures, against their own earlier figure.
      "Visitors rose to 30,000, against 20,000 last year, three times as many.",
      "Tickets now cost £30, against £25 last year, three times the old price.",
      "Membership grew from 2,000 to 2,500, ten times as many as before.",
      // A contrast word with no subject of its own, or a clause that holds both the multiple and the figures.
      "Costs were flat, while sales doubled from £10m to £30m.",
      "The deficit has halved, although only from £40bn to £30bn.",
      "Membership doubled, though still only from 8,000 to 12,000.",
      // A multiple of one year's level, and the baseline of the same year or of no year named.
      "Farmland now sells for £7,100 an acre, three times the price paid in 1995, up from £4,200 in 1995.",
      "Farmland now sells for £7,100 an acre, three times the price paid in 1995, up from £4,200.",
      // A unit hyphened to its noun is the same unit, singular: "48 seconds … last year's 20-second gap".
      "Her winning margin of 48 seconds was four times last year's 20-second gap, the biggest in the race's history.",
      "The final lasted 90 minutes, twice the 60-minute limit set by the organisers.",
      "The new runway, at 3,900 metres, is twice the old 1,300-metre strip.",
      "The 30-day trial is twice the 10 days offered by rivals.",
      // A participle with no object, right before the figures, tells the same subject's change.
      "Average rents in the city are now three times what they were in 2010, having climbed from £650 to £1,250 a month.",
      "Season tickets are now double what they were in 2015, having risen from £300 to £450.",
      "Bus fares have tripled, rising from 80p to £1.60.",
      "The club's wage bill has halved since relegation, having been slashed from £60m to £42m.",
      // A participle whose object is the multiple's own thing: a pronoun, the same word, a word grown from it.
      "The firm halved its emissions, cutting them from 40 to 25 grams.",
      "Membership has doubled, taking the club's members from about 400 to 500.",
      // Both figures dated ("a month in 2014", "last year"): "from … to" says which is the baseline.
      "Average rents in the city have tripled in a decade, rising from £900 a month in 2014 to £1,450 last year.",
      "Ticket prices have doubled since the pandemic, climbing from £40 a seat in 2019 to £95 this season.",
      "Pupil numbers have tripled in a decade, from 300 in 2014 to 640 last year.",
      "The charity's caseload has halved, falling from 12,000 families a year in 2018 to 4,100 last year.",
      // A multiple of someone's own figure ("times his current deal"), the pair set off after its noun.
      "The new contract is worth two and a half times his current deal, at £300,000 a week compared with £150,000.",
      "The offer is worth three times her current salary, at £90,000 compared with £45,000.",
      "Rents in the city are now four times their 2000 level, at £1,600 a month against £600.",
      "The transfer fee was five times its previous record, at £50m compared with £20m.",
    ],
    silent: [
      // A contrast clause with its own subject and verb owns its own multiple; the figures are the other clause's.
      "Nickel stocks in exchange warehouses have tripled since March to 96,000 tonnes from 32,000 tonnes, while the metal's price has roughly halved.",
      "Applications fell from 3,000 to 2,400, but the number of places on offer has doubled.",
      "Bus journeys dropped from 80 million to 60 million, while rail journeys more than doubled.",
      "Rail fares have risen from £4,000 to £5,000 a year, whereas bus fares have halved.",
      "Home sales have tripled this year, whereas average prices edged up from £210,000 to £225,000.",
      "Entries rose from 200 to 260, whereas online entries were three times as many.",
      "Profits rose from £2m to £2.2m, although the group's revenue was four times higher.",
      // The multiple's standard names one year, the baseline figure another.
      "Farmland in the county now sells for £7,100 an acre, three times the price paid in 1995 and up from £4,200 in 2005.",
      "Membership stands at 12,000, four times the number in 1990 and up from 9,000 in 2010.",
      "The firm employs 3,000 people, five times as many as in 2001, and up from 2,500 in 2018.",
      "A season ticket costs £600, twice the price fans paid in 2000 and up from £450 in 2015.",
      "Her winning margin of 48 seconds was twice last year's 24-second gap.",
      "The final lasted 120 minutes, twice the 60-minute limit set by the organisers.",
      "The new runway, at 3,900 metres, is three times the old 1,300-metre strip.",
      "Her lead of 48 seconds was four times last year's 20-metre gap.",
      "Average rents are now three times what they were in 2010, having climbed from £420 to £1,250 a month.",
      "Bus fares have tripled, rising from 80p to £2.40.",
      "Visitor numbers have doubled, having gone from 40,000 to 80,000.",
      // A participle with an object of its own between a verb of change and the figures after it.
      "The airline has doubled its fleet, cutting fares from £90 to £60.",
      "Sales have tripled, lifting the workforce from 200 to 260.",
      "Exports have halved, pushing the trade deficit from £4bn to £5bn.",
      // A participle's object that names another thing; a multiple set off with a standard of its own.
      "The bank lowered rates from 5% to 4%, halving the gap with the eurozone.",
      "The school expanded from 300 to 400 pupils, doubling the number of classrooms.",
      "Investment rose from €5m to €6m, trebling the fund's holdings in Africa.",
      "The airline increased weekly flights from 12 to 18, tripling its cargo output.",
      "Fares went up from £2 to £2.50, doubling the rise commuters saw last year.",
      "The tax was raised from 10% to 12%, doubling its yield since 2015.",
      "Visitors rose to 30,000, against 20,000 last year, three times as many as in 2010.",
      "Tickets now cost £30, against £25 last year, three times the price in 1990.",
      "Membership grew from 2,000 to 2,500, ten times as many as when the club was founded.",
      "Burglaries in the town are now three times their 2015 level, with 1,840 recorded last year against 620 then.",
      "The miner cut its dividend to a quarter of last year's level, paying 20 cents a share against 80 cents.",
      "Audiences for the final were four times those of two years ago, at 10.1 million against 2.6 million.",
      "Membership has halved since the merger: 4,900 compared with 9,800 in 2019.",
      "The new library will cost a third of the £24m spent on the old one, at £8m.",
      "Attendance was twice last year's 40,000, at 81,000.",
      "The sequel took $96m in its opening weekend, twice as much as the original's $48m.",
      // the pair in a clause of its own, or another kind of figure in the sentence
      "Her pay is three times its 2010 level, when she worked 60 hours a week against 48 now.",
      "Cases are three times their 2015 level, while arrests were 1,140 against 620 then.",
      "Of the 2,000 patients, cases were twice their usual level, with 300 against 100 in the control group.",
      "The fee is a quarter of the £24m spent on the old one, and the grant, at £8m, covers the rest.",
      "Farmland values have doubled since 2010, when they were $5,000 an acre; they now stand at $10,200.",
      "The striker, who scored nine goals last season, has already doubled that tally with 18.",
      "Subscriptions, 40,000 the previous year, have tripled to 120,000.",
      // Another thing's figure, or a change with a subject of its own.
      "Fees doubled to £9,000, against £3,000 for students in Scotland.",
      "Prices have doubled since 2019, when the minimum wage went from £8 to £8.72.",
      "The firm tripled its profit after cutting staff from 900 to 600.",
      "The plant makes one and a half times as much power as its rival, 600MW against 400MW.",
      "Unemployment has fallen to 4.2%, less than half its peak of 9.8% in 2011.",
      "Falls were three times as frequent on the night shift: 36 against 12.",
      "The new filter is ten times more effective, cutting emissions from 40 to 4 grams.",
      "Three times as many people, 4,500, came as last year.",
      "The plant is five times larger than the old one and employs 300 people, against 200 before.",
      "Season tickets now cost £225, half the old price of £450, the club said.",
      "Fares have doubled, the union says: a single ticket cost £2 last year and now costs £4.10.",
      "Its profit doubled to $2bn, on revenue of $10bn.",
      "Waiting lists more than halved, from 9,000 to 4,000.",
      "Fees more than doubled from £40 to £95.",
      "Attendance nearly doubled, to 1,900 from 1,000 a year earlier.",
      "Sales doubled in 2021 while costs rose 5% and staff numbers grew from 40 to 50.",
      "Rents have doubled in a decade, and a two-bed flat costs £1,200 a month.",
      "The new stadium, with 60,000 seats, is more than double the old ground's 25,000.",
      "The fine, £500, is nearly twice the £260 charged in Wales.",
      "Its 300 staff are a third of the 900 staff it employed in 2010.",
      "At 8%, unemployment in the town is twice the national average of 4%.",
      // The later figure is another clause's, or a year's level is the one compared.
      "The bill, at £88m, is double that of 2015, and the rival spends £61m.",
      "The bill, at £88m, is double that of its rival, though the league average is £30m.",
      "He earns £90,000 a year, three times the £30,000 average salary.",
      "Sales rose 10% to 40,000, double the 20,000 in 2019.",
      "At 9.8%, the rate is now double what it was in 2021, when it stood at 4.9%.",
      "Heathrow handled 83.9 million passengers, more than double Gatwick’s 40.9 million.",
      "The deal, worth £2bn, twice the size of its last deal, values the firm at £5bn.",
      "The package, at £8.4m, is twice as much as the £4.3m he got in 2022.",
      "The bill, £8.4m, is twice last year’s £4.3m.",
      "The new hospital, with 400 beds, is twice as big as the old one, which had 200.",
      "Fares went from £2 to £4.10, double what they were.",
      "Fees now stand at £9,000, three times what they were in 2010, when students paid £3,000.",
      // Set off, a smaller multiple takes a part of a whole.
      "Of the 300 staff, half the 120 men were laid off.",
      // A "when" clause that names another thing, a pair of another measure than the multiple's figure.
      "The £8.4m package is twice the size of the one he received in 2019, when his salary was £2.9m.",
      "A pint costs £6, double what it was in 2005, when a bottle of wine cost £4.",
      "He earns £90,000 a year, three times the rate his father earned in 1990, when wages averaged £12,000.",
      "The flat sold for £400,000, double the price paid in 2010, when the block was valued at £8m.",
      "Her salary is now £120,000, twice what she earned as a junior doctor, when she worked 60 hours a week against 48 now.",
      // Both dated, in "from … to" order that fits, or told the other way round ("to … from").
      "Average rents in the city have tripled in a decade, rising from £500 a month in 2014 to £1,450 last year.",
      "Average rents in the city have tripled in a decade, to £1,450 last year from £480 a month in 2014.",
      "Membership has doubled since 2010, though fees went from £40 a year in 2019 to £45 last year.",
      "The waiting list has halved since March, from 2,400 families in 2023 to 1,150 this spring.",
      // The multiple that fits; figures not set off after the possessive's noun.
      "The new contract is worth two and a half times his current deal, at £300,000 a week compared with £120,000.",
      "The new contract is worth two and a half times his current deal and lifts his bonus to £300,000 from £100,000.",
      "Her rent is now three times her student budget, which was £400 a month against £350 for her sister.",
    ],
  });

  // A level word may take a word of scope or period ("the monthly average", "its pre-pandemic peak"), and any
  // comparative of size or time ("longer", "lighter") is a multiple of the pair.
  describe("a multiple of a scoped level, or with another comparative", () => {
    itChecks(multiplierAgainstBaseline, {
      fires: [
        "Rainfall in March was twice the monthly average: 70mm against an average of 50mm.",
        "Rents in the capital are twice the national average, at £2,000 a month against £1,400.",
        "Output is now half its pre-pandemic peak, at 300 tonnes a week against 900 tonnes then.",
        "Snowfall this winter was a third of the long-term average, 20cm compared with an average of 90cm.",
        "Wait times are now three times longer than in 2020, at 18 weeks compared with nine.",
        "Journeys now take four times longer, 60 minutes against 20 minutes before.",
      ],
      silent: [
        "Rainfall in March was twice the monthly average: 100mm against an average of 50mm.",
        "Rents in the capital are twice the national average, at £2,000 a month against £1,000.",
        "Output is now half its pre-pandemic peak, at 450 tonnes a week against 900 tonnes then.",
        "Snowfall this winter was a third of the long-term average, 30cm compared with an average of 90cm.",
        "Wait times are now three times longer than in 2020, at 27 weeks compared with nine.",
        "Journeys now take three times longer, 60 minutes against 20 minutes before.",
        "Half the national workforce, 14 million people, earned less than £30,000.",
        "Sea levels could rise two to three times faster by 2100 than the 3mm a year seen since 1993.",
      ],
    });
  });

  // Two multiples in a row: the nearer owns the figures, and a level a change reached is the baseline of the next one.
  describe("a multiple after another change", () => {
    itChecks(multiplierAgainstBaseline, {
      fires: [
        "Profits tripled in 2023 to $90m, then halved in 2024 to $60m.",
        "Output halved to 300 tonnes, then doubled again to 900 tonnes.",
        "Shares rose to 80p, then halved to 50p by the close.",
        "Membership doubled to 4,000 and then slowly halved to 3,000.",
        "Sales doubled and profits tripled, from £2m to £5m.",
        "Fares doubled to £4 in 2019 and then halved to £3 in 2021.",
        "The population of the town, founded in 1850, tripled to 30,000 by 1950 and doubled again to 75,000 by 2000.",
      ],
      silent: [
        "Profits tripled in 2023 to $90m, then halved in 2024 to $45m.",
        "Output halved to 300 tonnes, then doubled again to 600 tonnes.",
        "Shares rose to 80p, then halved to 40p by the close.",
        "Membership doubled to 4,000 and then slowly halved to 2,000.",
        "Sales doubled and profits tripled, from £2m to £6m.",
        "Sales doubled last year, and profits tripled, from £2m to £6m.",
        "Shares halved to 40p, then rose to 55p.",
        "Fares doubled to £4 in 2019 and then halved to £2 in 2021.",
        "The population of the town, founded in 1850, tripled to 30,000 by 1950 and doubled again to 60,000 by 2000.",
        "Sales rose to 200 in 2020 and doubled in 2021, from 150 to 300.",
        "Prices doubled to £8 in 2022 and rose again to £9 in 2023.",
      ],
    });
  });
});

describe("multiplier-against-baseline: a baseline named by a word of the usual level", () => {
  itChecks(multiplierAgainstBaseline, {
    fires: [
      "Rainfall was three times the monthly average, with 95mm against a normal 48mm.",
      "Snowfall was twice the seasonal average, at 30cm against a normal 25cm.",
      "Queues were three times as long as usual, at 45 minutes compared with the usual 30 minutes.",
      "Demand was four times the typical level, with 900 orders against a typical 400.",
    ],
    silent: [
      "Rainfall was three times the monthly average, with 145mm against a normal 48mm.",
      // A plan or a forecast is not the usual level.
      "Attendance was three times the usual figure, at 9,000 against a budgeted 5,000.",
      "Rainfall was three times the monthly average at 144mm, against a forecast 100mm.",
    ],
  });
});

describe("multiplier-against-baseline: a fold named as a change on a figure; a plain multiple of a set-off figure", () => {
  itChecks(multiplierAgainstBaseline, {
    fires: [
      "Her second album sold 2.4 million copies, a threefold increase on her debut's 1.2 million.",
      "Ticket sales reached 90,000, a fourfold rise on last year's 30,000.",
      "The appeal brought in £1.5m, a threefold increase on the £900,000 of its first year.",
      "The club sold 12,000 season tickets, a fivefold jump on the previous season's 4,000.",
      "Profits fell to £40m, a fourfold drop on last year's £80m.",
      // "Twice" is ×1.85 to ×2.15 when the figures are exact.
      "The crowd for the final, 62,000, was twice that for the semi-final, at 35,000.",
      "Attendance, 9,000, was twice that of the opening night, at 5,000.",
      "Rents in the city, at £1,800 a month, are twice those in the suburbs, at £1,000.",
    ],
    silent: [
      "Her second album sold 3.6 million copies, a threefold increase on her debut's 1.2 million.",
      "Profits fell to £20m, a fourfold drop on last year's £80m.",
      "The crowd for the final, 68,000, was twice that for the semi-final, at 35,000.",
      // Rounded figures allow their own slack.
      "Viewers for the final, 2.3 million, were twice those for the semi-final, at 1.3 million.",
    ],
  });
});
