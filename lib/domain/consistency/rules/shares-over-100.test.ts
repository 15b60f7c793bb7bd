import { describe, expect, it } from "vitest";
import { sharesOver100 } from "./shares-over-100";
import { itChecks } from "./rule-cases.test-fixture";

describe("shares-over-100", () => {
  itChecks(sharesOver100, {
    fires: [
      // outcomes of one set after their verbs ("won …, drew … and lost …"): parts of the first one's whole
      "The side won 55 per cent of its matches last season, drew 30 per cent and lost 27 per cent, its worst record in a decade.",
      "United won 60% of their away games and lost 45%.",
      "The restaurant passed 70 per cent of its inspections and failed 35 per cent.",
      // a time's possessive names the whole ("Of last year's cohort,")
      "Of last year's cohort, 62 per cent were employed six months after graduation and 47 per cent were unemployed, the careers service reported.",
      "Of this year's intake, 58% stayed on into the sixth form and 49% left school.",
      "Of last season's signings, 70% started a league game and 45% never played.",
      // three or more outcomes, each an event: an active verb or a passive ("were delayed", "were made redundant")
      "Of the 900 officers who left the force, 55 per cent resigned, 38 per cent retired and 22 per cent were dismissed or transferred to other forces.",
      "The airline said 96 per cent of its flights left on time last month, 9 per cent were delayed and 2 per cent were cancelled outright.",
      "Of the 400 nurses who quit, 48% moved abroad, 37% retired and 21% were made redundant.",
      "Of the 2,000 trains, 91% arrived on time, 8% were delayed and three per cent were cancelled.",
      "Of the 300 complaints, 60 per cent were upheld, 35 per cent were rejected and 12 per cent were withdrawn.",
      // "N in M of the X": the whole past "of"; a later "N in M" with a verb or a preposition goes on with it
      "Seven out of ten of the goals came from set pieces and four out of ten from open play.",
      "Six in ten of the members backed the deal and five in ten opposed it.",
      "Eight in ten of the trains ran on time and three in ten were late.",
      // "with 58% of the vote, to 48% for his challenger": the rival's part of the same whole
      "The incumbent was re-elected with 58.5% of the ballots cast, to 48.5% for his challenger.",
      "The party took 52% of the vote, to 49% for Labour.",
      "She won with 61 per cent of the votes, to 44 per cent for the mayor.",
      // fates with no object of their own still exclude each other; a nested share "of that" does not hide a whole's own
      "Of the 400 nurses who quit, 48% moved abroad, 37% retired and 21% took early retirement.",
      "Of the 1,200 flights, 90% left on time, 8% were delayed and 7% were diverted.",
      "Of the farmland, 60 per cent is arable and 55 per cent is pasture, and of that, 30 per cent is rented.",
      // rivals ranked in a poll or a market are shares of one whole
      "The Conservatives finished third in the poll with 18%, behind Labour on 54% and Reform on 47%.",
      "The poll put Labour on 58%, ahead of the Tories on 44%.",
      // "but only" before the other answer of one question still adds up
      "Of the members polled, 80% backed the plan, but only 35% opposed it.",
      // shares taken by one measure still add up within it
      "Mackerel made up 73 per cent of the fleet's catch by value and herring 41 per cent by value.",
      "Small firms make up 60% of the sector by number and large firms 55% by number.",
      // A whole split two ways; answers that exclude each other (convict/acquit, accept/reject); a category noun.
      "Territory was split 58% to 47% between the two sides at half-time.",
      "Of the members balloted, 68% voted to accept and 37% to reject the offer.",
      "Of the panel, 70% wanted to convict and 34% to acquit.",
      "Some 61 per cent of the applicants were women and 44 per cent men.",
      // what people report, when it is answers that exclude each other (better/worse); a whole past its number
      "The study found that 83% of the 2,000 patients reported sleeping better, while 24% said their sleep had got worse.",
      "In the survey, 70% of 1,500 tenants reported that repairs had improved and 38% that they had worsened.",
      // a present "are" distributed over a list of categories
      "Of the airline's fleet, 58% are Airbus jets, 39% Boeing and 9% regional turboprops.",
      "Of the council's buses, 60% are diesels, 35% hybrids and 10% electric models.",
      // a holding, the part sold and what is left, when they do not add up
      "The founder, who held 51% of the shares, has sold a 20% stake to a fund, leaving him with 41%.",
      // A whole told of by a relative clause; categories listed after one verb ("were white, 27% black").
      "Of the 1,200 pupils who sat the exam, 58% were boys and 47% girls.",
      "Of the tenants whose leases were renewed, 55% were married, 30% single and 21% divorced.",
      "Of the 600 residents polled, 70% were white, 25% black and 9% mixed.",
      "Of the 2,000 drivers who were stopped, 64% were male, 40% female.",
      "Of the staff whose contracts were renewed, 70% were full-time and 45% part-time.",
      "Of the freight moved through the port last year, grain made up 50%, coal 35% and timber 25%.",
      "In the survey, 51 per cent favoured the plan, 36 per cent opposed it and 16 per cent did not know.",
      // Three shares with the same "from"/"on" are parts of one whole; a ballot's answers too.
      "The charity's income comes 55% from legacies, 30% from shops and 20% from grants.",
      "The council spends 45% on social care, 35% on schools and 25% on roads.",
      "In the strike ballot, 61% voted yes, 33% voted no and 8% spoiled their papers.",
      "Members voted 48% to stay in the federation, 40% to leave and 15% to abstain.",
      // Turnout and those who stayed away are the whole electorate.
      "With turnout at 71%, some 35% of voters stayed at home.",
      "Turnout was 58 per cent, so 47 per cent of the electorate did not vote.",
      // "in a two-horse race" sets the scene; the second share is still of the vote.
      "Ms Obi, on 49% of the vote, lost narrowly to Mr Hart's 52% in a straight fight.",
      "Of the students, 70% said they backed the strike and 45% said they opposed it.",
      "The latest poll has the Greens on 40%, the Liberals on 35% and Labour on 31%.",
      "The candidate took 51% of the vote against 50% for his opponent.",
      "Two-thirds of the budget goes on staff and half on buildings.",
      "Of every pound spent, 60p goes on staff and 50p on buildings.",
      "A 55% stake is held by the state and a 50% stake by pension funds.",
      "In the poll, 58% backed remaining in the union while 49% wanted to leave.",
      "The firm is 60% owned by its founders and 45% by a fund.",
      "Between 60 and 70 per cent of the land is forest and 45 per cent is farmland.",
      "Of the voters, 60% backed A and 55% backed B.",
      "France owns 60% of Renault and Nissan owns 45%.",
      "Renault holds 60% of Nissan and Daimler holds a 50% stake in Nissan.",
      "60% of respondents said yes, 30% of respondents said no and 20% of respondents did not answer.",
      // The whole told of by where it is; one past "were" distributed over a list of categories.
      "Of the cars sold in the region last year, 54% were petrol models, 31% diesels and 22% hybrids.",
      "Of patients on the trust's wards, 61% were elderly, 28% middle-aged and 15% young adults.",
      "Of adults in the county, 58% rent and 47% own their homes.",
      // A share of the subject done "by" someone, the "by" distributed; two sides of one word (in/out, fe-, on/off).
      "The charity is 70% funded by grants and 35% by donations.",
      "The rise in prices was 70% driven by energy and 40% by food.",
      "The workforce is 60% male and 45% female.",
      "Sales are 70% online and 40% offline.",
      "Trade through the port was 55% imports and 50% exports.",
      // Stakes that name nothing they are in, and shares held beside them, are in one thing.
      "The founder keeps a 50% stake and the fund a 35% stake, with employees holding 30%.",
      "The state has a 60% stake and a Gulf fund a 45% stake.",
      "The fund, which already owns a 60% stake, bought a further 45% stake on Monday.",
      // One verb distributed over a list: the subject made of the categories after the shares, or a verb of making
      // up with the categories before them.
      "Recorded offences were 47% thefts, 33% violent crimes and 28% criminal damage.",
      "The new homes are 60% flats, 30% houses and 15% bungalows.",
      "Sales were 60% cars and 45% vans last year.",
      "Thefts accounted for 47%, violent crimes for 33% and criminal damage for 28%.",
      "Cars accounted for 60%, vans 30% and lorries 15%.",
      "Staff were 60% nurses, 30% doctors and 25% part-timers.",
      "Of the containers handled, 62% were inbound and 45% outbound.",
      "Of the homes on the estate, 70% were insured and 35% uninsured.",
      "Some 62% of containers were inbound and 45% outbound.",
      "Voters were 60% in favour and 45% against.",
      // One verb over different things, but a choice, a place, a band, a mark, the thing again or its other side.
      "In the election, 47% voted Labour, 40% voted Conservative and 20% voted Green.",
      "Of the 500 members, 52% chose A and 55% chose B.",
      "Of the 600 voters, 55% picked the Greens and 52% picked Labour.",
      "In the survey, 64% said they preferred tea and 48% said they preferred coffee.",
      "Of the 400 members, 62% voted for Smith and 45% voted for Jones.",
      "Of the 900 patients, 60% were treated at Oakfield and 45% at Riverside.",
      "Of the 240 pupils, 90% passed maths and 15% failed it.",
      "Of the 500 staff, 60% work full-time and 45% work part-time.",
      "Of the 300 workers, 60% were paid less than the living wage and 45% were paid above it.",
      "Of the 1,000 households, 62% heat their homes with gas and 45% heat them with electricity.",
      "Of the 900 pupils, 60% got a grade A and 45% got a grade B.",
      "Of the 600 homes, 60% were rated good and 45% were rated poor.",
      "Of the 400 tenants, 60% rent privately and 45% own their homes.",
      // Settings that are where the parts of one whole are, not other bodies: the whole named in none, or the first
      // share's own words naming one; and no setting at all for the second share.
      "Of the university's students, 58% are at the city campus and 47% at the Riverside campus.",
      "Of the 1,000 patients at the hospital, 60% were seen in A&E and 45% at the clinic.",
      "Of the 500 staff at the plant, 60% work at the main site and 45% at the depot.",
      "Of the staff at the bank, 60% are women and 45% men.",
      "Women made up 56% of the workforce at the bank and men 49%.",
      "In Leeds, 60% of pupils are boys and 45% girls.",
      "Among nurses, 60% backed the strike and 45% opposed it.",
      "In the county, 62% of the vote went to Labour and 45% to the Tories.",
      // A whole of more than one word before its copula ("of charity volunteers were", "of the bank's loan book is").
      "The survey found 58 per cent of charity volunteers were aged over 60 while 49 per cent were under 40.",
      "Half of the bank's loan book is residential mortgages, 35% is corporate lending and a further 30% is unsecured consumer credit.",
      "Some 62 per cent of council tenants were over 65 and 45 per cent were under 40.",
      "Some 55% of the fund's bond portfolio is government debt, 30% is corporate debt and 25% is mortgage bonds.",
      "About 60 per cent of the farm's grazing land is pasture and 45 per cent is woodland.",
      // Bands of one scale ("under 30", "aged 30 to 59", "60 or over"); a whole named with "among", or told of by an
      // irregular participle or "to".
      "Among visitors to the exhibition, 45 per cent were under 30, 38 per cent were aged 30 to 59 and 34 per cent were 60 or over.",
      "Among visitors to the park, 55% were under 30 and 50% were over 50.",
      "Among shoppers in the town centre, 60 per cent were women and 45 per cent men.",
      "Some 64 per cent of the prisoners were under 30 and 45 per cent were over 40.",
      "Of the parcels sent last month, 70% arrived on time, 25% were delayed and 10% were lost.",
      // Fates told with "were", the later ones' "were" left out ("46 per cent dismissed and 17 per cent withdrawn").
      "Of the asylum appeals heard last year, 51 per cent were allowed, 46 per cent dismissed and 17 per cent withdrawn before a decision.",
      "Of the complaints heard by the ombudsman, 52% were upheld, 40% rejected and 15% withdrawn.",
      "Of the 300 planning applications, 55% were approved, 38% refused and 12% withdrawn.",
      "Of the 1,200 parcels, 80% were delivered on time, 15% delayed and 9% lost.",
      "Of the claims lodged, 60 per cent were paid, 35 per cent rejected and 10 per cent abandoned.",
      // Time limits one inside the next, a later share smaller than the one before: bands, not a running count.
      "The water company said 55 per cent of its leaks were repaired within 24 hours, 30 per cent within a week and 28 per cent took longer.",
      "The council said 60 per cent of potholes were filled within a week, 35 per cent within a month and 15 per cent took longer.",
      "Of the complaints, 70% were answered within a day, 40% within a week and 5% took longer.",
      // What each part accounts for, the later parts' "for" left with the part.
      "Sixty per cent of the port's container traffic now comes from Asia, with Europe accounting for a third and the Americas for about a fifth.",
      "Coal supplies half of the country's power, with gas accounting for a third and wind for about a quarter.",
      "Sixty per cent of the airline's passengers travel on holiday, with business trips accounting for 30 per cent and family visits for a fifth.",
      // Not separate findings: a named option, the same object, opposite verbs, a negated or objectless one.
      "Of the members polled, 62% voted for Smith and 45% backed Jones.",
      "Of the 600 voters, 55% backed the Greens and 50% supported the Liberal Democrats.",
      "Of the 300 workers, 60% lost their jobs and 45% kept their jobs.",
      "Of the 300 workers, 60% backed the deal and 45% opposed the offer.",
      "Of the 900 members, 62% said they had backed the strike and 45% said they had not.",
      "Of the 400 renters in the study, 60% became homeowners and 45% remained tenants.",
      // A setting of the verb, not of the whole ("came on her first serve"): parts of one whole.
      "Of her points, 60% came on her first serve and 45% on her second.",
      "Of the goals, 60% were scored on the opening day and 45% on the final day.",
      // The percentage a fraction is restated as counts in its place: 54% and 50% are over the whole.
      "More than half of R&D spending, 54 per cent, came from industry and 50 per cent from government.",
      "More than half of A&E patients – 54 per cent – were men and 50 per cent were women.",
      "More than half the public vote, 55 per cent, went to Labour and 48 per cent to the Tories.",
      "Half the public vote went to Labour and 55 per cent to the Tories.",
    ],
    silent: [
      // what was done to people beside something they did to a thing of its own need not exclude ("caught flu")
      "Of the staff, 60% were vaccinated, 45% were tested and 30% caught flu.",
      "Among the 300 residents, 65% were evacuated, 50% were rehoused and 20% lost their homes.",
      "Of the 500 pupils, 70 per cent were screened, 40 per cent were referred and 15 per cent wore glasses.",
      // "N in M of the X" of two wholes, or adding up
      "Four in five of the nurses and three in five of the doctors backed the strike.",
      "Seven out of ten of the goals came from set pieces and three out of ten from open play.",
      "Three in five adults own a car and two in five adults rent.",
      // the rival's share adding up, or a change "from … to" a level
      "The incumbent was re-elected with 58% of the vote, to 38% for his challenger.",
      "Its share rose from 40% of the market to 48% for the year.",
      // a share "of that", "of those" is of the part just told, a whole of its own
      "Sixty per cent of the land is farmed, and of that, 70 per cent is under cereals.",
      "Some 55% of the staff are nurses; of those, 60% work nights.",
      "Of the budget, 70% goes on wages, and of this 40% is overtime.",
      "Of the 600 members who voted, 70% backed the strike; of those, 40% said they would join a picket line.",
      // outcomes that add up, or "lost" of a whole of its own
      "The side won 55 per cent of its matches last season, drew 20 per cent and lost 25 per cent.",
      "The party won 60% of the vote in the city but lost 45% of its seats.",
      "The club won 40% of its games, while its shares lost 75% of their value.",
      "United won 60% of their away games and lost 40%.",
      // outcome lists that add up, states beside events, categories beside activities
      "Of last year's graduates, 62 per cent were employed and 30 per cent were unemployed.",
      "Of the 400 nurses who quit, 48% moved abroad, 37% retired and 11% were made redundant.",
      "Of the 2,000 trains, 91% arrived on time, 6% were delayed and three per cent were cancelled.",
      "Of the cohort, 70% were women, 45% were married and 30% worked part-time.",
      "Of the homes, 70% were insured and 45% flooded.",
      "Of the 120 patients, 58% were treated at home, 30% were admitted and 12% died.",
      // rivals ranked on the subject's own rate, with no vote or market split between them: a rate each
      "The trust's survival rate of 71% puts it behind Northgate on 72% and ahead of Eastfield on 70%.",
      "The school came third, behind Northgate on 72% and ahead of Eastfield on 70%.",
      "Riverside's pass rate of 81% left it trailing Oakfield at 88% and Hillcrest at 84%.",
      "The county's recycling rate, 64%, is higher than Kent at 61% and below Surrey at 66%.",
      // "but only" asks a narrower question of the same people: its answer is among the first's
      "Three in five voters (60 per cent) said they would back a council tax rise to protect libraries, but only 48 per cent would accept one above 5 per cent.",
      "Of the parents surveyed, 70% wanted longer school days, but only 45% would pay for them.",
      "Some 65% of residents said they would use a new bus route, but just 40% would use it daily.",
      "Of the members polled, 80% favour a pay claim, but only 55% would strike for it.",
      // one share measured two ways ("by value", "by weight"): each measure is a whole of its own
      "Mackerel and herring made up 73 per cent of the fleet's catch by value and 81 per cent by weight, the annual sea fisheries statistics show.",
      "Small firms account for 60% of the sector by number but only 45% by turnover.",
      "Cars made up 70 per cent of the port's trade by volume and 55 per cent of it by value.",
      "Britain takes 64% of the country's exports by value, and 58% by weight.",
      "The study found that 83% of the 2,000 patients reported sleeping better, while 14% said their sleep had got worse.",
      "Of the 2,000 patients, 83% reported sleeping better and 40% reported fewer headaches.",
      "Of the fleet, 58% are Airbus jets, 39% Boeing and 3% regional turboprops.",
      "Of the workforce, 60% are women, 45% own cars and 30% rent flats.",
      "Of the workforce, 60% are women, 45% work part-time and 30% have children.",
      "The club's owner, who held 51% of the shares, has sold a 20% stake to a US investor, leaving him with 31%.",
      "The family, who owned 70% of the company, sold 40% of it to a rival and kept 30%.",
      "Of the 600 residents polled, 70% were white, 20% black and 9% mixed.",
      "Of the staff who replied, 60% were women and 45% worked part-time.",
      "Of the staff whose contracts were renewed, 70% were full-time and 30% part-time.",
      // Another year past a semicolon is another scene; a target or standard is a bar, not a part.
      "In 2015, 60% of the region's power came from coal; by 2023 that share had fallen to 20%, with gas supplying 45%.",
      "In 2010, 70% of the city's water came from the river; 2020 saw that share drop to 40%, with groundwater supplying 65%.",
      "The trust saw 81% of patients within 18 weeks, against the 92% standard.",
      "The hospital saw 78% of patients within four hours, short of the 95% standard and below the 80% interim target.",
      "Only 62% of recycling was collected on time, short of a target of 90%.",
      "Two patients in every three were treated within four hours, against a target rate of 95%.",
      "Some 70% of trains ran on time, well below the standard level of 92%.",
      "The trust saw 76% of patients within four hours, against 71% last year.",
      "Some 64% of households recycle food waste, against 58% in 2019.",
      "Half of the staff are women, some 51%, the report says.",
      "In the north, 70% of members backed the deal, while in the south 65% opposed it.",
      "The clinic saw 91% of patients on time, compared with 84% and 80% at its two rivals.",
      "Readers could choose more than one answer: 58% picked news, 49% sport and 30% puzzles.",
      "Three-fifths of the ballots returned so far, or 60 per cent, back the merger.",
      "Half the flights left late, though 85% landed within 20 minutes of schedule.",
      "Some 55% of staff backed the strike: 72% of those who voted said yes, on a turnout of about 76%.",
      "In the members' ballot, 72% backed the deal; in a separate ballot of staff, 61% did.",
      "Nationally, 55% of voters backed the reform; in the north only 48% did.",
      "This year 85% of pupils passed, compared with 90% last year.",
      "Men hold 62% of senior posts; women hold 38%.",
      "Some 61 per cent of the applicants were women and 39 per cent men.",
      "Turnout in the region was 62% in Kent, 70% in Essex and 80% in Surrey.",
      "Growth was 3%, inflation 2% and unemployment 5%.",
      "Duties of 40% on spirits, 35% on wine and 30% on beer took effect on Monday.",
      "With turnout at 64%, some 36% of voters stayed at home.",
      "Imports make up 60% of supply; of those imports, 70% come from Norway.",
      "The bridge was finished at 110% of its budget, a 10% overspend.",
      "The fund's value rose 40% from property, 30% from shares and 45% from bonds over a decade.",
      "Of the students, 70% said they use the library and 45% said they use the gym.",
      "Of the viewers, 60% say they watch the news and 55% say they watch sport.",
      "The poll put Labour on 38%, the Tories on 34% and Reform on 29%.",
      "Labour is on 38% in London and 45% in Wales.",
      "Of every pound raised, 70p now goes on care, up from 55p in 2015.",
      "One in four pounds, or 25p in every £1, goes on rent.",
      "Sixty per cent of voters want lower taxes and 70% want better services.",
      "Two-thirds of the Tories voted for it, and most of the Labour members – nearly three-quarters of them – voted against.",
      "The firm, which is 60% owned by its founders and 40% by a fund, made £5m.",
      "The jobless rate has fluctuated between 40 and 45 per cent, and 30 per cent of those in work are part-time.",
      "Renault holds 43% of Nissan and Nissan holds 15% of Renault.",
      "Support rose from 40% to 70%.",
      "Sales rose 60% and profits rose 55%.",
      "60% of Democrats and 55% of Republicans back the plan.",
      "France owns 15% of Renault and Nissan owns 15% of Renault.",
      "The French government, which owns a majority 15% of Renault, blocked a vote.",
      "Of patients on the trust's wards, 61% were elderly, 28% middle-aged and 11% young adults.",
      // After a past "were", a verb of its own says something else of the group, which may overlap.
      "Of the offences recorded in the area, 47% were thefts and 60% involved no arrest.",
      "Of the 300 staff, 60% were women, 45% had children.",
      "Of the staff, 60% were women and 45% also worked part-time.",
      "Of the 300 patients on the ward, 60% were elderly and 45% diabetic.",
      "The charity is 70% funded by grants and 30% by donations.",
      "The building was 80% funded by the lottery and is 60% complete.",
      "The state has a 60% stake and a Gulf fund a 40% stake.",
      "The state holds a 60% stake in the bank and a 45% stake in the airline.",
      "The fund raised its holding to a 60% stake, up from a 45% stake last year.",
      "The fund bought a 30% stake in 2019 and a 25% stake in 2021.",
      "The state once had a 70% stake but now has a 40% stake.",
      "The fund cut its holding from a 70% stake to a 40% stake.",
      "Recorded offences were 47% thefts, 33% violent crimes and 18% criminal damage.",
      "Cars accounted for 60%, vans 30% and lorries 10%.",
      "The fleet is 60% buses and 45% electric.",
      "Thefts accounted for 47%, and arrests were made in 33%.",
      "Thefts made up 47% and were up 33% on last year.",
      "The vote was 62% in favour in Kent and 45% in favour in Essex.",
      "Of the homes, 70% were insured and 30% uninsured.",
      "Of the homes, 70% were insured and 45% flooded.",
      "The firm is 60% owned by its founders and is 45% run by them.",
      // Two things said of the subject, not two sides of one word ("-ated" is a suffix, not a word).
      "The scheme is 80% complete and 60% sold.",
      "The flats are 60% renovated and 45% decorated.",
      "The workforce is 60% male and 40% female.",
      "The vaccine is 90% effective indoors and 45% outdoors.",
      // One verb, no choice, said of different things: each share answers a question of its own, and may overlap.
      "Of the 240 pupils, 90% passed maths and 85% passed English.",
      "Of the 800 students, 83% passed maths, 79% passed English and 64% passed science.",
      "In the survey, 64% said they trusted doctors, 58% trusted nurses and 22% trusted politicians.",
      "In the poll, 70% trusted the BBC, 45% trusted ITV and 30% trusted Sky.",
      "Some 67% of voters said they were worried about crime and 59% said they were worried about the economy.",
      "Of the 2,400 drivers tested, 91% passed the eyesight check and 87% passed the theory test.",
      "Of the 90 hospitals, 70% missed the cancer target and 65% missed the A&E target.",
      "Of the 500 tenants, 71% complained about damp and 63% complained about noise.",
      "Of the 1,200 adults polled, 62% feared losing their jobs and 54% feared rising rents.",
      "Of the 400 graduates, 88% found work within a year and 61% found jobs in their field.",
      // The same measure for two bodies: a later share with a setting of its own, unlike the whole's.
      "Women made up 52% of the workforce at the bank and 49% at the insurer.",
      "Women made up 52% of the workforce at the bank and 49% of it at the insurer.",
      "Of the staff at the bank, 52% are women, and 49% at the insurer.",
      "Of the pupils at Oakfield, 78% passed, and 81% at Riverside.",
      "In Leeds, 88% of children were vaccinated, and in Bradford 79%.",
      "In the county, 92% of pupils passed, against 85% across England.",
      "Of the county's pupils, 92% passed, against 85% nationally.",
      "In the county 92% of pupils passed, and 85% nationally.",
      "The pass rate was 92% in the county and 85% nationally.",
      // The same words again ("did so", "as were") of another body; a group measured in is no category.
      "Of pupils at Oakfield, 78% passed, as did 81% at Riverside.",
      "Of patients at the Royal, 95% were seen within four hours, as were 88% at the General.",
      "Of pupils in Kent, 92% passed, while 85% did so at schools in Essex.",
      "Support for the strike was 82% among nurses and 74% among porters.",
      "Support was 82% among nurses, 74% among porters and 60% among doctors.",
      // Two findings, each a different thing done to a different object (bought clothes online, visited a shop): a
      // respondent may do both.
      "Of the shoppers surveyed, 72 per cent had bought clothes online in the past month and 68 per cent had visited a high street shop.",
      "Some 81 per cent of drivers backed more speed cameras near schools, and 77 per cent supported lower limits in villages.",
      "Nine out of ten charities reported rising demand this winter, and 72 per cent said they had cut services as a result.",
      "Seven in ten customers said they had cut back on heating, and 55 per cent had turned off radiators in unused rooms.",
      "Two-thirds of small firms said the tariffs had raised their costs, and 45 per cent said they had passed the increase on to customers.",
      "Two-thirds of voters said they had already decided how to vote, and 45 per cent said they had made up their minds before the campaign began.",
      "Some 70% of tenants reported damp in their homes, and 62% said they had waited months for repairs.",
      "Three in four farmers said they had lost income to the drought, and 55 per cent had sold livestock early.",
      "Four-fifths of head teachers said budgets had forced cuts, and 60 per cent said they had dropped school trips.",
      "Of the nurses surveyed, 68% had worked unpaid overtime and 52% had skipped meal breaks.",
      // A whole told by which of a series it is on ("of points on her first serve"), the next share on another.
      "She won 78 per cent of points on her first serve and 55 per cent on her second during the final.",
      "He won 81 per cent of points on his first serve and 52 per cent on his second.",
      "The kicker landed 85 per cent of his attempts on the opening weekend and 60 per cent on the second.",
      "The side won 70 per cent of its duels on the opening day and 55 per cent on the final day.",
      // A band of one scale beside a category of another (age beside sex), or a category beside an activity.
      "Police said 61% of the knife crime victims were under 25 and 84% were male.",
      "Of the patients, 58% were over 70 and 52% were women.",
      "Some 64 per cent of the prisoners were under 30 and 90 per cent were men.",
      "Among visitors to the museum, 60 per cent were women and 45 per cent were under 30.",
      "Some 60% of charity volunteers were women and 45% worked part-time.",
      // Fates that add up; time limits counted cumulatively (a later share larger than the one before).
      "Of the 300 planning applications, 55% were approved, 33% refused and 12% withdrawn.",
      "Of the complaints, 70% were answered within a day, 90% within a week and 10% took longer.",
      "Some 60 per cent of potholes were filled within a week and 85 per cent within a month.",
      // What the parts account for adding up, or of wholes of their own.
      "Coal supplies half of the country's power, with gas accounting for a third and wind for about a sixth.",
      "Exports accounted for a third of sales and imports for a fifth of costs.",
      // A fraction restated as its percentage ("the" opening the noun, "&" in a name): one share, not two.
      "More than half of A&E patients – 54 per cent – waited longer than four hours.",
      "The winning author took more than half the public vote, 55 per cent.",
      "Nearly half of A&E patients – 47 per cent – were seen within four hours.",
      "Well over half the party's members, 62 per cent, backed the deal.",
      "The incumbent took just over half the postal vote, 52 per cent.",
      "A third of R&D spending, 33 per cent, came from industry.",
    ],
  });

  // Constructions read in round 2 ("over100" untuned): each the untuned sentence, variants, and look-alikes.
  itChecks(sharesOver100, {
    fires: [
      // an owner's possessive before the whole's number ("Of the university's 2,000 new postgraduates,")
      "Of the university's 2,000 new postgraduates, 58 per cent are women and 47 per cent men.",
      "Of the club's 1,200 members, 62% are men and 45% women.",
      "Of the force's 900 officers who left, 55% resigned, 38% retired and 22% were dismissed.",
      "Among the charity's 3,000 volunteers, 64 per cent are women and 41 per cent men.",
      // a fraction listed after a percentage with its preposition again ("from the state, a quarter from donors")
      "The opera house draws 60 per cent of its income from the state, a quarter from donors and a fifth from ticket sales.",
      "The charity gets 70% of its money from legacies and a third from its shops.",
      "About 55 per cent of the budget goes on salaries, a third on buildings and a fifth on equipment.",
      "The club earns 45% of its revenue from broadcasting, a third from match days and a quarter from sponsors.",
      // a subject "split" or "divided" into a list of categories
      "Traffic through the strait is split roughly 55% crude tankers, 30% LNG carriers and 25% container ships.",
      "The fleet is divided into 60% buses, 30% trams and 15% ferries.",
      "The market was split about 48% smartphones, 35% tablets and 22% laptops.",
      "Last year's intake was split 40% engineers, 35% chemists and 30% physicists.",
      // the don't-knows of a question ("had no opinion") are one of its answers
      "Forty per cent of those polled approved of the president's handling of the war, 35 per cent disapproved and 32 per cent had no opinion.",
      "Of the 1,200 voters polled, 48% supported the new runway, 41% opposed it and 15% had no view.",
      "Some 50 per cent of those asked approved of the mayor, 38 per cent disapproved and 14 per cent had no opinion.",
      "Some 52 per cent of members agreed with the decision, 30 per cent disagreed and 21 per cent expressed no opinion.",
      // where they are from, by a place's name or a "from", is one attribute
      "Of the ranked players on the tour, 53 per cent are European, 28 per cent come from the Americas and 24 per cent from the rest of the world.",
      "Of the 300 doctors at the trust, 60% are British, 30% come from the EU and 15% from elsewhere.",
      "Of the squad, 70 per cent are from Scotland and 35 per cent come from England.",
      "Of the 2,500 students, 62% are Chinese, 25% come from India and 18% from elsewhere.",
      // kinds of one head word ("social rented", "privately rented") after a copula are categories
      "Households in the area are 52% owner-occupied, 31% social rented and 24% privately rented.",
      "The jobs created were 60% highly paid and 45% poorly paid.",
      "The new homes are 55 per cent privately owned, 30 per cent council owned and 20 per cent housing association owned.",
      "The flats are 55% privately rented, 30% socially rented and 20% owner-occupied.",
      // a whole split between parts, each share bracketed after its part
      "The workforce is split between full-time staff (74%) and part-timers (33%).",
      "Its income is made up of grants (60%), donations (30%) and ticket sales (15%).",
      "The fleet is divided between diesel buses (about 70 per cent) and electric ones (35 per cent).",
      "The council's budget is split among schools (48%), social care (37%) and roads (20%).",
      // the ways one thing may go, up, level or down, are the answers of one question
      "The survey found 39% of workers expect a pay rise this year, 45% expect their pay to stay the same and 23% expect a cut.",
      "Of the 800 landlords surveyed, 60% plan a rent increase and 45% plan a cut.",
      "Of the 1,000 savers polled, 44% expect rates to rise, 38% expect rates to stay the same and 21% expect rates to fall.",
      "Some 60% of retailers expect higher prices and 45% expect lower prices.",
      "Of the 2,000 workers surveyed, 52% expect a pay rise and 49% expect a pay cut.",
      // the irregular plurals of people are categories ("are 48% men and 57% women")
      "The dating app's users are 48% men and 57% women, the company said.",
      "The club's members are 61 per cent men and 44 per cent women.",
      "Its readers are 55% women and 50% men, the publisher said.",
      "The festival's audience was 40% children, 35% women and 30% men.",
      // look-alikes of separate findings: a negation, a place, a fate
      "Of those polled, 70% had heard of the warning and 45% had not.",
      "Of the 800 adults, 70% had heard of the scheme and 45% had never heard of it.",
      "Of the 500 jockeys, 90 per cent said they had been injured in a fall and 20 per cent said they had never been injured.",
      "Of the riders, 70% had been injured at the track and 45% at home.",
      "Of the patients, 60% had been treated in hospital and 45% had died at home.",
    ],
    silent: [
      // a possessive whole, the shares two attributes
      "Of the university's 2,000 new postgraduates, 58 per cent are women and 47 per cent study part-time.",
      "Of the charity's 3,000 volunteers, 60% are women and 45% are over 65.",
      // a fraction with a whole of its own, or no share at all, or parts that add up
      "The museum draws 60 per cent of its visitors from abroad and a quarter of its income from donors.",
      "The horse, a 60% chance, finished a length and a quarter from the winner.",
      "The opera house draws 60 per cent of its income from the state, a quarter from donors and a tenth from ticket sales.",
      // "split" that splits no subject into the list
      "The party is split over plans for 60% cuts in grants and 45% cuts in loans.",
      "Voters are split, with 60% of Labour voters backing the deal and 45% of Tory voters opposing it.",
      // a thing had beside the answers is no don't-know
      "Of the 500 tenants, 55% approved of the rent rise, 40% disapproved and 35% had no car.",
      "Of the 500 tenants, 55% approved of the rent rise, 40% disapproved and 35% had children.",
      // where they are from beside another attribute, or a "from" that is no place
      "Of the staff, 60% are women and 45% come from overseas.",
      "Of the players, 53% are European and 60% play for clubs in England.",
      "Of the players, 60% are European and 45% come from poor families.",
      // different head words, or one kind among the other
      "The workforce is 60% highly skilled and 45% highly paid.",
      "The homes are 60% rented and 45% privately rented.",
      "The site is 70% fully funded, 50% partly built and 40% fully let.",
      // brackets with wholes of their own, changes, or more than the share
      "The workforce is split between the head office (74% of staff) and the depot (33% of vehicles).",
      "The budget is split between schools (up 4%) and hospitals (up 3%).",
      "The workforce is split between full-time staff (74% of them women) and part-timers (33%).",
      // two things going two ways, or no way at all
      "Of the firms polled, 70% expect prices to rise and 40% expect interest rates to fall.",
      "The survey found 65% of workers expect a pay rise and 45% expect a bonus.",
      "Of the firms polled, 70% expect higher sales and 45% expect lower costs.",
      // men or women beside another attribute
      "The club's members are 60% men and 45% over 60.",
      "The staff are 70% women and 45% part-time.",
      "The choir is 70% women and 45% retired people.",
      // separate findings: "had heard of" a thing; a thing done "in a fall", "while hurt"
      "Of adults surveyed, 70% had heard of the amber weather warning and 55% said they had changed their plans because of it.",
      "Of the 1,000 drivers polled, 80% had heard of the new speed limit and 35% said they had seen a camera.",
      "Some 75 per cent of parents had heard of the free childcare offer, and 40 per cent said they had booked a place.",
      "Of the 600 farmers surveyed, 85% had heard of the subsidy scheme and 30% had joined a pilot project.",
      "Some 90 per cent of jockeys surveyed said they had been injured in a fall, and 60 per cent said they had ridden while hurt.",
      "Of the 400 midwives surveyed, 75 per cent said they had worked while unwell and 60 per cent had been assaulted in a shift.",
      "Some 80% of the delivery riders polled said they had been injured in a crash, and 55% said they had worked while ill.",
      "Of the 300 teachers surveyed, 70 per cent said they had been threatened during a lesson and 45 per cent said they had taught while unwell.",
    ],
  });

  it("names the whole and the sum", () => {
    const [finding] = sharesOver100.check("France owns 60% of Renault and Nissan owns 45%.");
    expect(finding.message).toBe("Shares of Renault add up to 105% (60% + 45%): more than the whole.");
  });
});

