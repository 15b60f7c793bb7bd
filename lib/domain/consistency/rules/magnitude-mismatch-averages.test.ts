// magnitude-mismatch on a total, the count it is spread over and the average for one thing (average-per-thing.ts); on
// a count of one thing beside an amount; and on long bare enumerations. (Its own file: the others are long enough.)
import { describe } from "vitest";
import { magnitudeMismatch } from "./magnitude-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("magnitude-mismatch, averages and enumerations", () => {
  // "The 600-page novel runs to 240,000 words, about 4,000 a page": the average is the total over the count.
  describe("a total, its count and the average for one", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The auction raised £46m across 100 lots, an average of roughly £4.6m a lot.",
        "The 600-page novel runs to 240,000 words, an average of about 4,000 words a page.",
        "The 320-page report runs to 96,000 words, about 3,000 a page.",
        "The charity raised £2.4m across 40 events, an average of roughly £600,000 an event.",
        "The 12-episode series drew 36 million viewers in all, an average of about 30 million an episode.",
        "The 90-room hotel took £1.8m in bookings, or £200,000 a room.",
      ],
      silent: [
        // The false alarm: the average for one page is no restatement of the whole.
        "The 600-page novel runs to 240,000 words, about 400 a page.",
        "The auction raised £46m across 100 lots, an average of roughly £460,000 a lot.",
        "The 12-episode series drew 36 million viewers in all, an average of about 3 million an episode.",
        "The 90-room hotel took £1.8m in bookings, or £20,000 a room.",
        // Another thing counted, another noun, or "a lot of": no average of the count's thing.
        "The 600-page novel runs to 240,000 words, about 4,000 a chapter.",
        "The 600-page novel runs to 240,000 words, with 40 illustrations, about 6 a chapter.",
        "The 600-page novel sold 240,000 copies, about £10 a copy.",
        "The auction raised £46m across 100 lots, a lot of it from one buyer.",
      ],
    });
  });

  // "tickets (£10m), one sponsor (£1m)": "one" with its noun is a count of one thing, the bracket its amount.
  describe("a count of one thing beside an amount", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The fine of one million pounds (£10m) was agreed.",
        "The company made a profit of 3.2 billion dollars ($320m) last year.",
        // ("one sponsor" is a count; "one million euros" is an amount.)
        "A payment of one million euros (€100,000) was made to the one sponsor.",
        "The one sponsor paid £1m, or 100,000 pounds, for the naming rights.",
      ],
      silent: [
        "Revenue came from tickets (£10m), one sponsor (£1m) and merchandise (£2m).",
        "The club's income came from gate receipts (£40m), one broadcaster (£90m) and a single shirt sponsor (£8m).",
        "The appeal raised £3m: one donor (£2m), a trust (£600,000) and the public (£400,000).",
      ],
    });
  });

  // "hold 12bn, 9bn, 10bn and 4bn litres": four figures and more, bare commas and a last "and", are an enumeration.
  describe("a long bare enumeration", () => {
    itChecks(magnitudeMismatch, {
      fires: [
        "The deficit of £2.5bn, or 25 million pounds, worries investors.",
        "The reservoirs hold 12bn, or 1.2bn, litres.",
        // ("or" breaks the run: the pair before the enumeration is still a restatement.)
        "The reservoir holds 12bn litres, or 1.2 billion litres, more than 9bn, 10bn and 4bn at the others.",
        "The four funds manage £40bn, or £4bn, of savings.",
      ],
      silent: [
        "Listed from largest to smallest, the four reservoirs hold 12bn, 9bn, 10bn and 4bn litres.",
        "The five funds manage £40bn, £32bn, £35bn, £20bn and £11bn.",
        "Stakes of 12bn, 1.2bn, 9bn, 10bn and 4bn were sold.",
      ],
    });
  });
});
