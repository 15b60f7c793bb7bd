import { describe, expect, it } from "vitest";
import { fractionMismatch } from "./fraction-mismatch";
import { itChecks } from "./rule-cases.test-fixture";

describe("fraction-mismatch", () => {
  itChecks(fractionMismatch, {
    fires: [
      "Just over a third of the cases — 61 per cent — were dropped.",
      "One in five lorries crossing into the port — 45% — failed the check.",
      "About a quarter of Spain's exported wine, or 40%, goes to Germany.",
      // The looser restatement: a noun with a phrase after it, "a 35% stake", and "about" on the percentage.
      "Three in ten households in the county, some 45 per cent, now have solar panels.",
      "The state holds a quarter of the airline, a 40% stake bought in 2011.",
      "Nine-tenths of the region's wheat, about 70 per cent, is shipped abroad.",
      "Half of the 80 members, some 20 people, resigned.",
      "The court upheld 30 of the 40 appeals it heard, about a third.",
      "Just over half of the 500 firms, around 30%, plan to hire.",
      "A third of the voters, 45%, stayed at home.",
      "One in four children (40 per cent) lives in poverty.",
      "A quarter of the 400 workers, 150 people, were laid off.",
      "Nearly a half of the votes (70%) went to the incumbent.",
      "45% (a third) of the voters stayed at home.",
      // A fraction restated as a count of a count, or as a percentage at once, or with "or" and a whole of its own.
      "A quarter of the new homes, 60 of the 150, were sold to investors.",
      "The side has won only a third of its league matches, 14 of 20.",
      "Turnout fell to a third, 45%, the lowest in decades.",
      "Exports make up a tenth of output, or 25 per cent of what the country produces.",
      "A fifth of the 600 patients treated at the clinic last year, 200 in all, were children.",
      // A whole told of in a few words, then the part set off.
      "Three-quarters of the 300 dairy farmers surveyed, 180 of them, said they would leave.",
      "A third of the 90 nurses on the ward, 45 in all, were agency staff.",
      "A fifth of the 500 homes flooded, 300 of them, were uninsured.",
      // The whole first, then the fraction and its count; a count of a count, then a whole told of, then the fraction.
      "Of the 300 dairy farmers surveyed, three-quarters, or 180, said they would leave.",
      "Among the 90 nurses on the ward, a third, 45 in all, were agency staff.",
      "Some 180 of the 300 dairy farmers surveyed, three-quarters, said they would leave.",
      // The fraction's whole named again after the percentage ("of the total", "of the whole").
      "One in five complaints to the regulator, 40% of the total, concerned billing.",
      "Roughly one in eight of the farm's acres, some 30% of the whole, lies fallow.",
      // Two fractions for one share, the second standing alone.
      "Only a third of the bids, roughly one in ten, were accepted.",
      "Three in four members (half) voted to strike.",
      // Near the whole, what is left out is the finer measure: "nine in ten" is not 70% or 78%.
      "About 70% of the drivers, roughly nine in ten, passed.",
      "Nine-tenths of the homes on the estate, 78%, have broadband.",
      // A participle after the whole, or a count set off right after the fraction's own phrase, names no other noun.
      "Only half of the new trains, 20 of the 80 ordered, are in service.",
      "A quarter of the festival's line-up, 30 of the 60 acts, are from abroad.",
      // A count that is exactly another simple fraction of a small whole.
      "Three-quarters of the club's 40 members, 20 in all, voted to merge.",
      "Two-thirds of the 30 staff, 15 of them, signed the letter.",
    ],
    silent: [
      "Just over a third of the cases — 36 per cent — were dropped.",
      "More than a quarter of the cases, 45%, were dropped.",
      "One in five lorries crossing into the port — 21% — failed the check.",
      "Three in ten households in the county, some 30 per cent, now have solar panels.",
      "The state holds a quarter of the airline, a 25% stake bought in 2011.",
      "Half the members left, a 20% fall on last year.",
      "He filled about half the appeal court seats, about 35 percent of the trial court seats.",
      "Half of the 80 members, some 38 people, resigned.",
      "The court upheld 30 of the 40 appeals it heard, about three-quarters.",
      "Just over half of the 500 firms, around 52%, plan to hire.",
      "A third of the voters, 33%, stayed at home.",
      "Half of the members, some 51%, have not paid their fees.",
      "Nearly half of the votes (48%) went to the incumbent.",
      "A quarter of the 400 workers, 100 people, were laid off.",
      "One in ten households has no car, while 40% have two.",
      "A quarter of the new homes, 38 of the 150, were sold to investors.",
      "The side has won only a third of its league matches, seven of 20.",
      "Turnout fell to a third, 34%, the lowest in decades.",
      "The party's share rose to a fifth, up 5% on last time.",
      "Exports make up a tenth of output, or 11 per cent of what the country produces.",
      "A fifth of the 600 patients treated at the clinic last year, 120 in all, were children.",
      "A fifth of the 600 patients were treated at the clinic last year, 200 of them children.",
      "The Tories slipped to a third, 3% down on 2019.",
      "A third of voters backed her, 60 of the 120 delegates did.",
      "A quarter of the 480 complaints referred to the tribunal, 120 in all, were upheld.",
      "Three-quarters of the 300 dairy farmers surveyed, 225 of them, said they would leave.",
      "A third of the 90 nurses on the ward, 30 in all, were agency staff.",
      // A part told of further is a subset, not the fraction's count.
      "Half of the 400 staff questioned, 120 of them women, said they felt unsafe.",
      "A quarter of the 80 pubs in town were sold last year, 12 of them to a brewer.",
      "Of the 300 dairy farmers surveyed, three-quarters, or 225, said they would leave.",
      "Of the 90 nurses, a third, 20 of them men, were agency staff.",
      "Some 225 of the 300 dairy farmers surveyed, three-quarters, said they would leave.",
      // A pair of figures compared is no restatement of the fraction.
      "Unemployment among graduates is a quarter of that among school leavers, 3% against 12%.",
      "Turnout among the young was a third of that among pensioners, 25% to 75%.",
      // Another whole after the percentage is another share; so is a second fraction with a noun of its own.
      "One in five complaints, 40% of refunds, concerned billing.",
      "One in five adults, one in three children, now lives in poverty.",
      "A tenth of reported crimes, about one in ten, were solved.",
      // "Nine in ten" allows what rounds to it; "three-quarters" keeps its looser 12%.
      "Some 88% of pupils, roughly nine in ten, passed.",
      "Three-quarters of the households, 68%, recycle.",
      // A count of another noun after a verb; a count near the fraction's, or of no other simple fraction.
      "A third of the staff quit, 60 of the 120 nurses.",
      "A third of the 40 staff, 12 of them, signed the letter.",
      "Two-thirds of the 20 staff, 12 in all, signed the letter.",
      "About three-quarters of the 60 members, 40 in all, voted.",
    ],
  });

  it("says what the fraction is", () => {
    const [finding] = fractionMismatch.check("A third of the voters, 45%, stayed at home.");
    expect(finding.message).toBe("A third is about 33%, not 45%.");
  });
});
