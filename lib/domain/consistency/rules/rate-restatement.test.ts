import { describe, expect, it } from "vitest";
import { rateRestatement } from "./rate-restatement";
import { itChecks } from "./rule-cases.test-fixture";

describe("rate-restatement", () => {
  itChecks(rateRestatement, {
    fires: [
      // A total with its period right after it ("£2.4m last year"), then the rate.
      "Parking fines raised £2.4m last year, roughly £20,000 a month.",
      "The airport handled 36 million passengers in 2023, or about 30,000 a day.",
      "The carmaker sold 520,000 cars this year, or some 4,300 a month.",
      "The scheme cost £1.2bn last year, or about £10m a week.",
      // An hourly rate, then the hours with what it comes to, or what it comes to before the hours.
      "Care workers are paid £11.44 an hour, which for a 40-hour week comes to £45.76.",
      "The minimum wage rises to £12.21 an hour, or about £122 for a 37.5-hour week.",
      "Porters earn £14 an hour, or £56 a week for a 40-hour week.",
      "Chefs are paid €18 an hour, which over a 10-hour shift comes to €18.",
      "Cleaners get £12 an hour, that is £48 for a 40-hour week.",
      // Seconds, minutes and hours restated among themselves.
      "The rover travels at 4cm per second, or 14.4 metres an hour.",
      "The escalator moves 0.5 metres a second, or 300 metres a minute.",
      "The pump shifts 50 litres a second, or 18,000 litres an hour.",
      "The press prints 600 pages a minute, or 3,600 pages an hour.",
      "The refinery processes 250,000 barrels a day, or about 2.5 million barrels a week.",
      "The job pays £400 a week, or £28,000 a year.",
      "The airport handles 3 million passengers a year, or about 82,000 a day.",
      "The plant bottles 60,000 litres per day (some 600,000 litres per month).",
      "Subscribers pay $15 a month – $300 a year – for the service.",
      "The scheme costs the council €2m annually, or €500,000 a month.",
      // The period named before the figure ("annual costs of", "Weekly earnings averaged"), then restated with its own.
      "The prison's annual running costs of £46m, or roughly £460,000 a year, were criticised by the National Audit Office.",
      "Weekly earnings averaged £720, equivalent to about £18,000 a year before tax, the statistics office said.",
      "The club's weekly wage bill stood at £2.4m, or about £40m a year.",
      "Monthly rents of £1,200 (£1,440 a year) are common in the district.",
      "The daily output of 90,000 barrels, or 270,000 barrels a month, is a record.",
      // What the amount goes on or comes from, between the rate and its restatement.
      "The hospital spends £3,000 a week on agency nurses, or about £15,000 a year.",
      "Egypt is losing about $500m a month in canal revenue, or $600m a year, the canal authority said.",
      "The council pays £2,500 a month for temporary accommodation, or about £3,000 a year.",
      "The charity raises £40,000 a week from its shops, or roughly £200,000 a year.",
      "The league earns €12m a month from broadcasting, or €14m a year.",
      // A century; units glued to the figure, converted within their dimension.
      "Sea levels along the coast are rising by 4mm a year, or 4cm a century.",
      "The glacier is retreating by 30 metres a year, or 300 metres a century.",
      "The coastline is eroding at 2cm a year, or about 2 metres a decade.",
      "The land is sinking by 5mm a year, or 5cm a century.",
      // What is counted, then what it is of.
      "The plant captures 1,000 tonnes of carbon dioxide a day, about 36,500 tonnes a year.",
      "The mine produces 200 tonnes of coal a day, or about 7,300 tonnes a year.",
      "The field pumps 50,000 barrels of oil a day, some 1.8 million barrels a month.",
      "The reservoir loses 20 million litres of water a day, or 730 million litres a year.",
      // A total over the one period the sentence names, restated as a rate.
      "An estimated 3.4 million people, or around 93,000 a day, visited the museum last year.",
      "The airport handled 40 million passengers, or about 11,000 a day, in 2023.",
      "Some 12,000 migrants, or roughly 4,000 a week, crossed the Channel last month.",
      "The hospital treated 180,000 patients, or 5,000 a day, last year.",
      // A salary is a year's pay.
      "Salaries for graduate engineers start at £38k, equivalent to about £3,170 a week.",
      "Starting salaries for nurses are £29,000, or about £2,400 a week.",
      "The chief executive's salary of £520,000, or £1,000 a day, drew criticism.",
      "His salary is $150,000, roughly $12,500 a week.",
      // An hourly rate over an N-hour week or shift, and what it comes to.
      "Workers earning £15 an hour for a 37.5-hour week take home roughly £562 a day.",
      "Cleaners paid £12 an hour for a 40-hour week take home about £48 a week.",
      "Drivers earning €20 an hour for an eight-hour shift take home some €1,600 a day.",
      "Staff on £11 an hour for a 35-hour week earn roughly £3,850 a week.",
    ],
    silent: [
      "Parking fines raised £2.4m last year, roughly £200,000 a month.",
      "The airport handled 36 million passengers in 2023, or about 100,000 a day.",
      "The council collected £2.4m in fines last year, £20,000 a month of it from one car park.",
      "The airport handled 36 million passengers in 2023, or about 30,000 a day more than in 2019.",
      "Care workers are paid £11.44 an hour, which for a 40-hour week comes to £457.60.",
      "The minimum wage rises to £12.21 an hour, or about £458 for a 37.5-hour week.",
      "The minimum wage rises to £12.21 an hour, or about £540 for a 37.5-hour week with overtime.",
      "Nurses earn £15 an hour, and agency staff get £400 for a 37.5-hour week.",
      "Chefs are paid €18 an hour, which over a 10-hour shift comes to €180.",
      "The rover travels at 4cm per second, or 144 metres an hour.",
      "Staff pack 40 boxes an hour, or 300 a day.",
      "Nurses earn £15 an hour, or about £560 a week.",
      "The heart beats 70 times a minute, or about 4,200 times an hour.",
      "The refinery processes 250,000 barrels a day, or about 1.75 million barrels a week.",
      "The job pays £400 a week, or £20,800 a year.",
      // Working days: five a week, about 250 a year.
      "He earns £100 a day, or £500 a week.",
      "Contractors charge £400 a day, or about £100,000 a year.",
      "The airport handles 3 million passengers a year, or about 8,200 a day.",
      "Subscribers pay $15 a month – $180 a year – for the service.",
      // Another thing counted, another time, or the same period: not a restatement.
      "The plant uses 400 tonnes a day, or 12 lorries a month.",
      "Sales rose to 40 a day in May from 900 a month in April.",
      "The clinic sees 30 patients a day and 150 a week at its satellite site.",
      "It pays £400 a week, or £450 a week with overtime.",
      // Named before and restated in step; or another amount, case or thing after it.
      "The prison's annual running costs of £46m, or roughly £46m a year, were criticised.",
      "Weekly earnings averaged £720, equivalent to about £37,000 a year before tax.",
      "Monthly rents of £1,200 (£14,400 a year) are common in the district.",
      "The annual budget of £46m, or about £3.8m a month, was agreed.",
      "Annual tuition fees of £9,250, or £11,500 a year from 2027, were approved.",
      "The daily output of 90,000 barrels, or 270 tankers a month, is a record.",
      "Weekly earnings averaged £720 in May, against £30,000 a year in 2010.",
      // The same constructions in step, or another case, thing or period.
      "The hospital spends £3,000 a week on agency nurses, or about £156,000 a year.",
      "Egypt is losing about $500m a month in canal revenue, or $6bn a year, the canal authority said.",
      "Rents are £400 a week in London, or £15,000 a year in Leeds.",
      "The charity spends £40,000 a week on staff, or £500,000 a year on rent.",
      "Sea levels along the coast are rising by 4mm a year, or 40cm a century.",
      "The coastline is eroding at 2cm a year, or about 20cm a decade.",
      "The glacier is retreating by 30 metres a year, or 3km a century.",
      "The plant captures 1,000 tonnes of carbon dioxide a day, about 365,000 tonnes a year.",
      "The mine produces 200 tonnes of coal a day, or 30 tonnes of steel a week.",
      "The plant emits 400 tonnes of carbon dioxide a day, or 12 lorries a month.",
      "An estimated 3.4 million people, or around 9,300 a day, visited the museum last year.",
      "The airport handled 40 million passengers, or about 110,000 a day, in 2023.",
      "Some 3.4 million people visited last year, and 93,000 a day came in August.",
      "The museum had 3.4 million visitors in 2019 and 2023, or about 9,300 a day.",
      "Salaries for graduate engineers start at £38k, equivalent to about £730 a week.",
      "Salaries for graduate engineers start at £38k, equivalent to about £3,170 a month.",
      "The salary cap is £5m, with bonuses of £50,000 a week on top.",
      "Workers earning £15 an hour for a 37.5-hour week take home roughly £562 a week.",
      "Workers earning £15 an hour for a 37.5-hour week take home roughly £112 a day.",
      "Drivers earning €20 an hour for an eight-hour shift take home some €160 a day.",
      "Workers earning £15 an hour for a 37.5-hour week also get £50 a day in expenses.",
    ],
  });

  // "A wage bill of £8.4m a year works out at about £16,000 a week": a verb of what it comes to, with no comma.
  describe("a rate that works out at another", () => {
    itChecks(rateRestatement, {
      fires: [
        "The club's wage bill of £8.4m a year works out at about £16,000 a week.",
        "The median salary of $52,000 a year works out at about $4,300 a week.",
        "A rent of £1,200 a month comes to roughly £2,800 a week.",
        "Output of 250,000 barrels a day equates to about 25 million barrels a year.",
      ],
      silent: [
        "The median salary of $52,000 a year works out at about $1,000 a week.",
        "A rent of £1,200 a month comes to roughly £277 a week.",
        // The amount each of a count gets is not the whole again.
        "The club's wage bill of £8.4m a year works out at about £16,000 a week for each of its 10 players.",
        "The club's wage bill of £8.4m a year, or about £16,000 a week per player, is the league's highest.",
      ],
    });
  });

  // "3.4 million passengers in August, roughly 11,000 a day": a total over a named month, counted in its own days.
  describe("a total over a named month, then a rate", () => {
    itChecks(rateRestatement, {
      fires: [
        "The airport handled 3.4 million passengers in August, roughly 11,000 a day.",
        "The museum drew 62,000 visitors in June, or about 20,000 a day.",
        "The port shipped 900,000 containers in March 2024, or some 3,000 a day.",
        "Shoppers spent £3.1bn in December, or £10m a day.",
      ],
      silent: [
        "The airport handled 3.4 million passengers in August 2023, roughly 110,000 a day.",
        // February's 28 days, not an average month's 30.4.
        "The airport handled 3.1 million passengers in February, or 110,000 a day.",
        // "may" is a verb; two periods leave the total's own unknown.
        "Sales in may reach 1.2 million cars, or 4,000 a day.",
        "The station, opened in May, handled 3.4 million passengers last year, or 11,000 a day.",
      ],
    });
    it("names the month", () => {
      const [finding] = rateRestatement.check("The airport handled 3.4 million passengers in August, roughly 11,000 a day.");
      expect(finding.message).toBe("3.4 million in August is about 110,000 a day, but it is restated as 11,000 a day.");
    });
  });

  it("says what the first figure comes to in the second's period", () => {
    const [finding] = rateRestatement.check("The job pays £400 a week, or £28,000 a year.");
    expect(finding.message).toBe("£400 a week is about £20,900 a year, but it is restated as £28,000 a year.");
  });
});
