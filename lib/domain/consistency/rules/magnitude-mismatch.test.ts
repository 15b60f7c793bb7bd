import { describe, expect, it } from "vitest";
import { magnitudeMismatch } from "./magnitude-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("magnitude-mismatch", () => {
  itChecks(magnitudeMismatch, {
    fires: [
      // The amount each, then the count it is for ("for each of its 10 wards").
      "The council's £46m deficit works out at about £460,000 for each of its 10 wards.",
      "Public debt stands at £2.7 trillion, about £4,000 for each of the country's 68 million people.",
      "The £1.2bn bill comes to £12m for each of the 1,000 schools.",
      "The £5m prize pot, £20,000 for each of the 25 players, was shared.",
      // A group's size said by "-strong", then counted again.
      "Candidates are chasing votes in a 2.1 million-strong electorate of some 210,000 people.",
      "The 4,000-strong workforce of 2,500 staff faces cuts.",
      // A bound does not hide the slip of a power of ten, nor "just under" a figure well over.
      "The crowd of 54,000, more than 5,000 people, was a record.",
      "The walk is 5.1km, just under three miles.",
      "The ship carried 900kg of fuel — nine tonnes of it — on board.",
      "Exports earn 30 million euros a month, some €3bn, for the region.",
      "Some 4,500,000 homes, or 45 million, lack broadband.",
      "The bill, $8bn – $800m in all, was passed on Friday.",
      "The three-year, £90m deal pays £20m a year.",
      "The 1.6-litre engine, or 16 litres, produces 120 horsepower.",
      "The ten-year plan will cost 2 billion euros (€20 million a year).",
      "The 6km route (60,000 metres) opens next year.",
      "The fine of £45m – 4.5 million pounds – is the largest yet.",
      "Damages of €2.4m – 240,000 euros – were awarded.",
      "The deficit of £2.5bn, or 25 million pounds, worries investors.",
      "The company made a profit of 3.2 billion dollars ($320m) last year.",
      "Orders worth $700m, that is $7bn, were cancelled.",
      "A 0.5bn bond issue, worth 50 million euros, was sold.",
      "The charity's $4.5m appeal – four and a half billion dollars – closed on Friday.",
      "Sponsors pledged one and a half million pounds (£15m) to the club.",
      "Its £3bn bid, or two and a quarter billion pounds, was rejected.",
      "The tanker spilled 5,000 gallons (2,000 litres) of diesel into the harbour.",
      "The new wing adds 300 yards, or 27 metres, of corridor.",
      // Crores and lakhs are scales.
      "The airport's new terminal cost Rs 12,000 crore, or 12bn rupees.",
      "The scheme will cost 500 crore rupees, or 50 million rupees.",
      "The court imposed a fine of 2 lakh rupees, or 20,000 rupees.",
      // The date an amount is for is part of it.
      "The county faces a funding gap of £48m by 2027, nearly half a billion pounds, its finance director warned councillors on Monday.",
      "The trust must save £12m by 2026, or about £120,000.",
      "Borrowing will reach $40bn by the end of 2030, some 400 billion dollars.",
      // A data rate, a size or a frequency in two SI prefixes.
      "Broadband speeds in the village jumped to 900Mbps, or 9Gbps, nine times the previous maximum of 100Mbps.",
      "The new console ships with a 2TB drive (200GB) as standard.",
      "The chip runs at 3.2GHz, or 320MHz, in its fastest mode.",
      "The upgrade lifts the link to 10 gigabits, or 100 megabits, a second.",
      "The fibre plan promises 900Mbps, or 1.5Gbps, at peak times.",
      // Restated after "close to".
      "Insured losses could reach 850 million dollars, or close to $8.5bn, making it the costliest storm of the decade.",
      "The club's debts stand at 1.2 billion euros, close to €120m, the filing shows.",
      "Some 4,500 people, close to 45,000 by police estimates, marched through the city.",
      "The airport handled 2.9 million passengers, or close to 290,000, in the first quarter.",
      // "Or" after a list's item still restates it.
      "The fund put £50bn into bonds, £30bn into shares, or 3 billion pounds, and the rest into cash.",
      "Ryanair flew 5 million people, easyJet 4 million, or 400,000 passengers, in the month.",
      // The period an amount is counted over is part of it ("in the month").
      "Oil and gas revenue fell to 600 billion roubles in the month, or 6 trillion roubles.",
      "Tax receipts reached £80bn in the month, or £8 trillion.",
      "The fund raised €300m in the year, or €3bn, its managers said.",
      "Imports hit $2.1bn last month, or $21bn, customs data showed.",
      // A fraction of a scale ("a third of a million") is that fraction of it.
      "The data breach affected 3.4 million customers, about a third of a million people.",
      "The strike hit 2.5 million commuters, about a quarter of a million people.",
      "Some 6.6 million households, about two-thirds of a million homes, lost power.",
      "The appeal drew 330,000 donors, about a third of a billion people.",
      // A total restated for each of the things counted.
      "The contract for 12 frigates is worth $8.4bn, or $700,000 per ship.",
      "The council will build 300 homes for £90m, or £30,000 each.",
      "The club's 25 players share a £5m bonus pot, or £20,000 a player.",
      "The 3,000 staff cost £90m, or £3,000 per head.",
      "The order for 40 trains is worth £1.2bn, or £3m per train.",
      // Petabytes; stones and pounds.
      "The new system stores 2 petabytes, or 200 terabytes, of data.",
      "The top weight carries 11st 10lb, or 174lb, in Saturday's handicap.",
      "The jockey rides at 8st 7lb (64kg).",
      "She lost 2st 4lb, or 23lb, over the year.",
    ],
    silent: [
      "The council's £46m deficit works out at about £4.6m for each of its 10 wards.",
      "Public debt stands at £2.7 trillion, about £40,000 for each of the country's 68 million people.",
      "The council's £46m budget includes £460,000 for each of its 10 wards.",
      "The fund totals £46m, with £460,000 for each of its 10 wards.",
      // A multiple set off after a figure is no restatement of it.
      "Visitors rose to 30,000, against 20,000 last year, three times as many as in 2010.",
      "Membership grew from 2,000 to 2,500, ten times as many as when the club was founded.",
      "Candidates are chasing votes in a 2.1 million-strong electorate of some 2.1 million people.",
      "A 5,000-strong army of 300 tanks crossed the border.",
      "The 40,000-strong crowd of supporters, some 4,000 of them from abroad, sang.",
      // The whole named in an opening "Of …" or "Among …" phrase, then a part of it.
      "Of a crowd of 54,000, roughly 3,000 away fans were housed in the South Stand.",
      "Among a workforce of 12,000, some 1,200 are on temporary contracts.",
      // A loose bound holds anything on its side.
      "The walk is 4.5km, less than three miles.",
      "The estate covers 1,200 acres, well over 400 hectares.",
      // A gallon is 3.8 or 4.5 litres depending on the country: either reading is a fair restatement.
      "The tanker spilled 5,000 gallons (20,000 litres) of diesel into the harbour.",
      "The tanker spilled 5,000 gallons (22,700 litres) of diesel into the harbour.",
      "Of the 1,300 victims, more than 1,000 were civilians.",
      // Degrees are unit-restatement's, which knows where the scales start.
      "Water boils at 100 degrees Celsius, or 212 degrees Fahrenheit.",
      // Durations are unit-restatement's: it reads the compound as one measure.
      "The hearing lasted 3 hours 15 minutes (195 minutes).",
      "The wind farm will generate 1.2 gigawatts, or 1,200 megawatts, at full tilt.",
      "The battery stores 0.4 megawatt hours, or 400 kWh.",
      "The ship carried 9,000kg of fuel — nine tonnes of it — on board.",
      "Exports earn 30 million euros a month, some €30m, for the region.",
      "Half the 1,200 flats, 600 in all, will be affordable, the 2025 plan says.",
      "The 60-year-old company's 12,000 staff, 4,000 of them in Britain, will get a 4% rise.",
      "The 3.5% pay rise, backdated to April, costs £1.2bn, or about £400 per worker.",
      "The £2bn fund, worth £80 for every adult, opens in May.",
      "Officials put the cost at 20, 25 or 30 million pounds.",
      "Exports of $120bn, 2 million jobs and 300 factories depend on the deal.",
      "He promised a ten year, £30bn investment in rail.",
      "The repairs will cost €7bn – €8bn, the ministry says.",
      "The three-year, £90m deal will see the club paid £30m a season.",
      "The 20-year plan will cost £40bn, with £5bn spent in the first year.",
      "Under the five-year deal, worth £250m, the club gets £50m a year.",
      "Over 20 years the scheme will cost £4bn, or £200m a year.",
      "The 10-page report, costing £30,000, was published on Monday.",
      "The fine of €12m – 12 million euros – was upheld on appeal.",
      "The project will cost €1.2 billion (1,200 million euros).",
      "The deal is worth $4bn (€3.7bn).",
      "The 12km route, or 7.5 miles, opens in May.",
      "The building cost 45 million euros, up from 4.5 million in the first estimate.",
      "The two firms, with 3,000 and 4,000 staff, will merge.",
      "The charity's $4.5m appeal – four and a half million dollars – closed on Friday.",
      "Sponsors pledged one and a half million pounds (£1.5m) to the club.",
      "Its £2.25bn bid, or two and a quarter billion pounds, was rejected.",
      "The champion ox weighed 900kg, 120kg heavier than last year's winner.",
      "The 2km route, 500 metres longer than the old one, opens today.",
      "The new bridge spans 1.2km, 300 metres shorter than the tunnel.",
      "The 2km route, 500 metres of it uphill, opens today.",
      // Crores and lakhs that agree.
      "The airport's new terminal cost Rs 12,000 crore, or 120bn rupees, and will handle 40 million passengers a year.",
      "The dam cost 1,500 crore rupees, about 15 billion rupees.",
      "The court imposed a fine of 2 lakh rupees, or 200,000 rupees.",
      // A dated amount that agrees, or a series of dated amounts.
      "The county faces a funding gap of £480m by 2027, nearly half a billion pounds.",
      "The council must save £48m by 2027, £60m by 2028 and £75m by 2029.",
      "The gap will be £48m in 2027, against £30m this year.",
      // A ratio's last term is no amount.
      "The nurse-to-patient ratio on the ward fell to one to eight, or 12.5 nurses for every 100 patients.",
      "The ratio of pupils to teachers is 20:1, or 2,000 pupils to 100 teachers.",
      // Prefixed units that agree, or a list of them.
      "Broadband speeds in the village jumped to 900Mbps, or 0.9Gbps, nine times the previous maximum of 100Mbps.",
      "The new console ships with a 2TB drive (2,000GB) as standard.",
      "The drive holds 500GB, or 0.5TB.",
      "Plans offer 500Mbps, 1Gbps and 2Gbps.",
      "Speeds rose to 30Mbps in towns, 3Gbps on the fibre trial.",
      // "Close to" a round figure that holds.
      "The fund holds £3.1bn, or close to £3bn, in gilts.",
      "The deficit reached $9.8bn, close to $10bn, the Treasury said.",
      "Losses could reach 850 million dollars, or close to $1bn once claims from the islands are counted.",
      // A rate with its counted noun before the period ("barrels a month") is no restated amount.
      "The daily output of 90,000 barrels, or 2.7 million barrels a month, is a record.",
      "The port handles 1,200 containers, or 36,000 containers a month, at peak.",
      // Basis points against percentage points are unit-restatement's.
      "The spread widened to 1.2 percentage points, or 120 basis points.",
      "Gilt yields rose 40 basis points (0.4 percentage points) in a week.",
      // The last two items of a list that began before them, each with its own words.
      "Passengers flew 11 million trips, with 5 million by Ryanair, 4 million by easyJet, 2 million by Jet2.",
      "The council will spend £4m on roads, £2.5m on libraries, £900,000 on parks.",
      "The charity raised $12m in New York, $3m in Boston, $300,000 in Denver.",
      "Oil and gas revenue fell to 600 billion roubles in the month, or 0.6 trillion roubles.",
      "Oil and gas revenue fell to 600 billion roubles in the month, or 7.2 trillion roubles a year.",
      "Tax receipts were £8bn in the month, £24bn in the quarter.",
      "Exports rose to $4.2bn in the quarter, or $420m more than forecast.",
      "The data breach affected 340,000 customers, about a third of a million people.",
      "Some 660,000 households, about two-thirds of a million homes, lost power.",
      "A third of a million people attended the rally, police said.",
      "The contract for 12 frigates is worth $8.4bn, or $700m per ship.",
      "The council will build 300 homes for £90m, or £300,000 each.",
      "The club's 25 players share a £5m bonus pot, or £200,000 a player.",
      "The 3,000 staff cost £90m, or £30,000 per head.",
      "The 12 frigates cost $8.4bn, or $700m a year over the decade.",
      "The 12 frigates and 30 patrol boats cost $8.4bn, or $200m per vessel.",
      "The 300 homes cost £90m, or £3 per taxpayer.",
      "The new system stores 2 petabytes, or 2,000 terabytes, of climate model data.",
      "The archive holds 1.5PB (1,500TB) of footage.",
      "The top weight carries 11st 10lb, or 164lb, in Saturday's handicap.",
      "The jockey rides at 8st 7lb (54kg).",
      "She lost 2st 4lb, or 32lb, over the year.",
    ],
  });

  // "The bulk of the lender's £41bn loan book, some £29bn": a part of a whole after "the bulk of", "the lion's share
  // of"; "$3.1bn, $2.4bn and $1.8bn respectively": a list matched to the things named.
  describe("a part after “the bulk of”, a list said “respectively”", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        // With no word taking a part, the second is the first said again.
        "The lender's £41bn loan book, some £4.1bn, is secured against residential property.",
        "The ship's 40,000-tonne displacement, some 30,000 tonnes, is cargo.",
        // A part larger than its whole is no part.
        "The bulk of the lender's £41bn loan book, some £49bn, is secured against residential property.",
        // "or" and a bracket say the second is the first again, "respectively" or not.
        "The divisions earned $3.1bn, or $31m, and $1.8bn respectively.",
        "The divisions earned $3.1bn ($31m) and $1.8bn respectively.",
      ],
      silent: [
        "The bulk of the lender's £41bn loan book, some £29bn, is secured against residential property.",
        "The bulk of the satellite's 3.5-tonne mass, some 2.2 tonnes, is propellant.",
        "The bulk of the council's £1.2bn budget, some £800m, goes on social care.",
        "The lion's share of the club's £90m wage bill, about £60m, goes to ten players.",
        "Retail, corporate and investment banking earned $3.1bn, $2.4bn and $1.8bn respectively, a combined $7.3bn.",
        "The three lenders hold £12bn, £9.5bn and £4bn of the debt respectively.",
        "The three plants produce 1.2 million, 800,000 and 450,000 tonnes respectively.",
        "Its bonds raised €2.5bn, €1.75bn and €900m respectively, a combined €5.15bn.",
      ],
    });
  });

  // "a combined £40,000 – £20,000, £15,000 and £5,000": a dash or colon, then a list ending in "and", breaks the
  // amount down; none of it restates the amount or another item.
  describe("an amount broken down after a dash or colon", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        // One amount after the dash, or a list with no "and", is still the amount said again.
        "The fine of £45m – 4.5 million pounds – is the largest yet.",
        "The bill came to £9m – £900,000, the council said.",
      ],
      silent: [
        "The three firms were fined a combined £40,000 – £20,000, £15,000 and £5,000.",
        "The bill came to £9m: £4m for roads, £3m for schools and £2m for parks.",
        "Donations reached $1.2m — $700,000 from alumni and $500,000 from local businesses.",
        "The two clubs paid a combined €80m – €50m and €30m – for the pair.",
      ],
    });
  });

  // "GBP46m", "USD 3bn": an ISO code is the currency its symbol would be.
  describe("currency codes", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The World Bank approved a GBP46m, or GBP460,000, loan for flood reconstruction.",
        "The fund raised USD 3bn, or USD300m, from pension schemes.",
        "The utility will invest EUR2.4bn (EUR240m) in its grid by 2030.",
        "Bondholders were repaid HKD 1.5bn, or HKD150m, on Friday.",
      ],
      silent: [
        "The World Bank approved a GBP46m, or £46 million, loan for flood reconstruction.",
        "The fund raised USD 3bn, or EUR2.8bn, from pension schemes.",
        "The utility will invest EUR2.4bn (2,400 million euros) in its grid by 2030.",
      ],
    });
    it("starts the finding at the code", () => {
      const sentence = "The World Bank approved a GBP46m, or GBP460,000, loan.";
      expect(magnitudeMismatch.check(sentence)[0].start).toBe(sentence.indexOf("GBP"));
    });
  });

  // "1.2 million square feet, or about 111,000 square metres": "square" and the word after it are one area unit.
  describe("square units", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The new warehouse will cover 1.2 million square feet, or about 11,000 square metres.",
        "The office block offers 250,000 sq ft, or 232,000 square metres, of floor space.",
        "The park covers 40 square miles (10 square kilometres) of moorland.",
      ],
      silent: [
        "The new warehouse will cover 1.2 million square feet, or about 111,000 square metres.",
        "The office block offers 250,000 sq ft, or 23,200 square metres, of floor space.",
        "The park covers 40 square miles (about 104 square kilometres) of moorland.",
      ],
    });
  });

  // "Gold hit $2,400 an ounce, valuing a 10-ounce bar at about $240,000": a price times the units is their value.
  describe("a price for one unit, then units valued", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "Gold hit $2,400 an ounce, valuing a 10-ounce bar at about $240,000.",
        "With crude at $80 a barrel, a 2 million-barrel cargo is worth about $1.6m.",
        "Copper traded at $9,000 a tonne, valuing the mine's 50,000 tonnes of annual output at $4.5bn.",
        "Farmland at £10,000 an acre puts the 300-acre estate at £30m.",
      ],
      silent: [
        "Gold hit $2,400 an ounce, valuing a 10-ounce bar at about $24,000.",
        "With crude at $80 a barrel, a 2 million-barrel cargo is worth about $160m.",
        // Another thing counted, or a price paid rather than a value, is no product of the price.
        "Gold hit $2,400 an ounce, valuing the company's 10 mines at about $24bn.",
        "Gold hit $2,400 an ounce, and a 10-ounce bar sold at auction for $30,000.",
        "Gold hit $2,400 an ounce, valuing a 10-ounce bar and its case at about $30,000.",
      ],
    });
  });

  it("gives both amounts", () => {
    const [finding] = magnitudeMismatch.check("Orders worth $700m, that is $7bn, were cancelled.");
    expect(finding.message).toBe("$700m is 700,000,000, but it is restated as $7bn (7,000,000,000).");
  });
});
