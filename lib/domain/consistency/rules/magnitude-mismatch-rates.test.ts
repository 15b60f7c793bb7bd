// magnitude-mismatch on amounts for one thing against totals: a rate times a count, a total spread over years, a pot
// shared among a count, and bracketed figures of a list. (Its own file: magnitude-mismatch.test.ts is long enough.)
import { describe, expect, it } from "vitest";
import { magnitudeMismatch } from "./magnitude-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("magnitude-mismatch, amounts for one thing", () => {
  // "six an over, or 120 across the full 50 overs": a rate for one thing, then its total over a count of them.
  describe("a rate for one thing, then its total over a count", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "A rise of 2p a litre will add £8,000 a year to the income of a farm selling four million litres.",
        "Chasing at six an over, or 120 across the full 50 overs, the tourists fell short.",
        "Fuel duty of 53p a litre raises £2.5bn a year from the 47 billion litres sold.",
        "A cut of 5p a litre would save hauliers £500 a year on a lorry using 100,000 litres.",
        "Attendances rose by 800 a match, or 8,000 across the 19 home games.",
        "The bowler conceded 4.5 runs an over, or 90 across his 10 overs.",
        "Fares will rise by 12p a mile, or £1.20 on a 100-mile trip.",
        "The levy of £2 a tonne will cost the quarry £40,000 on the 200,000 tonnes it ships.",
      ],
      silent: [
        "Crowds fell by 1,500 a game, or 30,000 across the 20 home matches.",
        "Drivers who shop around can save up to 8p a litre, or £4.40 on a 55-litre tank.",
        "Chasing at six an over, or 300 across the full 50 overs, the tourists fell short.",
        "A rise of 2p a litre will add £80,000 a year to the income of a farm selling four million litres.",
        // A bundle has a price of its own; another clause, or another thing counted, is no count of the rate's things.
        "Tickets cost £30 a match, or £450 for a 19-match season ticket.",
        "Fuel is 150p a litre, or £82.50 for a full tank, and a 55-litre tank lasts a week.",
        "Crowds rose by 1,500 a game, or 30,000 in total, and the 20 home matches sold out.",
        "The bowler conceded 4.5 runs an over, or 90 across his 10 matches.",
        "The levy of £2 a tonne, or £40,000 a year, was paid on 2,000 lorries.",
      ],
    });
    it("gives the product", () => {
      const [finding] = magnitudeMismatch.check("Chasing at six an over, or 120 across the full 50 overs, the tourists fell short.");
      expect(finding.message).toBe("six an over across 50 overs comes to 300, but the total is given as 120.");
    });
  });

  // "worth $1.2bn over 12 years, or $120m a season": the years come between the total and its yearly rate.
  describe("a total over the years, then a rate a year or a season", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The rights deal is worth $1.2bn over 12 years, or $120m a season.",
        "The kit deal is worth £300m over ten years, or £40m a season.",
        "The sponsorship is worth €90m over six years, or €25m a year.",
        "The contract is worth $500m over five years, or $150m a season.",
      ],
      silent: [
        "The rights deal is worth $1.2bn over 12 years, or $100m a season.",
        "The deal is worth £600m over five years, or £150m a year in the first two.",
        "The deal is worth £600m over five years, with £150m a year going to the clubs.",
      ],
    });
  });

  // "The €3.5m prize fund is shared equally by the ten finalists, at €35,000 each": a pot, the count, the amount each.
  describe("a total shared among a count, at so much each", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The €3.5m prize fund is shared equally by the ten finalists, at €35,000 each.",
        "The £5m pot is split equally between the 25 players, who get £20,000 each.",
        "The $1.2m bonus pool is divided among the 40 staff, with $3,000 apiece.",
        "An inheritance of £900,000 was shared between the three children, at £30,000 each.",
      ],
      silent: [
        "The €3.5m prize fund is shared equally by the ten finalists, at €350,000 each.",
        "The €3.5m prize fund is shared by the ten finalists, with the winner taking €1m.",
        "The £5m pot is split between the 25 players and 10 staff, who get £20,000 each.",
      ],
    });
  });

  // "£1.5bn, or £15,000 a share for its one million shares": the amount a thing, then all of the things.
  describe("a total, then so much a thing for all of them", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The offer values the club at £1.5bn, or £15,000 a share for its one million shares.",
        "The bid values the company at $2bn, or $20 a share for its 10 million shares.",
        "The takeover values the firm at €600m, or €6 a share across its 10 million shares.",
        "The buyout prices the group at £800m, that is £80 a share for the 100 million shares.",
      ],
      silent: [
        "The offer values the club at £1.5bn, or £1,500 a share for its one million shares.",
        "The offer values the club at £1.5bn, or £15,000 a share for its one million fans.",
        "The bid values the firm at $2bn, or $20 a share, for its 10 million customers.",
      ],
    });
  });

  // "two tries (10 points), one conversion (2)": a bracketed figure says what its item comes to; the next is another.
  describe("bracketed figures of a list", () => {
    itChecks(magnitudeMismatch, {
      fires: ["The bill (£1.2bn), or 12 million pounds, was passed.", "The fine (about €4.5m), that is 45 million euros, stands."],
      silent: [
        "The tourists' 24 points came from two tries (10 points), one conversion (2) and four penalties (12).",
        "The squad scored 31 points from three tries (15 points), two conversions (4) and four penalties (12).",
        "Revenue came from tickets (£10m), sponsors (£1m) and television (£25m).",
        "The haul was 13 medals: three golds (3 medals), one silver (1) and nine bronzes (9).",
      ],
    });
  });
});
