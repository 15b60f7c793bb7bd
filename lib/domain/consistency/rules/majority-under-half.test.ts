import { describe, expect, it } from "vitest";
import { majorityUnderHalf } from "./majority-under-half";
import { itChecks } from "./rule-cases.test-fixture";

describe("majority-under-half", () => {
  itChecks(majorityUnderHalf, {
    fires: [
      // What a share leaves, named before its holder ("leaving the majority with the founders"); shares added with "with
      // the …" are held together; a holding brought "to" a level by "raising it to" is a holding.
      "The Saudi fund took a 52% stake, leaving the majority with the founders.",
      "The state sold a 55 per cent stake in the airport, leaving the majority to the council.",
      "The family owns 26% directly and, with the 9% held by its foundation, keeps majority control.",
      "Labour holds 40% of the seats and, with the Greens' 8%, commands a majority.",
      "The bank bought a minority stake of 15% in 2019 and took majority control in 2022 by raising it to 40%.",
      "Some 45% of those voting (a majority of those voting) backed the strike.",
      // A whole written rounded ("of about 6,500"); a majority in a body is of seats, not of the vote, and a count given for it is its size.
      "A majority of the climate scientists surveyed, 2,800 of about 6,500 respondents, said they expected warming to exceed 2.5C this century.",
      "A majority of the 1,200 nurses polled, 520 of some 1,200 respondents, backed the plan.",
      "Most of the delegates, 310 of roughly 800, walked out.",
      "A majority of the residents who replied, 450 of around 1,000, opposed the scheme.",
      "The party holds a majority in the chamber with 38 per cent of the seats.",
      "The SNP won a majority of the vote, 44%.",
      "The bank has a majority stake in the lender after raising its holding from 20% to 35%.",
      "The ruling party, which has a majority in the assembly, holds 44 of its 100 seats.",
      "Most of its revenue – just under 40% – comes from China.",
      "A narrow majority of 49.5% voted to leave.",
      "Backed by 41 per cent of MPs, the bill passed with majority support.",
      "Shareholders with just over a third of the stock – a majority, the company says – approved the deal.",
      "Some 40 to 50 per cent of members, a majority, backed the strike.",
      "The bank now owns the majority of the insurer, having raised its stake to 30%.",
      "The founding family retains majority ownership through its one-third stake.",
      "Most of the rise, about 30% of it, came from exports.",
      // The demo article's two errors.
      "The French government, which owns a majority 15% of Renault, blocked a vote and demanded more time to win Nissan’s backing.",
      "He insists that it’s a conspiracy borne out of fear that he would bring Nissan closer to its top shareholder, Renault, which holds a majority 43% stake.",
      "Renault holds a majority stake of 45% in Nissan.",
      "Most voters, 40%, backed him.",
      "Renault holds 43%, a majority of the shares.",
      "It bought a majority 50% stake.",
      // A whole given as a count, with a part restated beside it that is not more than half.
      "Most of the 40 restaurants inspected by the council last month, 15 of them, failed on hygiene.",
      "The bulk of the 1,200 homes built on the estate, around 400 in all, were sold to investors.",
      "The bulk of the £2bn budget, £600m, goes on salaries.",
      "Local fans made up most of the 30,000 crowd, with 9,000 travelling from the city.",
      "Labour won a majority in the assembly with 28 of the 60 seats.",
      "The coalition holds a narrow majority of 30 seats in the 80-seat parliament.",
      "The club owns 49% of the company and the council 30%, making the club the majority shareholder.",
      "87 of the 212 offences recorded, the majority, involved shoplifting.",
      "The Greens took control of the council with a majority of 19 of the 45 seats.",
      "A majority of the 80 delegates who voted on Sunday – 35 of them – backed the motion.",
      "Most of the 45 councillors elected in May, 19 in all, are new to the chamber.",
      "The majority of the £40m raised by the appeal since 2020, £12m, came from a single donor.",
      // A majority of a whole, held with a count of a count of it.
      "The trustees, who hold a majority of the voting shares with 2,000 of the 5,000 in issue, opposed the deal.",
      "The Greens won a majority of the seats with 19 of the 45 seats.",
      "The trustees, who control a majority of the 5,000 voting shares with 2,000 of them, rejected the merger.",
      "The trustees, with a majority of 2,000 of the 5,000 voting shares, rejected the merger.",
      "The Lees, majority shareholders with 35%, blocked the sale.",
      // The word is what a share given to another leaves, and that is not more than half.
      "The sale gave the pension fund a 60% stake in the airport, leaving the council with the majority.",
      "Investors bought a 70% stake, leaving the founder with a clear majority.",
      "Labour won 45% of the seats, leaving it with a majority.",
      // A phrase of up to six words before the share set off ("this year" is no pronoun); a person's own count; a
      // possessive of two words; a body's seats are the body; shares held jointly are held as their sum.
      "Most of the charity's spending last year, 30 per cent, went on salaries.",
      "The bulk of the city's housing budget this year, 22%, goes on repairs.",
      "He spent most of his 40 years in the force, some 15 of them, in uniform.",
      "Most visitors to the park, 1.2 million of last year's 3 million, came by car.",
      "The independents hold a majority of the school's governing board with 5 of its 12 seats.",
      "The three partners, with 20%, 15% and 10%, together hold a majority of the shares.",
      // A majority held in a body of a given size, with the seats won or held: half or less of the body.
      "The Greens hold a slim majority on the 61-seat city council after winning 29 seats in May.",
      "The Tories kept their majority on the 48-member council, holding 24 seats.",
      "Labour governs with a working majority in the 129-strong assembly on 60 seats.",
      // A majority named by its fraction, short of it.
      "The ruling coalition's two-thirds supermajority rests on 280 of the 450 deputies in the lower house.",
      "The bill passed with a three-fifths majority, 58 of the 100 senators backing it.",
      "The government's three-quarters majority in the chamber, 70% of the seats, lets it amend the constitution.",
      // A participle of taking one's part ("securing", "absorbing") after the comma gives the word's count of a count.
      "The mayor's party won a majority on the combined authority's board, securing nine of the 21 seats in May's elections.",
      "Reinsurers shouldered the majority of the catastrophe losses, absorbing about $18bn of the $40bn insured bill from the hurricane season.",
      "The Liberal Democrats claimed a majority on the district council, capturing 23 of the 48 seats.",
      "Local firms won most of the contracts, securing £140m of the £320m awarded by the council.",
      "Exporters bore the bulk of the tariff costs, absorbing about €2bn of the €5bn levied last year.",
      "Flu patients formed the bulk of the winter caseload, accounting for 3,100 of the 8,000 admissions.",
      // The whole's noun before its count ("212 of its fleet of 480", "of a workforce of 320").
      "Most of the rail operator's trains, 212 of its fleet of 480, are more than 30 years old, the regulator said.",
      "The majority of the airline's jets, 41 of its fleet of 96, are leased.",
      "Most of the factory's staff, 140 of a workforce of 320, live in the town.",
      "A majority of the council's schools, nine of a total of 21, were rated good.",
      // A share of a counted whole closing the clause the word opens ("of the 3,100" names no noun of its own).
      "Most of the bridges inspected were found to be sound, 42 per cent of the 3,100 on the network.",
      "The majority of patients at the city's two hospitals were seen within four hours, some 47 per cent of the 21,000 who attended.",
      "The majority of the bridges inspected were found to be sound, 42 per cent of the 3,100 bridges on the network.",
      // A noun phrase dated by a year, then the share set off; a majority on a body of members won with votes.
      "The bulk of the sea-level rise measured since 1993, about 30 per cent, came from melting mountain glaciers, the study found.",
      "Most of the jobs lost since 2008, some 35 per cent, were in manufacturing.",
      "The bulk of the money raised in 2023, roughly 40%, came from a single donor.",
      "Most of the homes built since 1990, about 45 per cent, are flats.",
      "The bid secured a majority on the 52-member council, winning 24 votes in the second round.",
      "The plan won a majority on the 15-member board, winning seven votes.",
      "The motion secured a majority on the 60-member assembly, winning 28 votes after a long debate.",
      "Her candidacy won a majority on the 40-member executive committee, taking 19 votes.",
    ],
    silent: [
      // What a share leaves, named before its holder ("leaving the majority with the founders"); shares added with "with
      // the …" are held together; a holding brought "to" a level by "raising it to" is a holding.
      "The Saudi fund took a 49% stake, leaving the majority with the founders.",
      "The state floated 30 per cent of the airport, leaving the majority to the council.",
      "Investors bought 38% of the shares, leaving majority control in the hands of the state.",
      "The family owns 46% directly and, with the 9% held by its foundation, keeps majority control.",
      "Labour holds 40% of the seats and, with the Greens' 14%, commands a majority.",
      "The founder holds 38%, which, together with the 15% owned by his sister, gives the family majority ownership.",
      "The bank bought a minority stake of 15% in 2019 and took majority control in 2022 by raising it to 60%.",
      "The fund took a 20% stake last year and now has majority ownership after lifting it to 55 per cent.",
      // A majority "of those …" is of its own whole.
      "Some 45% of members (a majority of those voting) backed the strike.",
      "Only 41% of registered voters, a majority of those who turned out, backed the mayor.",
      // A count given for the word is its size: a share elsewhere is of something else.
      "Reform's 38 per cent was enough for a majority in the chamber, with 43 of the 81 divisions.",
      "Polling 41 per cent, the party took a majority, 33 of the 60 seats.",
      "A majority of the board, seven of its 12 directors, backed the 45% stake sale.",
      // A whole written rounded ("of about 6,500"); a majority in a body is of seats, not of the vote, and a count given for it is its size.
      "A majority of the residents who replied, 650 of around 1,000, opposed the scheme.",
      "Some 2,800 of about 6,500 respondents said they expected warming to exceed 2.5C.",
      "Of the 650 MPs, the government has a majority of 80.",
      "Reform's 38 per cent share of the vote was enough to give it a majority in the county chamber under first-past-the-post, with 43 of the 81 divisions.",
      "Labour's 41% share of the vote gave it a majority on the city council.",
      "On just 35 per cent of the vote, the coalition secured a majority in the lower house.",
      "With 36 per cent of the popular vote, the Liberals won a majority in the provincial legislature, taking 52 of the 87 seats.",
      "The Greens won a majority on the council, 30 of the 51 seats, with 29% of the vote.",
      "The bank has a majority stake in the lender after raising its holding from 40% to 55%.",
      "A majority of nurses (62%) and a minority of doctors (30%) back the strike.",
      "The ruling party, which has a majority in the assembly, holds 54 of its 100 seats.",
      "Most of the time, fewer than 10% of trains are late.",
      "Backed by 41 per cent of the vote, the party won a majority.",
      "Supported by 30% of members, she has no majority on the board.",
      "A slim majority of just over 50% backed it.",
      "An estimated 45-55% of members, possibly a majority, backed the strike.",
      "A majority of analysts expect the bank to raise its stake to 30% next year.",
      "Most of the rise, about 2%, came in the second half of the year.",
      "A majority of 55% or more would be needed to change the constitution.",
      "Turnout of 60% or more is needed, and most polls put it at 45%.",
      "Renault holds a majority 51% stake in Nissan.",
      "At most 40% of people voted.",
      "It holds 43% of the shares, short of a majority.",
      "A majority of the 40% who voted backed the plan.",
      "Most analysts expect the stake to fall sharply below 40% this year.",
      "The Senate majority leader said sales rose 5%.",
      "France was ready to reduce its 15% stake in Renault.",
      "A majority of members backed the plan.",
      "Most of the 26 jurors were excused on Monday, nine of them on hardship grounds.",
      "The bulk of the 310 flights cancelled at Gatwick on Friday, 196 of them, were short-haul services.",
      "The bulk of the £2bn budget, $600m, goes on salaries.",
      "Most of the 300 staff at the plant in Derby, 120 of them engineers.",
      "The Greens claimed a majority on the council with 29 of the 45 seats.",
      "The party kept its majority on the council, and won 19 of the 45 seats in the city.",
      "The coalition holds a majority of 30 seats in the 650-seat parliament.",
      "The coalition holds a slim majority of four seats in the 100-member chamber.",
      "Fans made up the majority of the 18,000 crowd, with 12,000 making the trip.",
      "Most of the 18,000 crowd were home fans, with 6,500 making the trip.",
      "The club owns 51% of the company and the council 49%, making the club the majority shareholder.",
      "The bulk carrier lost most of its cargo.",
      // A majority of a whole held with a count of a count: over half, or a count of another noun.
      "The trustees, who hold a majority of the voting shares with 3,000 of the 5,000 in issue, opposed the deal.",
      "A majority of the members with 40 of the 100 seats backed the motion.",
      "The trustees, who control a majority of the 5,000 voting shares with 3,000 of them, rejected the merger.",
      "The trustees control a majority of the 5,000 voting shares with 2,000 of them women.",
      "The Lees, majority shareholders with 65%, blocked the sale.",
      // What a share given to another leaves is over half; no one left with one.
      "The sale gave the pension fund a 49% stake in the airport, leaving the council with the majority.",
      "Investors bought a 30% stake, leaving the founder with a clear majority.",
      "The council sold a 45% stake, leaving it with a majority.",
      "Labour won 45% of the seats, leaving no party with a majority.",
      "The sale gave the pension fund a 49% stake in the airport, leaving the council in majority control.",
      // A part told of further is a subset; "with" only for a count of those who came, and not a small one.
      "Most of the 300 flights cancelled at Heathrow on Friday, 96 of them to Spain, were short-haul.",
      "Most of the 40 staff made redundant at the plant last month, 15 of them women, have found new jobs.",
      "The bulk of the £14m grant, £3m of it from the council, will go on roads.",
      "Women made up the majority of the 500 staff, with 120 in senior roles.",
      "Home fans made up most of the 30,000 crowd, with 2,000 travelling from Leeds.",
      "The party has a slim majority of 12 seats in the 100-member chamber.",
      "107 of the 212 offences recorded, the majority, involved shoplifting.",
      "87 of the 212 offences recorded, the majority of them in June, involved shoplifting.",
      "The Greens took control of the council with a majority of 29 of the 45 seats.",
      "A majority of the 80 delegates who voted on Sunday – 45 of them – backed the motion.",
      "The majority of the £40m raised by the appeal since 2020, £32m, came from a single donor.",
      "The two main shareholders, with 35% and 20%, together control a majority of the votes.",
      "Labour won a majority in the 650-seat Commons with 411 seats.",
      "The SNP kept its majority in the 129-seat parliament after gaining 20 seats.",
      "The Greens hold a majority on the 61-seat council in coalition with Labour, winning 29 seats.",
      "A majority requires 326 seats in the 650-seat Commons; the party won 320, six short.",
      "The coalition needs a two-thirds majority, 300 of the 450 deputies, to amend the constitution.",
      "The party won a two-thirds majority with 62% of the vote.",
      "The bill passed with a three-fifths majority, 61 of the 100 senators backing it.",
      "The coalition fell short of a two-thirds majority with 280 of the 450 deputies.",
      "Between them the founders, on 30% and 25%, hold a majority.",
      "Most of the council's spending this year, 60 per cent, goes on care.",
      "Most of the board's 12 members, 8 of them, are independents.",
      "The independents hold a majority of the school's governing board with 7 of its 12 seats.",
      "She spent most of her 40 years in the force, some 25 of them, in uniform.",
      // A participle of taking one's part past half; "leaving", "rejecting" give the rest, not the word's part.
      "The party won a majority on the board, securing 12 of the 21 seats.",
      "Reinsurers shouldered the majority of the losses, absorbing about $28bn of the $40bn bill.",
      "Reinsurers shouldered the majority of the losses, leaving about $18bn of the $40bn to primary insurers.",
      "Insurers paid the majority of the claims, rejecting 300 of the 1,000 lodged.",
      "Most of the staff were laid off, sparing 400 of the 1,000 on the payroll.",
      // The whole's noun before its count: past half; "of them" with a noun is a subset; a class of a year is no count.
      "Most of its fleet, 312 of a total of 480, is more than 30 years old.",
      "Most of the victims, 20 of them women of 60 or over, were attacked at home.",
      "Most of the class, 12 of the cohort of 2019, went on to university.",
      // A share closing the clause: of a whole of another noun, or past half.
      "Most of those who left were women, 40 per cent of the 2,000 staff.",
      "Most of the women on the payroll were promoted last year, 40 per cent of the 3,100 men employed.",
      "Most of the bridges inspected were found to be sound, 42 per cent of the 3,100 tunnels on the network.",
      "The majority of patients at the city's two hospitals were seen within four hours, some 67 per cent of the 21,000 who attended.",
      // A change's size, a subset told of, a share past half; votes past the body's size, or beside seats won.
      "The bulk of the rise since 1993, about 3 per cent, came from energy prices.",
      "Most of the jobs created since 2010, 40% of them part-time, were in services.",
      "Most of the jobs created last decade, 40% of them part-time, were in services.",
      "Most of the homes built since 1990, about 60 per cent, are flats.",
      "The bid secured a majority on the 52-member council, winning 31 votes in the second round.",
      "The party won a majority on the 52-member council, winning 24,000 votes in the city.",
      "The party won a majority on the 52-member council, winning 30 seats and 24 votes in the mayoral ballot.",
    ],
  });

  it("explains the finding and marks the words", () => {
    const sentence = "The French government, which owns a majority 15% of Renault, blocked a vote.";
    const [finding] = majorityUnderHalf.check(sentence);
    expect(finding.message).toBe("“Majority” with 15%: 15% is not a majority (more than half).");
    expect(sentence.slice(finding.start, finding.end)).toBe("majority 15%");
  });
});

