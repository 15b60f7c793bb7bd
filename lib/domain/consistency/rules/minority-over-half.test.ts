import { describe, expect, it } from "vitest";
import { minorityOverHalf } from "./minority-over-half";
import { itChecks } from "./rule-cases.test-fixture";

describe("minority-over-half", () => {
  itChecks(minorityOverHalf, {
    fires: [
      // The whole first, possessive or not, then "a minority of" the part.
      "Of the fund's 1.8 million members, a minority of about 1.1 million have never reviewed their investment choices, the regulator found.",
      "Of the club's 12,000 members, a minority of 7,500 backed the move.",
      "Of the 2,400 staff balloted, a minority of some 1,300 voted for the offer.",
      "Of its 5,000 shareholders, a minority of 3,100 objected.",
      "Renault holds a minority 60% stake in Nissan.",
      "Daimler took a 75% minority stake.",
      "It sold a minority stake of 51%.",
      "A minority of doctors (52%) and a majority of nurses (62%) back the strike.",
      "The Liberal Democrats hold a minority on the council with 31 of the 57 seats.",
      "The family, which holds a minority of the shares with 600 of the 1,000 issued, backed the bid.",
      "The council kept a 40% stake, leaving investors with a minority.",
      "The family, minority owners with 58%, blocked the sale.",
      // The word opens the sentence and a share of a counted whole closes its clause: the size of what it tells of.
      "Only a minority of asylum claims were granted at first instance, 61 per cent of the 84,000 decided in the year to June.",
      "A minority of the applications were approved by the planning committee last year, 58 per cent of the 12,400 received.",
      "A minority of planning appeals succeeded at the first hearing in the year, 64 per cent of the 9,800 appeals decided.",
      "Only a small minority of the county's pupils walk to school on a normal day, some 55 per cent of the 40,000 enrolled.",
    ],
    silent: [
      // The whole first, possessive or not, then "a minority of" the part.
      "Of the charity's 900 volunteers, a minority of about 300 work weekends.",
      "Of the 2,400 staff balloted, a minority of some 900 voted for the offer.",
      "A majority of nurses (62%) and a minority of doctors (30%) back the strike.",
      "Renault holds a minority 15% stake in Nissan.",
      "Minority shareholders own 60% of the company.",
      "A minority government won 55% of the seats in 1990.",
      "It is not a minority: 60% of the shares are held by Renault.",
      "The French state wants the Renault-Nissan relationship repaired.",
      "The Liberal Democrats hold a minority on the council with 21 of the 57 seats.",
      "The family, which holds a minority of the shares with 300 of the 1,000 issued, backed the bid.",
      "The council retained a 60% stake, leaving investors with a minority.",
      "The family, minority owners with 28%, blocked the sale.",
      "The bank, whose minority shareholders with 60% of the votes objected, withdrew.",
      // A share closing the clause after a link or a comparison, of a whole of another noun, or under half.
      "Only a minority of asylum claims were granted at first instance, while 61 per cent of the 84,000 decided were refused.",
      "Only a minority of asylum claims were granted at first instance, against 61 per cent of the 84,000 decided on appeal.",
      "Only a minority of asylum claims were granted at first instance, 61 per cent of the 84,000 appeals heard in the year.",
      "Only a minority of asylum claims were granted at first instance, 31 per cent of the 84,000 decided.",
    ],
  });

  it("explains the finding", () => {
    const [finding] = minorityOverHalf.check("Renault holds a minority 60% stake in Nissan.");
    expect(finding.message).toBe("“Minority” with 60%: 60% is not a minority (less than half).");
  });
});

describe("minority-over-half: a count sizing the phrase, a value for the part, a turnout", () => {
  itChecks(minorityOverHalf, {
    fires: [
      // A count in the word's phrase, then the share set off: the share is of that count.
      "A minority of the 1,400 staff balloted, 61 per cent, voted to accept the utility's revised pay offer, the union said.",
      "Only a minority of the 3,000 nurses surveyed, 57 per cent, said they would stay in the profession.",
      "A minority of the £2bn budget, some 55%, goes on salaries.",
      "A minority of the 650 MPs, 52 per cent, backed the motion.",
      // A value given for the part ("worth", "valued at", "totalling") says its size.
      "Holders of a minority of the bonds, worth $2.6bn of the $4bn outstanding, have rejected the restructuring terms.",
      "A minority of the loans, valued at £3.1bn of the £5bn book, are in arrears.",
      "Investors holding a minority of the notes, totalling €700m of the €1bn issued, opposed the deal.",
      // Those who voted, counted by the votes the ballot drew.
      "Only a minority of the 52,000 shareholders voted at the meeting, which recorded 31,000 votes.",
    ],
    silent: [
      "A minority of the 1,400 staff balloted, 38 per cent, voted to accept the offer.",
      // A part told of further is a subset of the whole.
      "A minority of the 1,400 staff, 60% of them women, voted to strike.",
      "Holders of a minority of the bonds, worth $1.6bn of the $4bn outstanding, have rejected the terms.",
      // Not a value for the part: what was done to another part.
      "A minority of the bonds, after $2.6bn of the $4bn outstanding were repaid, remain in default.",
    ],
  });
});

describe("minority-over-half: a view held by a share, a poll's count first, a source's part, seats won", () => {
  itChecks(minorityOverHalf, {
    fires: [
      // A minority view said at once to be held by a share.
      "Satisfaction with bin collections remains a minority view, held by 58 per cent of the 900 readers polled.",
      "Leaving the EU is now a minority opinion, shared by 61% of those asked.",
      "Nuclear power remains a minority position, backed by 54 per cent of members.",
      // A poll, survey or sample of a count opening the sentence is the whole of the minority right after it.
      "In the poll of 1,500 adults, a minority of 820 said they trusted medical advice on social media.",
      "In a survey of 2,400 nurses, a minority of 1,300 said they planned to quit.",
      "In the ballot of 900 members, a minority (510) backed the offer.",
      "Across the sample of 600 firms, a minority of about 340 reported losses.",
      // What the part came from, then a relative clause giving it; seats won.
      "Only a minority of the funding came from the state, which supplied £70m of the £100m total.",
      "The party will govern as a minority in the chamber after winning 80 of the 150 seats.",
    ],
    silent: [
      // A view once a minority's, now held more widely; under half; a share that is not the view's holders.
      "Once a minority view, it is now held by 58% of voters.",
      "Satisfaction with bin collections remains a minority view, held by 38 per cent of the 900 readers polled.",
      "It is a minority view, and 58% of readers reject it.",
      // Under half; a whole of two groups.
      "In the poll of 1,500 adults, a minority of 620 said they trusted medical advice on social media.",
      "In a poll of 1,500 adults and 800 teenagers, a minority of 820 said they trusted social media.",
    ],
  });
});

describe("minority-over-half: a participle of filling places gives the count", () => {
  itChecks(minorityOverHalf, {
    fires: [
      "Independents now form a minority on the transport committee, filling seven of its 12 places.",
      "Women remain a minority on the bench, occupying 11 of its 19 seats.",
      "Labour is a minority on the board, filling five of the nine places.",
      "Lay members form a minority of the panel, occupying four of its seven seats.",
    ],
    silent: [
      "Independents now form a minority on the transport committee, filling five of its 12 places.",
      // Leaving places is not holding them.
      "Independents now form a minority on the transport committee, leaving seven of its 12 places to Labour.",
    ],
  });
});
