// More total-mismatch cases, kept apart from total-mismatch.test.ts, which is long: shares beside a share, a chair
// chosen by someone, a rest left untold, "broke down as", tranches, names between spaced hyphens, a level by periods.
import { describe, expect, it } from "vitest";
import { itChecks } from "./rule-cases.test-fixture";
import { totalMismatch } from "./total-mismatch";

describe("total-mismatch, more constructions", () => {
  itChecks(totalMismatch, {
    fires: [
      // a share "from" one source is no total of the shares "from" others, but they are all of one whole
      "Around 58 per cent of revenue comes from two markets: 30 per cent from Europe and 20 per cent from the UK.",
      "Some 60% of the stock is held by two funds: 35% by Alpha and 30% by Beta.",
      "Revenue of £90m comes from two markets: £50m from Europe and £30m from the UK.",
      "Of the castle's visitors last year, 63 per cent came from England, 29 per cent from Scotland and 24 per cent from overseas.",
      "About 70% of the electricity came from gas, 25% from wind and 15% from nuclear.",
      // one holder chosen by someone, as the list's last item
      "The nine-member board is made up of five executives, four independents and a chair appointed by the minister.",
      "The seven-strong council comprises three elders, two farmers and a president elected by the villagers.",
      "The 12-member tribunal is made up of six judges, six lay members and a registrar drawn from the civil service.",
      // a rest told without a figure: the parts are some of the total, still never more than it
      "The summit produced 230 pledges, of which 140 came from governments and 100 from companies, with the rest from cities.",
      "The summit produced 230 pledges, of which 140 came from governments, 60 from companies and the rest, 20, from cities.",
      "The fund raised a total of £12m, made up of £8m from pension funds and £5m from insurers, with the balance from family offices.",
      // "broke down as", "broke down into" right before the figures
      "Net inflows of $6.8bn into emerging-market funds broke down as $4.0bn to equities and $3.3bn to bonds.",
      "Last year's 412 complaints broke down into 250 about delays and 180 about fares.",
      "The council's £45m capital budget for the coming year broke down as £30m for roads, £10m for schools and £8m for parks.",
      "The 3,000 tonnes of aid delivered broke down as 1,800 tonnes of food and 1,000 tonnes of medicine.",
      // a sum paid "in two tranches, of" its parts
      "The fund disbursed $78m last year in two tranches, of $45m and $43m.",
      "The club will pay the £60m fee in three instalments of £25m, £20m and £20m.",
      "The IMF released $3bn to Egypt in two tranches, of $1.2bn and $1.5bn.",
      "The bank lent the council £12m in three separate payments of £5m, £4m and £4m.",
      // names between spaced hyphens
      "Five of the seven directors - Smith, Patel and Chen - voted to accept the revised bid.",
      "Four of the nine judges - Lord Reed, Lady Black and Lord Sales - dissented.",
      "The three finalists - Brazil, Spain, Germany and Japan - will meet in Doha.",
      // a level reached over a span, broken into its periods
      "Gold imports rose to 96 tonnes in the quarter (January 28 tonnes, February 31 tonnes, March 30 tonnes).",
      "Car sales fell to 410,000 in the first half (Q1 190,000, Q2 240,000).",
      "Rainfall rose to 310 mm in the quarter (June 80mm, July 120mm, August 95mm).",
      "Visitor numbers climbed to 52,000 last week (Monday 6,000, Tuesday 7,000, Wednesday 8,000, Thursday 8,000, Friday 9,000, Saturday 12,000, Sunday 10,000).",
    ],
    silent: [
      "Around 58 per cent of revenue comes from the UK, 30 per cent from Europe and 12 per cent from elsewhere.",
      "Some 45% of sales come from Asia, 40% from the US and 15% from Europe.",
      "Roughly 52 per cent of the stock is held by pension funds, 31 per cent by insurers and 17 per cent by retail investors.",
      "Some 38% of the stock is held by pension funds, 34% by insurers and 29% by retail investors.",
      "The 11-member commission is split between five government appointees, five opposition nominees and a chair chosen by the judiciary.",
      "The 13-member panel comprises six scientists, six lawyers and a chair elected by the members.",
      "The ten-strong jury is made up of six men and four women, a split approved by the judge.",
      "The summit produced 230 pledges, of which 140 came from governments and 60 from companies, with the rest from cities and regions.",
      "The fund raised a total of £12m, made up of £7m from pension funds and £3m from insurers, with the balance from family offices.",
      "The 40-strong squad is made up of 22 forwards, 10 backs and the remainder goalkeepers.",
      "A total of 500 jobs will go: 300 in Leeds, 150 in Hull and the rest of them in York.",
      "About 300 lorries broke down as temperatures hit 40C, and 12 caught fire.",
      "Some 30 trains broke down as the heat reached 38 degrees and 12 more were cancelled.",
      "The fund disbursed $78m in two tranches of $39m.",
      "The fund raised $78m in three rounds of funding, including $45m from a sovereign fund.",
      "The fund disbursed $78m last year in two tranches, of which $45m went to Kenya.",
      "The agency paid out $78m in three tranches of aid, including $45m to Kenya and $20m to Chad.",
      "Two of the 11 players - Kane and Rice - were booked.",
      "The three programmes - Medicare, which covers six million, Medicaid with four million and the rest - cost too much.",
      "Reserves rose to $100bn in the quarter (January $90bn, February $93bn, March $96bn).",
      "Average pay rose to £600 a week (men £590, women £560).",
      "Output rose to 96 tonnes in March (January 28 tonnes, February 31 tonnes).",
      "Rainfall was 310mm over the three months (June 80mm, July 120mm, August 95mm).",
    ],
  });

  it("tells the shares beside a share as shares of one whole", () => {
    const [finding] = totalMismatch.check("About 70% of the electricity came from gas, 25% from wind and 15% from nuclear.");
    expect(finding?.message).toContain("110%");
  });
});