describe("majority-under-half: a tally closing the clause, a turnout, a measure of a measure", () => {
  itChecks(majorityUnderHalf, {
    fires: [
      // The clause told of the whole runs to its verb, then a count closed by "in all" tallies it.
      "Most of the 2,300 asylum applications decided last quarter were refused – 1,050 in all.",
      "Most of the 480 flights scheduled at the airport on Friday were cancelled, 190 in total.",
      "The majority of the 12,000 complaints received by the regulator last year were upheld: 4,100 all told.",
      "Most of the 60 schools inspected in the county this term were rated good – 22 in all.",
      // Those of the whole who voted, counted by the votes (ballots, responses) the ballot drew.
      "Most of the party's 180,000 members took part in the leadership ballot, which drew 76,000 votes.",
      "A majority of the union's 40,000 members voted in the strike ballot, which attracted 15,500 ballots.",
      "Most of the club's 9,000 season-ticket holders took part in the fan consultation, which received 3,200 responses.",
      "Most of the 2,000 residents voted in the referendum, with 850 votes cast.",
      // A measure out of a measure in the same unit ("1.1 tonnes of its 3.5-tonne total").
      "The bulk of the satellite's mass, 1.1 tonnes of its 3.5-tonne total, is propellant.",
      "The bulk of the rocket's weight, 40 tonnes of its 120-tonne total, is fuel.",
      "Most of the network, 180 miles of its 400 miles of track, has been electrified.",
      "Most of the reservoir's capacity, 2.1 million litres of its 5 million litres, was lost.",
    ],
    silent: [
      "Most of the 2,300 asylum applications decided last quarter were refused – 1,650 in all.",
      // Another group between: the tally may count it.
      "Most of the 2,300 applications decided last quarter were refused, with the rest withdrawn – 1,050 in all.",
      "Most of the 2,300 applications decided last quarter were refused and appeals were lodged – 1,050 in all.",
      "Most of the party's 180,000 members took part in the leadership ballot, which drew 126,000 votes.",
      // Votes for one side are a subset of those who voted.
      "Most of the party's 180,000 members took part in the leadership ballot, which drew 76,000 votes for the winner.",
      "The bulk of the satellite's mass, 2.2 tonnes of its 3.5-tonne total, is propellant.",
      // Another unit: tonnes are no share of containers.
      "Most of the cargo, 40 tonnes of its 120 containers, was food.",
    ],
  });
});

