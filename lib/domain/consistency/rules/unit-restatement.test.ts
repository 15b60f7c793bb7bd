import { describe, expect, it } from "vitest";
import { itChecks } from "./rule-cases.test-fixture";
import { unitRestatement } from "./unit-restatement";

describe("unit-restatement", () => {
  itChecks(unitRestatement, {
    fires: [
      // The year of a change before the restatement.
      "The glacier has lost 3.2 metres of thickness since 2000, or 32 centimetres.",
      "The reservoir fell 1.5 metres in 2022, or 15 centimetres.",
      "Sea levels have risen 20cm since 1900, or about 80 inches.",
      "The runway was extended by 400 metres by 2015, or 4km.",
      // A gap between two percentages in points.
      "Defence spending will rise to 2.5 per cent of GDP, 25 basis points above the current 2.3 per cent.",
      "Turnout rose to 62 per cent, five percentage points above the 59 per cent recorded in 2019.",
      "Inflation fell to 2.5%, 0.3 percentage points below last month's 2.9%.",
      "Inflation stood at 3.4%, up 20 basis points from 3.1%.",
      "The yield rose to 4.6%, 10bp higher than the 4.4% of a week ago.",
      // A percentage as pence in the pound.
      "The 3.2 per cent pay award is worth 32p in every pound for nurses.",
      "Creditors will recover 40 per cent of what they are owed, or 4 cents on the dollar.",
      "The 20% basic rate, or 2p in the pound, is unchanged.",
      "The levy of 1.5 per cent amounts to 15 cents in every dollar spent.",
      // durations written with two units against one
      "Her record swim took 3 hours 20 minutes (180 minutes) in choppy water.",
      "The meeting ran for one hour and 40 minutes — 80 minutes — before a vote.",
      "At 125 minutes, or 2 hours and 15 minutes, the film is too long for most cinemas.",
      // a fraction of an hour in words
      "Patients waited an hour and a half, or 80 minutes, to be seen.",
      "The ferry crossing is a 45-minute trip (half an hour) in calm weather.",
      "The tasting menu takes two and a half hours, that is 120 minutes, to serve.",
      // days, weeks and hours
      "The strike lasted two weeks (10 days) at the main depot.",
      "Volunteers spent 48 hours, or four days, clearing the beach.",
      "It will be a 10-day closure – some 100 hours – for the bridge.",
      // lengths
      "The new runway, 3.2 kilometres long (320 metres), opens in March.",
      "A 30cm crack — some 3 metres — was found in the dam wall.",
      "The marathon's 26.2 miles, or 52 kilometres, start at the castle.",
      // areas
      "The forest covers 40 square kilometres (400 hectares) of upland.",
      "A 250-acre farm, about 1,000 hectares, is for sale near the town.",
      "The park's 12 hectares – 12,000 square metres – will be replanted.",
      // volumes and masses
      "Each tank holds 2,500 litres (25 cubic metres) of fuel.",
      "The dose, 500 ml, or 5 litres, was given over an hour.",
      "Customs found 40 kilograms of gold — 400 grams — in the car.",
      "The statue's 3,000kg bronze (about 30 tonnes) was cast in Leeds.",
      "The cooling-off period of 14 days (three weeks) applies to all sales.",
      "The climbers fell 300 metres, about 100 feet, into the gorge.",
      "The 6ft 2 inches defender, 1.6 metres, towers over the attack.",
      "Drivers were stuck for a day and a half, or 24 hours, on the pass.",
      "He served 18 months, or two and a half years, in prison.",
      "The loan is repayable over 25 years (250 months).",
      "Each turbine is rated at 2.5MW (250 kW), the developer says.",
      // Degrees Celsius and Fahrenheit, and a fraction of a unit.
      "Temperatures reached 40C (about 86F) at Heathrow on Tuesday afternoon.",
      "Water boils at 100 degrees Celsius, or 200 degrees Fahrenheit.",
      "The new platforms, 320 metres long (a third of a mile), open in May.",
      // A measure set off after "at", then said again by the verb.
      "The platforms, at 320 metres, are now a third of a mile long.",
      "The tower, at 310 metres, is 2,017ft tall.",
      // Set off after "at", then weighed again by the subject's verb; megalitres and gigalitres.
      "At 9,000lb, the bronze statue weighs more than 40 tonnes.",
      "At 400kg, the prize pumpkin weighed nearly four tonnes.",
      "The crate, at 40 kilograms, weighs 400 grams once emptied of its contents.",
      "The reservoir now holds 2,000 megalitres, or two million litres, after months of drought.",
      "The dam stores 1.5 gigalitres (1,500 cubic metres) of water.",
      // Whose measure it is may follow the restatement.
      "The speech ran to 1 hour 40 minutes, or 140 minutes by the Speaker's clock.",
      // A bound on the wrong side of the exact figure, however round the bound.
      "The jury deliberated for 95 minutes, just over two hours, before its verdict.",
      "Crews took an average of 40 minutes, well over an hour, to arrive.",
      "The flight took nearly three hours (190 minutes).",
      "The drive took more than three hours (150 minutes) in the snow.",
      "The pipe is 2.8 metres, at least 10 feet, long.",
      // A rate restated in brackets, its period understood.
      "The wind farm will produce 500 gigawatt-hours a year (5 terawatt-hours), enough for 150,000 homes.",
      "The plant draws 3 million litres a day (300 cubic metres) from the river.",
      // Degrees below zero, and barrels.
      "Temperatures fell to -10C, or 50F, overnight.",
      "It was minus 20C (-40F) on the plateau.",
      "The tanker holds 2 million barrels, about 32,000 cubic metres of crude.",
      "The estate covers 1,200 acres, well over 48 hectares.",
      // A noun naming the measure ("an area of") says it is the same one.
      "The protected fishing grounds cover 3,000 square kilometres, an area of about 3,000 square miles, off the west coast.",
      "The reserve covers 500 hectares, an area of some 50 square kilometres.",
      "The tunnel runs 12 miles, a distance of about 12 kilometres, under the estuary.",
      // Stones of 14 lb.
      "The scrum-half, who weighs 14 stone (about 60kg), is the lightest player in the squad by some distance.",
      "The boxer came in at 12 stone, or about 95 kilograms.",
      "He weighed 20 stone (about 105kg) at his heaviest.",
      // Ounces of anything but precious metal are avoirdupois.
      "The bakery used 3.1 million ounces of flour, equivalent to about 96.4 tonnes.",
      "The mine produced 3.1 million ounces of gold, equivalent to about 60 tonnes.",
      // A rate, a few words of where it goes, then "the equivalent of", "that is" or "or" and the measure, its period understood.
      "The water company lost 630 million litres a day to leaks, the equivalent of 63,000 cubic metres, the regulator said.",
      "The refinery burns 40 tonnes of coal an hour, or about 400kg.",
      "The river carries 2,000 cubic metres a second through the gorge — that is 20,000 litres — at its peak.",
      "The glacier retreats 30 metres a year, the equivalent of 3km, scientists said.",
      // A measure hyphened to its noun, then a participle that measures the same thing ("weighing", "standing", "measuring").
      "The 3.2-tonne bronze statue of the late Queen, weighing some 320kg, was lowered onto its plinth on Monday.",
      "A 40-metre mast, standing some 13ft tall, was put up beside the school.",
      "The 2,000-acre estate, measuring some 80 hectares, is for sale.",
      "A 12-mile bridge spanning 2km, the longest in Europe, opened in May.",
      "The two-tonne sculpture, weighing 200kg, was stolen from the park.",
      // A change in basis points restated in percentage points (a basis point is a hundredth of one).
      "Rates were cut by 25 basis points to 4.75 per cent, a reduction of 2.5 percentage points, the central bank said.",
      "The Fed raised rates by 75bp, or 7.5 percentage points, its biggest move since 1994.",
      "Gilt yields rose 40 basis points (4 percentage points) in a week.",
      "The spread over Bunds widened to 1.2 percentage points, or 12 basis points.",
      "The Fed raised rates by 75bp, or half a percentage point.",
      // Two lengths by each other, then the area they make.
      "The new pitch measures 105 metres by 68 metres, an area of 714 square metres.",
      "The pool is 50m x 25m (125 sq m).",
      "The room is 20ft by 10ft, or 2,000 sq ft.",
      "The warehouse, 200 metres by 50 metres, covers an area of 1,000 square metres.",
      "The solar farm is 2km by 1.5km, an area of 30 square kilometres.",
      // Stones and pounds are one weight.
      "He weighed 14 stone 2lb (189lb) at his heaviest.",
      "The jockey rides at 9st 2lb (48kg).",
    ],
    silent: [
      "The glacier has lost 3.2 metres of thickness since 2000, or 320 centimetres.",
      "The glacier lost 3.2 metres since 2000, or 32 centimetres since 2020.",
      "The river rose 2 metres by 2010, 20 centimetres by 2015 and 3 metres by 2020.",
      "Defence spending will rise to 2.5 per cent of GDP, 20 basis points above the current 2.3 per cent.",
      "Inflation stood at 3.4%, up 30 basis points from 3.1%.",
      "The fund returned 6.5%, 150 basis points on a benchmark of 5%.",
      "The bank cut rates by 25 basis points to 4.75 per cent, from 5 per cent.",
      "The yield rose to 4.5%, 25 basis points above its level a month ago, when it stood at 4.1%.",
      "The 3.2 per cent pay award is worth 3.2p in every pound for nurses.",
      "Council tax rises 5 per cent, while the basic rate of income tax stays at 20p in the pound.",
      "Bondholders accepted a 60 per cent haircut, leaving them 40 cents on the dollar.",
      "The charity's 1.5% administration cost means 98.5p of every pound donated goes to projects.",
      // Weighed again with figures that agree, a difference, each, or an altitude and a length; megalitres that agree.
      "At 9,000lb, the bronze statue weighs about four tonnes.",
      "At 90kg, the boxer weighs 5kg more than his rival.",
      "At 1,200 metres, the climbers weighed their packs at 20kg each.",
      "At 3,000 metres, the lake measures 3km across.",
      "The reservoir holds 2,000 megalitres, or two billion litres, when full.",
      "The dam stores 1.5 gigalitres (1.5 million cubic metres) of water.",
      "The tower, at 310 metres, is 1,017ft tall.",
      "The route, at 5km, is 3 miles from the town.",
      "The platforms, at 320 metres, are 200 metres longer than before.",
      "Temperatures reached 40C (104F) at Heathrow on Tuesday afternoon.",
      "It was 30C (about 86F) in the shade.",
      "Water boils at 100 degrees Celsius, or 212 degrees Fahrenheit.",
      "The new platforms, 540 metres long (a third of a mile), open in May.",
      "The speech ran to 1 hour 40 minutes, or 100 minutes by the Speaker's clock.",
      // equal, or within the less precise figure's rounding
      "Her record swim took 3 hours 20 minutes (200 minutes) in choppy water.",
      "Patients waited an hour and a half, or 90 minutes, to be seen.",
      "The ferry crossing is a 30-minute trip (half an hour) in calm weather.",
      "Volunteers spent 96 hours, or four days, clearing the beach.",
      "The marathon's 26.2 miles, or 42.2 kilometres, start at the castle.",
      "The bridge is 5 miles (8km) long.",
      "The forest covers 40 square kilometres (4,000 hectares) of upland.",
      "A 250-acre farm, about 100 hectares, is for sale near the town.",
      "Each tank holds 2,500 litres (2.5 cubic metres) of fuel.",
      "The statue's 3,000kg bronze (about three tonnes) was cast in Leeds.",
      "A 6ft (1.8 metres) fence will go up along the road.",
      // differences and comparisons, not restatements
      "The winning parsnip weighed 4kg, 1kg more than last year's.",
      "Her time of 2 hours 10 minutes, 12 minutes slower than her best, won the race.",
      "The new route is 14km, 3km shorter than the old one.",
      "At 310 metres, 40 metres taller than its neighbour, the tower dominates the skyline.",
      // rates against totals
      "The plant uses 3 million litres a day, or 90 million litres, in a month of drought.",
      "Nurses work 12 hours a day, or 60 hours over a week.",
      // lists of different things, and parts
      "Runners can choose 5km, 10km or 21km courses.",
      "The walk covers 12 miles, 3 miles of it along the cliffs.",
      "The sessions last 45 minutes, 60 minutes and 90 minutes.",
      "The trail is 20km, with 4km of climbing.",
      "He trained for three hours, then rested for 20 minutes.",
      // another case, or the same unit offered twice
      "Councils must reply within 24 hours, or three days for serious cases.",
      "He served 18 months, or a year and a half, in prison.",
      "The 25-year-old, 18 months into the job, resigned.",
      "After 30 years, 25 years of them at the plant, he retired.",
      "Visitors can walk 3 miles, or 5 miles with the detour.",
      "The crossing takes 35 minutes, about half an hour.",
      "The dam holds 5 billion cubic metres – 5 trillion litres – of water.",
      "The 6ft 2 inches defender, 1.88 metres, towers over the attack.",
      "A 5G mast, 20m tall, was put up beside the 30m (98ft) church tower.",
      // on the bound's side: a loose bound holds anything there, a tight one only what is near
      "The jury deliberated for 130 minutes, just over two hours, before its verdict.",
      "Crews took an average of 75 minutes, well over an hour, to arrive.",
      "The flight took nearly three hours (170 minutes).",
      "The talks took less than an hour (40 minutes).",
      // a rate against a total over a length of time the sentence names
      "The ten-year deal buys 500 gigawatt-hours a year (5 terawatt-hours).",
      "The deal buys 500 gigawatt-hours a year (5 terawatt-hours over its life).",
      "The plant draws 3 million litres a day (3,000 cubic metres) from the river.",
      // degrees below zero, a range, barrels
      "Temperatures fell to -10C, or 14F, overnight.",
      "It was minus 40C (-40F) on the plateau.",
      "It was −5C (23F) in Moscow.",
      "The forecast is for 10-15C (50-59F) by the weekend.",
      "The tanker holds 2 million barrels, about 320,000 cubic metres of crude.",
      // Troy ounces for gold, silver and the other precious metals.
      "The gold mine produced 3.1 million ounces last year, equivalent to about 96 tonnes of the metal.",
      "The mine produced 3.1 million ounces of silver, about 100 tonnes.",
      "Its vaults hold 8,000 tonnes of bullion, or about 257 million ounces.",
      "Platinum output fell to 4 million oz, about 124 tonnes.",
      // Labelled restatements that agree; stones that agree or are no weight.
      "The fishing grounds cover 3,000 square kilometres, an area of about 1,160 square miles.",
      "The tunnel runs 12 miles, a distance of about 19 kilometres.",
      "The boxer weighed in at 14 stone (89kg).",
      "Workers laid 40 stone slabs, an area of about 60 square metres.",
      // A rate said again in step, or a total over another length of time, or a rate restated per another period.
      "The water company lost 630 million litres a day to leaks, the equivalent of 630,000 cubic metres, the regulator said.",
      "The plant pumps 5 million litres a day into the river, the equivalent of 5,000 cubic metres.",
      "The glacier retreats 30 metres a year, the equivalent of 3km over the century.",
      "The mine produces 4,000 tonnes of ore a day, or 120,000 tonnes a month.",
      "The aquifer has lost 2 million litres a day for a decade, the equivalent of 7 billion litres.",
      // Measured again in step, or the participle measures a part, a difference or another thing.
      "The 3.2-tonne bronze statue of the late Queen, weighing some 3,200kg, was lowered onto its plinth on Monday.",
      "A 40-metre mast, standing some 130ft tall, was put up beside the school.",
      "The 12-mile bridge, spanning 2km of open water, opened in May.",
      "The 3.2-tonne statue and its granite plinth, weighing 5 tonnes, arrived on Monday.",
      "The 3.2-tonne statue, weighing 400kg more than its predecessor, arrived.",
      "The 44-tonne lorry, weighing 12 tonnes empty, overturned.",
      "A 20-minute walk, measuring 1.5km, links the stations.",
      // Basis points restated in step, or a second change of another span or comparison.
      "Rates were cut by 25 basis points to 4.75 per cent, a reduction of 0.25 percentage points, the central bank said.",
      "The spread widened to 1.2 percentage points, or 120 basis points.",
      "Rates rose by 50 basis points, or half a percentage point.",
      "The bank cut by 25 basis points, a total reduction of 1.5 percentage points since January.",
      "Rates were cut by 25 basis points to 4.75 per cent, 2.5 percentage points below their peak.",
      "Rates were cut by 25 basis points, and inflation fell 1.2 percentage points.",
      "The new pitch measures 105 metres by 68 metres, an area of 7,140 square metres.",
      "The pool is 50m x 25m (1,250 sq m).",
      "The room is 20ft by 10ft, or 200 sq ft.",
      "The site is 2km by 3km and covers 6 square kilometres.",
      "The pitch is 105 metres by 68 metres, with a 300 square metre stand.",
      "The plot measures 30 metres by 20 metres, and 40 square metres of it is garden.",
      "He weighed 14 stone 2lb (198lb) at his heaviest.",
      "The top weight carries 11st 10lb, or 164lb, in Saturday's handicap.",
      "The jockey rides at 8st 7lb (54kg).",
    ],
  });

  // "Most of the satellite's 3.5-tonne mass, some 2.2 tonnes": the second, smaller, is a part of the first.
  describe("a part of a whole measure", () => {
    itChecks(unitRestatement, {
      fires: [
        "The satellite's 3.5-tonne mass, some 2,200kg, is propellant.",
        // A bracket puts the whole again, in other units.
        "Forest covers 40% of the 3,000 sq km park (11,580 sq miles).",
        "Half of the 40-mile route, or 6.4km, is uphill.",
        // A part larger than its whole is no part.
        "Most of the 3-mile route, some 15km, is uphill.",
      ],
      silent: [
        "The bulk of the satellite's 3.5-tonne mass, some 2.2 tonnes, is propellant.",
        "Most of the satellite's 3.5-tonne mass, some 2,200kg, is propellant.",
        "Forest covers 40% of the 3,000 sq km park (1,158 sq miles).",
        "The bulk of the 12-mile route, some 15km, runs through forest.",
      ],
    });
  });

  // "Warming beyond 1.5C, or 2.7F, above pre-industrial levels": a change in temperature converts without the 32.
  describe("a change in temperature", () => {
    itChecks(unitRestatement, {
      fires: [
        "Scientists warn that warming beyond 1.5C, or 34.7F, above pre-industrial levels risks irreversible damage.",
        "Temperatures rose by 2C (35.6F) over the century.",
        "July was 3C (9F) warmer than the long-term average.",
        // A temperature is still a temperature: "rise to" is no change.
        "Temperatures are forecast to rise to 40C (72F) on Friday.",
      ],
      silent: [
        "Scientists warn that warming beyond 1.5C, or 2.7F, above pre-industrial levels risks irreversible damage.",
        "Temperatures rose by 2C (3.6F) over the century.",
        "July was 3C (5.4F) warmer than the long-term average.",
        "Governments pledged to limit warming to 2C (3.6F).",
        "Temperatures are forecast to rise to 40C (104F) on Friday.",
      ],
    });
  });

  // "At a 4% deposit rate, banks earn €4 a year on every €1,000": the amount over the amount it is on is the rate.
  describe("a rate as an amount on every amount", () => {
    itChecks(unitRestatement, {
      fires: [
        "At a 4% deposit rate, banks earn €4 a year on every €1,000 parked at the central bank.",
        "A 3% tax means shoppers pay an extra 30p on every £100 spent.",
        "With mortgage rates at 6%, borrowers pay £600 a year in interest on each £1,000 borrowed.",
        "A 2% fee adds £20 to every £100 transferred.",
      ],
      silent: [
        "At a 4% deposit rate, banks earn €40 a year on every €1,000 parked at the central bank.",
        "A 3% tax means shoppers pay an extra £3 on every £100 spent.",
        // A percentage that is no rate of the amount, the rest of the whole, or a month's share of a yearly rate.
        "Inflation is running at 4%, while the charity spends £90 of every £100 it raises on its projects.",
        "A 1.5% fee leaves £98.50 of every £100 for the fund.",
        "At 6%, borrowers pay £5 a month on every £1,000.",
      ],
    });
  });

  // "Cut journey times by 20 minutes, saving commuters about 1,200 hours over a 240-day working year": 80 hours, or 160
  // with the journey home.
  describe("a time saved each day over the days", () => {
    itChecks(unitRestatement, {
      fires: [
        "The rail link will cut journey times by 20 minutes, saving commuters about 1,200 hours over a 240-day working year.",
        "The new timetable shaves 15 minutes off each trip, saving drivers about 600 hours over 200 working days.",
        "The bypass cuts the school run by 10 minutes, which adds up to about 3 hours over a 190-day school year.",
        "Self-service tills save shoppers 5 minutes a visit, adding up to 400 hours across 300 days.",
      ],
      silent: [
        "The rail link will cut journey times by 20 minutes, saving commuters about 80 hours over a 240-day working year.",
        "The rail link will cut journey times by 20 minutes, saving commuters about 160 hours over a 240-day working year.",
        "The bypass cuts the school run by 10 minutes, which adds up to about 30 hours over a 190-day school year.",
        // The total of many commuters, not of one.
        "The rail link will cut journey times by 20 minutes, saving its 300 regular commuters about 24,000 hours over a 240-day working year.",
        "The rail link will cut journey times by 20 minutes, saving a combined 24,000 hours over a 240-day working year.",
      ],
    });
  });

  it("gives both measures in one unit", () => {
    const [finding] = unitRestatement.check("The hospital's wait of three days, or 36 hours, is too long.");
    expect(finding.message).toBe("three days is 3 days, but it is restated as 36 hours (1.5 days).");
  });
});
