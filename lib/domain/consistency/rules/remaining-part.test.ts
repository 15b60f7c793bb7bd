import { describe } from "vitest";
import { remainingPart } from "./remaining-part";
import { itChecks } from "./rule-cases.test-fixture";

describe("remaining-part", () => {
  itChecks(remainingPart, {
    fires: [
      // the rest's figure set off by dashes or brackets
      "The housing association will build 450 homes, 200 for social rent, 150 for shared ownership and the rest — 120 — for sale on the open market.",
      "The trust's 80 volunteers include 30 guides, 25 gardeners and the rest (30) who run the café.",
      "Of the £9m raised, £5m came from the lottery, £2m from the council and the remainder – £3m – from private donors.",
      "The 600 new school places are split between Leeds, with 250, Bradford, with 200, and the others - 180 - in Wakefield.",
      // the rest told what it gave before its figure
      "England were all out for 287, with Root making 104, Stokes 66 and the rest of the side contributing 107, extras included.",
      "The appeal raised £90,000, with the parish giving £40,000, the diocese £25,000 and the rest of the donors contributing £20,000.",
      "Of the 650 seats, Labour took 400 and the Conservatives 120, with the others taking 110 between them.",
      "Wales scored 31 points, with the forwards scoring 15 and the rest of the team adding 12.",
      "The hosts were bowled out for 312, with the captain scoring 104, the No 3 adding 88 and the rest of the order contributing 96 including extras.",
      // two series side by side: the rest's own series must add up
      "The region's 40 dairies sell 2.4 million litres a month, 25 of them selling 1.5 million litres and the other 12 900,000 litres.",
      "The county's 18 quarries produced 4.2 million tonnes last year, 11 of them 3 million tonnes between them and the remaining five 1.2 million tonnes.",
      "The port's 60 berths handle 9 million tonnes a year, 35 of them 6 million tonnes and the other 20 3 million tonnes.",
      "Of the 31 farms, 22 supply 1.1 million litres a month and the other seven 500,000 litres.",
      "Of the 120 tonnes harvested, 80 were wheat and the remaining 30 barley.",
      // a share in a clause whose verb is left out ("and woodland a fifth") is one of the parts
      "Pasture covers 60 per cent of the farm and woodland a fifth, with the remaining 10 per cent cropped.",
      "Labour took 40 per cent of the vote and the Tories a third, with the remaining 20 per cent split among smaller parties.",
      "Cars made up 55 per cent of trips and buses a quarter, with the remaining 25 per cent made on foot.",
      "Rent takes 40 per cent of her income and food a tenth, with the remaining 30 per cent saved.",
      // a level something "stands at", "stood at" or "was estimated at" is a count to split, not a change
      "The housing waiting list stands at 7,300 households, 4,100 of them families with children and the other 2,700 single people or couples without children.",
      "The club's membership stood at 1,200, of whom 700 are adults and the remaining 400 juniors.",
      "The crowd was estimated at 40,000, with 25,000 home fans and the rest, 12,000, supporters of the visitors.",
      "Of the 90 delegates, 31 walked out and all of the rest, 40, stayed.",
      "The shelter took in 64 dogs last winter; 40 were rehomed and the remaining 20 went to foster families.",
      "Of the 1,200 flats on the estate, 700 are council-owned, 300 are let privately and the other 150 are leaseholds.",
      "The council received 90 objections, 55 from residents and the rest, 30, from businesses.",
      "Some 58% of the budget goes on wages and the remaining 38% on buildings.",
      "The lottery's £30m prize fund pays £18m to the jackpot winner and the remaining £10m to runners-up.",
      // a figure compared with another time is no part; the parts without it must add up
      "Of the 1,200 flats on the estate, 700 are council-owned, compared with 650 a year earlier, and the remaining 600 are let privately.",
      "Some 58% of the budget goes on wages, up from 52% in 2019, and the remaining 38% on buildings.",
      "The club sold 30,000 tickets, 18,000 to home fans, as against 15,000 a year earlier, and the other 10,000 to visitors.",
      "Of the 2,000 staff, 1,200 work in London, more than the 1,000 who did in 2019, and the remaining 900 elsewhere.",
      "Out of a crowd of 30,000, about 15,000 fans stood behind the goal, against 20,000 at last year's final, and the remaining 10,000 sat in the stands.",
      "The shelter took in 64 dogs last winter, against 50 the year before; 40 were rehomed and the remaining 20 went to foster families.",
      // the level a change ended at ("fell to", "rose to", "shrank to") is a total now; the level it came "from" is no part
      "Exports to the bloc fell to €86bn, down from €92bn, with goods accounting for €51bn and services for the remaining €31bn.",
      "Sales rose to £120m, up from £95m, with online accounting for £70m and stores for the remaining £40m.",
      "The workforce shrank to 2,400 from 2,900, with 1,500 in factories and the other 1,000 in offices.",
      "Membership climbed to 18,000 this year, with 11,000 adults and the remaining 8,000 juniors.",
      // a rival with no other time named: neither reading adds up
      "Of the 30,000 votes cast, Smith took 16,000, against 10,000 for Jones, and the remaining 5,000 went to minor candidates.",
      "Of the 500 pupils, 320 passed, compared with 280 at the school next door, and the remaining 190 failed.",
      // "leaving" the last part, of a whole opened with "Of the" or taken "of its" whole
      "Of the $3.2bn aid package, $1.5bn is for ammunition and $1.1bn for air defence, leaving $400m for training.",
      "Of the council's £48m budget, £30m goes on social care and £12m on roads, leaving £4m for libraries.",
      "Of the 650 seats, the coalition holds 340 and the opposition 290, leaving 30 for independents.",
      "The team has spent £30m of its £50m budget, leaving £25m for the January window.",
      "The firm cut 200 of its 2,000 jobs, leaving 1,900.",
      // a part taken "of the" whole before "the remaining" is a part of it, not the total
      "A fire destroyed 40 of the 120 homes, with the remaining 90 left standing.",
      // a figure with a decimal point among the parts leaves them in the same sentence
      "Of the £4.5m raised, £2.5m came from donors and the remaining £1.5m from grants.",
      "The 6.2 million tonnes shipped went 3.1 million to China, 1.4 million to India and the rest, 1.2 million, to Japan.",
    ],
    silent: [
      // a rest set off by dashes or brackets that adds up, or only part of the rest
      "The housing association will build 450 homes, 200 for social rent, 150 for shared ownership and the rest — 100 — for sale on the open market.",
      "Of the 450 homes, 200 are for social rent and 150 for shared ownership, with most of the rest — 80 — for sale.",
      "Of the £9m raised, £5m came from the lottery, £2m from the council and the remainder (£2m) from private donors.",
      "The 80 volunteers include 30 guides and 25 gardeners; the rest (25) run the café.",
      "England were all out for 287, with Root making 104, Stokes 66 and the rest of the side contributing 117, extras included.",
      "Of the 650 seats, Labour took 400 and the Conservatives 120, with the others taking 130 between them.",
      "The firm made 40 sales in May and 30 in June, with the rest of the year bringing 25 more.",
      // "No 3" is a batting place, no figure
      "The hosts made 300, with the captain scoring 104, the No 3 adding 100 and the rest of the order contributing 96.",
      "The valley's 31 farms supply 1.6 million litres a month, 22 of them producing 1.1 million litres between them and the other nine 500,000 litres.",
      "The region's 40 dairies sell 2.4 million litres a month, 25 of them selling 1.5 million litres and the other 15 900,000 litres.",
      "Of the 31 farms, 22 supply 1.1 million litres a month and the other nine 500,000 litres.",
      // a gapped share that makes the parts add up; a change "by a fifth" is no share
      "Pasture covers 70 per cent of the farm and woodland a fifth, with the remaining 10 per cent cropped.",
      "Labour took 45 per cent of the vote and the Tories a third, with the remaining 22 per cent split among smaller parties.",
      "Pasture covers 70 per cent of the farm, up by a fifth, with the remaining 30 per cent woodland.",
      // such levels split exactly, and a level reached by a change
      "The club's membership stood at 1,200, of whom 700 are adults and the remaining 500 juniors.",
      "The crowd was estimated at 40,000, with 25,000 home fans and the rest, 15,000, supporters of the visitors.",
      "Membership rose by 300, to 1,200, with 700 adults and the remaining 500 juniors.",
      // a level after a change that splits exactly once its "from" figure is left out; a cap ("limited to") is no total;
      // a tally's first side is no total either
      "Permits issued in the quarter rose to 410 from 385, with residential projects accounting for 260 and commercial sites for the other 150.",
      "Membership rose to 18,000 from 15,000, with 11,000 adults and the remaining 7,000 juniors.",
      "Exports to the bloc fell to €86bn, down from €92bn, with goods accounting for €51bn and services for the remaining €35bn.",
      "Entry is limited to 500 people, with 300 members and the remaining 150 guests.",
      "Councillors voted 7 to 5 in favour, with the remaining 3 abstaining.",
      "The committee backed the plan by eight votes to four, with the other two abstaining.",
      // A part of the rest is no last part.
      "A minority of the 90 delegates — 31 — walked out, and most of the rest, 40, stayed to vote.",
      "Of the 90 delegates, 31 walked out, and half the remaining 59 abstained.",
      "Of the 400 staff, 150 were moved to Leeds and some of the others, 80, took redundancy.",
      "The shelter took in 64 dogs last winter; 40 were rehomed and the remaining 24 went to foster families.",
      "Of the 1,200 flats, 700 are council-owned and the other 500 are let privately.",
      "Some 62% of the budget goes on wages and the remaining 38% on buildings.",
      "Of 33.3 million votes, 17.4 million were for Leave and the remaining 15.9 million for Remain.",
      "The firm has 300 staff in London, and the remaining offices employ about 40.",
      "Prices rose 5% in May and the remaining months saw rises of 2%.",
      "Of the 20 players, the 25-year-old striker and the remaining 19 trained on Monday.",
      // figures compared with another occasion are no parts
      "Of the 1,200 flats on the estate, 700 are council-owned, compared with 650 a year earlier, and the remaining 500 are let privately.",
      "Of the 90 objections, 55 came from residents, against 40 in 2019, and the rest, 35, from businesses.",
      "Of the 500 pupils, 320 passed, compared with 290 last year, and the remaining 180 failed.",
      "The club sold 30,000 tickets, 18,000 to home fans, as against 15,000 a year earlier, and the other 12,000 to visitors.",
      "Of the 2,000 staff, 1,200 work in London, more than the 1,000 who did in 2019, and the remaining 800 elsewhere.",
      "Of the 80 councillors, 45 are Labour, against 38 in 2019, and the other 35 belong to smaller parties.",
      "The festival drew 60,000 people, 35,000 on Saturday, up from 28,000 last year, and the rest, 25,000, on Sunday.",
      "Some 34% voted for the mayor, versus 41% in 2019, and the remaining 66% for her rival.",
      "The fleet of 120 buses has 80 electric vehicles, up from 45 a year earlier, and the other 40 run on diesel.",
      "Of the £30m prize fund, £18m goes to the jackpot winner, against £15m last year, and the remaining £12m to runners-up.",
      "Of the 300 jobs cut, 120 were in Leeds, down from 150 in the previous round, and the rest, 180, in Bradford.",
      // a rival with no other time named may be a part, or not
      "Of the 30,000 votes cast, Smith took 16,000, against 10,000 for Jones, and the remaining 4,000 went to minor candidates.",
      "Of the 2,000 staff, 1,200 work in London, against 500 in Leeds, and the remaining 300 elsewhere.",
      "Of the 500 pupils, 320 passed, compared with 280 at the school next door, and the remaining 180 failed.",
      // "leaving" of a whole that adds up, or of no whole at all
      "Of the $3.2bn aid package, $1.5bn is for ammunition and $1.1bn for air defence, leaving $600m for training.",
      "Of the 120 flats, 70 have been sold and 35 let, leaving 15 empty.",
      "The firm cut 200 of its 2,000 jobs, leaving 1,800.",
      "The storm killed 12 people and injured 40, leaving 3,000 homeless.",
      "The storm destroyed 40 homes and damaged 300, leaving 2,000 people homeless.",
      "Of the £2bn fund, £1.2bn has been spent, leaving 300 projects without money.",
      "The team has spent £30m of its £50m budget, leaving £20m for the January window.",
      // the whole after a part taken "of the" it
      "A fire destroyed 40 of the 120 homes, with the remaining 80 left standing.",
      "Of the 85 observers, 40 came from the EU and 30 from the African Union, with the remaining 15 from the OSCE.",
    ],
  });
});