describe("majority-under-half: ordinals before most, wholes in other words, a source's part, seats won, a view held", () => {
  itChecks(majorityUnderHalf, {
    fires: [
      // "most" after an ordinal only when the ordinal stands right before it.
      "In the third round, most voters, 40%, backed him.",
      "Second, most of the budget, about 30%, goes on salaries.",
      // One whole in two words (earnings are profit, sales are revenue), past a possessive or a word of accounting.
      "Copper accounted for most of the miner's earnings last year, at 41% of underlying profit.",
      "Copper accounted for most of the group's profit, at 38% of adjusted earnings.",
      "Online orders made up most of the retailer's sales last quarter, at 44% of turnover.",
      "Gas supplied most of the utility's revenues in 2023, at 47% of net sales.",
      // What the part came from, then a relative clause giving that part.
      "The bulk of quarterly revenue came from Asia, which contributed $3.1bn of the $8.4bn total.",
      "Most of the charity's income came from legacies, which provided £12m of the £30m raised.",
      "The majority of new jobs came from the care sector, which accounted for 18,000 of the 45,000 created.",
      // A majority held after winning its seats, with no partner.
      "The ruling coalition will govern with a majority in the new parliament after winning 61 of the 150 seats.",
      "The party now holds a majority in the assembly after winning 28 of the 60 seats.",
      "The Liberal Democrats took a majority on the board after securing five of the 12 seats.",
      // A majority view said at once to be held by a share.
      "Rent control is the majority view, held by just 38% of economists.",
    ],
    silent: [
      // An ordinal right before "most" makes a superlative.
      "Cholera was the third most common cause of admission, at 11%, after malaria at 31% and respiratory infections at 18%.",
      "Leeds was the second most visited city, at 12%, behind London's 40%.",
      "Diesel was the third-most popular fuel choice, at 9% of sales.",
      "Bristol is the 4th most expensive city to rent in, with 30% of pay going on rent.",
      "It was the company's second most profitable unit, at 22% of profit.",
      // Another whole: output, revenue (not profit), exports.
      "Copper accounted for most of the miner's earnings last year, at 41% of output.",
      "Copper accounted for most of the miner's earnings, at 41% of revenue.",
      "Most of the group's sales, 40% of exports, went to China.",
      // Past half; another verb than of giving; two sources.
      "The bulk of quarterly revenue came from Asia, which contributed $5.1bn of the $8.4bn total.",
      "Most of the revenue came from Asia, which employs 3,100 of the group's 8,400 staff.",
      "Most of the revenue came from Asia and Europe, which contributed $3.1bn of the $8.4bn total.",
      // A partner to share the majority; only some seats contested; past half.
      "The Greens hold a majority in coalition with Labour after winning 29 of the 61 seats.",
      "The Tories kept a majority on the council after winning 19 of the 45 seats, with the support of two independents.",
      "Labour took a majority on the council after winning 19 of the 45 seats contested in May.",
      "The ruling coalition will govern with a majority in the new parliament after winning 81 of the 150 seats.",
    ],
  });
});

