import { describe } from "vitest";
import { majorityHolder } from "./majority-holder";
import { itChecks } from "./rule-cases.test-fixture";

describe("majority-holder", () => {
  itChecks(majorityHolder, {
    fires: [
      // A share called "the majority" between dashes or in brackets; "its absolute majority" with the seats won.
      "Just under a third of the jurors — the majority — voted to acquit.",
      "Some 45% of members (a majority) backed the strike.",
      "Two-fifths of the bondholders – the majority – rejected the offer.",
      "Having won 212 of the 500 seats, the ruling party kept its absolute majority.",
      "The Tories, who hold 290 of the 650 seats, kept their slim majority.",
      "The fund took a 20% stake last year and now has majority ownership after lifting it to forty per cent.",
      // Outright, overall or absolute control is a majority; a holding raised "from 31 per cent to 47 per cent" is held at the larger level.
      "The chipmaker said it had secured outright control of the software group after receiving acceptances covering 47.5 per cent of the shares.",
      "The insurer took absolute control of the bank, buying 44% of its shares.",
      "The Conservatives won overall control of the council with 28 of the 61 seats.",
      "The county board now holds a majority stake in the cricket ground after raising its holding from 31 per cent to 47 per cent.",
      "The pension fund now holds a controlling stake in the port operator after lifting its holding from 31 per cent to 38 per cent this week.",
      "The group now owns a majority stake after lifting its holding from twenty per cent to forty per cent.",
      "The state took a controlling interest in the lender after increasing its stake from 15 per cent to 33 per cent.",
      "Only 44% of the seats, a working majority, went to the coalition.",
      "Investors holding 39.5% of the notes, a clear majority, voted the plan down.",
      "The brewer, which bought a controlling 41% stake in the chain last year, plans a listing.",
      "The port operator is majority-owned by a sovereign fund, which bought 38% of its shares in 2015.",
      "A third of the club's equity belongs to the Ferris family, who have held majority control since 1990.",
      "The Greens, with 61 of the 150 seats, will use their majority to pass the bill.",
      "The state, which took a controlling stake in the bank in 2008, now holds 19% of it.",
      "Holding 45% of the capital, the founder keeps majority ownership of the group.",
      // A stake named before its figure.
      "The founder, who has majority control of the group, holds a stake of 40%.",
      // The claim is to what the stake leaves.
      "Private investors hold 62% of the company, leaving the state with majority control.",
      // A "controlling majority", and the level a holding was brought to.
      "The founder retains a controlling majority even though the share sale cut his stake to 40%.",
      "The council keeps a controlling majority in the airport, whose sale has reduced its holding to 44%.",
      // A holding's own verb between it and "from … to" ("its stake rose from 31% to 44%"): the level reached is held.
      "The Gulf sovereign fund became majority owner of the London office developer after its stake rose from 31% to 44% in the rights issue.",
      "The pension fund took majority control of the airport after its holding climbed from 28 per cent to 41 per cent.",
      "The carmaker now has majority control of the battery maker after its stake was raised from 20% to 35% last month.",
      "The founders' trust became the majority owner after their shareholding increased from 30% to 48% in the buyback.",
    ],
    silent: [
      // A share called "the majority" between dashes or in brackets; "its absolute majority" with the seats won.
      "Just under two-thirds of the jurors — the majority — voted to acquit.",
      "Some 55% of members (a majority) backed the strike.",
      "Having won 262 of the 500 seats, the ruling party kept its absolute majority.",
      "The Tories, who hold 290 of the 650 seats, lost their slim majority.",
      "The bank bought a minority stake of 15% in 2019 and took majority control in 2022 by raising it to 60%.",
      "Investors bought 38% of the shares, leaving majority control in the hands of the state.",
      // Outright, overall or absolute control is a majority; a holding raised "from 31 per cent to 47 per cent" is held at the larger level.
      "The insurer took absolute control of the bank, buying 64% of its shares.",
      "Labour won overall control of the council with 34 of the 61 seats on 39% of the vote.",
      "The trust has held a majority stake since raising its holding from 40% to 55%.",
      "The fund, which had held a majority stake, cut its holding from 60 per cent to 47 per cent.",
      "Investors holding 59.5% of the notes, a clear majority, voted the plan down.",
      "The party won 44% of the vote, a majority of the seats, and formed a government.",
      "The brewer, which bought a controlling 51% stake in the chain last year, plans a listing.",
      "The port operator is majority-owned by a sovereign fund, which bought 58% of its shares in 2015.",
      "The party won 40% of the vote and kept its majority in parliament.",
      "The Greens, with 81 of the 150 seats, will use their majority to pass the bill.",
      "The family lost majority control when its stake fell to 45%.",
      "Holding 30% of the shares but a majority of the votes, the family controls the firm.",
      "The fund, which already holds 20% of the shares, wants majority control.",
      "The majority owner, with more than 40% of the shares and the founder's votes, appoints the board.",
      // Two stakes, the holder's own named "a stake of"; a stake sold is no longer held.
      "Private investors hold 38% of the water company, while the state keeps a majority stake of 62%.",
      "The founder, who has majority control of the group, holds a stake of 60%.",
      "The state, which holds a controlling stake, sold a 45% stake to investors.",
      "The council, which kept majority control, sold a holding of 30% to a pension fund.",
      "Private investors hold 38% of the company, leaving the state with majority control.",
      "Private investors own 38% of the company, and the state holds the remaining 62%, giving it majority ownership.",
      // A controlling majority kept with a holding raised past half, or lost.
      "The state keeps a controlling majority in the utility after raising its holding to 56%.",
      "The fund lost its controlling majority when the rights issue cut its stake to 45%.",
      // A holding's own verb between it and "from … to": past half is a majority; "interest" without "its" is a rate.
      "The fund became majority owner after its stake rose from 31% to 54% in the rights issue.",
      "The bank kept majority control of the lender as interest rose from 3% to 4.5%.",
      "The state has held majority control since its holding rose from 45 per cent to 60 per cent in 2019.",
    ],
  });
});