describe("shares-over-100: wholes named by a participle, ratings, splits, listed parts, answers past a copula", () => {
  itChecks(sharesOver100, {
    fires: [
      // "Among pupils sitting the exam,": a present participle tells of the whole named first
      "Among pupils sitting the exam, 35 per cent were aged 15, 48 per cent were 16 and 24 per cent were 17.",
      "Of voters taking part in the ballot, 58% were members and 47% were supporters.",
      "Among households claiming the benefit, 60% were renting and 45% were owner-occupiers.",
      "Among drivers using the toll road, 58% were commuters, 30% were hauliers and 17% were tourists.",
      // one thing rated, each share another mark: the answers of one question, with no whole named
      "The GP patient survey found 71 per cent rated their overall experience as good, while 36 per cent rated it as poor.",
      "In the council's residents' survey, 58 per cent described the bin service as excellent and 47 per cent described it as fair.",
      "The survey found 55% rated the town centre as very good and 50% rated it as poor.",
      "Residents were asked about the park: 60 per cent thought it excellent, 30 per cent thought it average and 15 per cent thought it poor.",
      // "split" or "divided" into a list of labelled shares
      "Seats in the 60-member chamber now split Labour 44%, Conservatives 39% and others 22%.",
      "Spending is divided 45% health, 35% education and 25% defence.",
      "The estate was split between his widow 60%, his son 30% and his daughter 15%.",
      "Airtime was shared Labour 48%, Conservatives 41% and Liberal Democrats 16%.",
      // users of one thing only are one side of a line through the users
      "Half of the bank's customers now use only its mobile app, 35% use a mix of app and branch, and 22% rely entirely on branches.",
      "Of commuters in the city, 45% use only the bus, 40% use a car and 20% rely solely on cycling.",
      "Of the 1,000 households, 55% use only gas for heating, 30% use electricity and 20% use oil.",
      "Among the firm's clients, 62% use only its app and 45% use its website.",
      // a bare list of parts taken, the whole named once after the last
      "The group's three divisions contributed 48%, 33% and 24% of total operating profit respectively.",
      "Labour, the Tories and Reform took 38%, 35% and 31% of the vote.",
      "The two carmakers held 55% and 50% of the market respectively.",
      "Wind, gas and nuclear supplied about 40%, 38% and 25% of the country's electricity last year.",
      // answers that exclude each other, one told past "were"
      "Of the 600 defendants tried at the court last year, 71 per cent were convicted and 34 per cent acquitted.",
      "Of the 900 motions tabled, 62% were passed and 41% failed.",
      "Of the 300 applicants, 70% were accepted and 35% rejected.",
      "Of the 40 bids received, 60 per cent were accepted and 45 per cent rejected outright.",
      // another subject after "while" with a share of the same whole, told in no state: parts of it
      "Labour won 64% of the vote, while the Tories managed 39%.",
      "Men hold 62% of seats, while women hold 45%.",
      "The line ran 89% of trains on time, while 15% were late.",
    ],
    silent: [
      "Among pupils sitting the exam, 35 per cent were aged 15 and 80 per cent were girls.",
      "Among pupils sitting the exam, 85 per cent passed maths and 80 per cent passed English.",
      "The poll found 71 per cent rated their GP as good, while 36 per cent rated the hospital as poor.",
      "The poll found 71 per cent rated their GP as good, while 36 per cent rated it as good value.",
      "Support split 60% in Kent and 55% in Essex.",
      "Opinion split sharply, Labour voters 70% in favour and Tory voters 45%.",
      "The vote split Labour 64%, up 5 points, and Conservatives 39%.",
      "Of adults, 80% use a smartphone and 60% use a laptop.",
      "Of the 1,000 households, 55% use gas for heating, 30% use electricity and 20% use oil.",
      "Of adults, 80% own a phone they use only for calls, and 60% own a laptop.",
      "The three schools passed 60%, 65% and 70% of their pupils.",
      "Labour took 38%, 41% and 44% of the vote in three elections.",
      "The two carmakers held 55% and 50% of the market.",
      "Of the 600 defendants, 71 per cent were convicted and 34 per cent were under 25.",
      "Of the 600 defendants, 71 per cent were convicted and 34 per cent had previous convictions.",
      // a rate told in a state ("on time", "within four hours", "passing"), then another subject's
      "The Central line was the least reliable on the network with 89% of trains on time, while the Northern line managed 92%.",
      "The Royal saw 81% of patients within four hours, whereas the General achieved 76%.",
      "Oakfield had 78% of its pupils passing, while Riverside recorded 81%.",
      "Southern ran 88% of its services on time, while the Elizabeth line managed 93%.",
    ],
  });
});