describe("majority-under-half: independents who hold the majority themselves", () => {
  itChecks(majorityUnderHalf, {
    fires: [
      "Independent candidates took control of the 11-seat parish council with a majority, winning five seats against six for the Liberal Democrats.",
      "Independents took a majority on the 40-seat council, winning 18 seats.",
      "Independent councillors now hold a majority on the 30-member assembly, with 14 seats.",
      "The Greens won a majority on the 61-seat city council, winning 29 seats, while independents took 12.",
    ],
    silent: [
      // Independents as partners who share it; past half.
      "Labour kept a majority on the 40-seat council, winning 18 seats, with the support of three independents.",
      "The Tories hold a majority on the 30-member assembly with 14 seats, plus two independents.",
      "Independent candidates took control of the 11-seat parish council with a majority, winning six seats against five for the Liberal Democrats.",
    ],
  });
});

describe("majority-under-half: the remaining share is another's; a count of a count in millions", () => {
  itChecks(majorityUnderHalf, {
    fires: [
      "The state-owned utility keeps majority control through its 34 per cent holding, with the remaining 66 per cent owned by a Gulf consortium.",
      "The founding family retains a majority stake of 38 per cent in the label, with the remaining 62 per cent held by a private equity fund.",
      "The council keeps majority ownership of the airport with a 45% stake, the other 55% belonging to pension funds.",
      "The bank holds a majority stake of 30% in the insurer, with the rest of the 70% spread among small investors.",
      // "3.1 million out of 7.4 million" is a count of a count (not "1 million out of 7").
      "Most households in the region, 3.1 million out of 7.4 million, can now get full-fibre broadband.",
      "Most voters in the state, 2.4 million out of 5.6 million, backed the measure.",
      "A majority of the fund's members, 1.2 million of 2.9 million, chose the default option.",
    ],
    silent: [
      // A share past half that is not "the remaining" one may be the word's own holding.
      "The founder owns 38% of the shares and the trust 62%, making the trust the majority shareholder.",
      "The state keeps majority control with a 66 per cent holding, the remaining 34 per cent owned by a Gulf consortium.",
      "Most households in the region, 4.1 million out of 7.4 million, can now get full-fibre broadband.",
      "One in 1,000 households, 3.1 million out of 7.4 million homes, has most of its bills paid by the state.",
    ],
  });
});
