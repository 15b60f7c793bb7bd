import { describe } from "vitest";
import { multiplierAgainstBaseline } from "./multiplier-against-baseline";
import { itChecks } from "./rule-cases.test-fixture";

describe("multiplier-against-baseline", () => {
  itChecks(multiplierAgainstBaseline, {
    fires: [
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
    ],
    silent: [
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
    ],
  });
});
