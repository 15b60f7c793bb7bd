import { describe, expect, it } from "vitest";
import { itChecks } from "./rule-cases.test-fixture";
import { totalMismatch } from "./total-mismatch";

describe("total-mismatch", () => {
  itChecks(totalMismatch, {
    fires: [
      // outcomes that cover every case make a list after "Of the …," or "found" the whole of it
      "Of the 96 pupils who sat the paper, 54 passed and 38 failed.",
      "The poll of 2,050 adults found 1,010 in favour of the new runway, 840 against and 150 undecided.",
      "Of the 12 medals won by the Welsh team in Birmingham, five were gold, four silver and two bronze.",
      "Of the 38 league games, the side won 20, drew 9 and lost 7.",
      "Of the 30 candidates who sat the test, 16 passed, 10 failed and two were absent.",
      // domestic or international, full- or part-time, the home side or the visitors: a line through every case
      "The airport handled 30 million passengers, of whom 18 million were domestic and 10 million international.",
      "The university has 24,000 students, of whom 15,000 study full-time and 8,000 part-time.",
      "Nine goals were scored, four by the home side and three by the visitors.",
      // "combined" says a total, "combines" that its parts follow
      "The two brothers have won a combined 31 titles, with Tom taking 18 and Sam 11.",
      "The £900m deal combines £500m in cash and £300m in shares.",
      // a bare comma starts a breakdown when the figures to the clause's end are such outcomes
      "About 1.3 million pupils sat the exam, 700,000 girls and 500,000 boys.",
      // parts set off after the total, each with a few words of whose it is
      "The coalition's 212 MPs, 150 from the Christian Democrats, 48 from the Greens and 19 from the Free Democrats, give it a majority.",
      "The council's 60 seats, 31 held by Labour, 20 by the Conservatives and 6 by independents, are all up for election.",
      // a verb that says the parts follow, further on
      "The 23-man squad named by the head coach is made up of three goalkeepers, eight defenders, seven midfielders and four forwards.",
      "The panel of 12 appointed by the minister last week consists of five judges, four academics and two lawyers.",
      // A spaced hyphen opens the parts as a dash does; "splits into" as "split into".
      "The board has nine members - four from the council, three from the trust and one from the university.",
      "The 60-strong choir splits into 25 sopranos and 30 altos for the second half.",
      "The £12m grant divides into £5m for roads and £4m for buses, the mayor said.",
      "Of the 60 delegates at the summit, 35 were men and 30 were women.",
      "Five parties — the Greens, the Liberals and Labour — signed the letter.",
      "The group's four brands — soap, shampoo and toothpaste — all grew.",
      "A total of €5m was set aside for the project this year, €3m of it for roads and €3m for rail.",
      "Six firms bid for the contract: Balfour, Kier, Mace, Costain and Laing.",
      // the colon may come up to ten words on
      "Three bidders are left in the race for the rail franchise: Arriva, FirstGroup, Go-Ahead and Stagecoach.",
      "Five clubs were fined by the league for crowd trouble: Leeds, Millwall and Cardiff.",
      "The poll of 2,000 adults, 1,100 women and 1,000 men, was taken on 3-5 May.",
      "The two-day strike by 4,000 nurses and 2,000 porters involved 5,000 staff in all.",
      "Three people were arrested: a 45-year-old man and three women.",
      "Revenue of £50m came from tickets (£30m), sponsorship (£15m) and merchandise (£10m).",
      "The 16 seats on the council are held by Labour (7), the Greens (5) and independents (3).",
      "Both candidates – Ms Li, Mr Ortiz and Mrs Kaur – spoke at the hustings.",
      "The bill for the works, £3.4m, breaks down as £2.1m for labour and £1.6m for materials.",
      "The 80 passengers, 45 of them British and 40 of them French, were rescued.",
      "The £900,000 bill will be shared by the three councils, each paying £200,000.",
      "The £1m prize was split between the four winners, who got £200,000 each.",
      "The 24 teams are divided into five groups of four.",
      "The £1.2m cost was shared by the council (£700,000) and the charity (£600,000).",
      "Three ministers resigned – the health secretary, the education secretary, the transport secretary and the chief whip.",
      "The six finalists include Spain, Brazil, Japan, Ghana, Peru, Chile and Iran.",
      "A total of 12: 5 from A and 6 from B.",
      "The company employs 1,200 people in total (500 in France and 600 in Japan).",
      "Twelve people died in all: five in Lyon and six in Paris.",
      "Sales totalled $10bn, of which $4bn came from Europe and $5bn from Asia.",
    ],
    silent: [
      "Of the 96 pupils who sat the paper, 54 passed and 42 failed.",
      "Of the 12 medals won, five were gold and four silver.",
      "The poll of 2,000 adults found 1,010 in favour, 840 against and 150 undecided.",
      "Of the 900 voters, 400 were in favour and 300 against.",
      "Of the 38 league games, the side won 20, drew 9 and lost 9.",
      "Of the 28 candidates who sat the test, 16 passed, 10 failed and two were absent.",
      "About 1.2 million pupils sat the exam, 700,000 girls and 500,000 boys.",
      "Some 900 people attended, 500 from Leeds and 300 from York.",
      // a difference, and an age, are no parts or totals
      "The new hospital will have 600 beds, 120 more than the one it replaces.",
      "The school has 1,140 pupils aged 11 to 18, including a sixth form of 260.",
      "The coalition's 217 MPs, 150 from the Christian Democrats, 48 from the Greens and 19 from the Free Democrats, give it a majority.",
      "The 22-man squad named by the head coach is made up of three goalkeepers, eight defenders, seven midfielders and four forwards.",
      // a part of a part already told of, and an age bound, are not more parts
      "Of the 26 patients, 20 were men, and nine of the men were over 70.",
      "Of the 40 residents, 25 were women, and 12 of the women were under 30.",
      "The hearing lasted 150 minutes — two hours and a half — with one break.",
      "Thirty months, two years and a half, after the flood, the bridge is still shut.",
      "Her 4:05 was the best time of the morning, ahead of 4:09 and 4:12.",
      "The 10:30 train and the 11:15 were both cancelled: 300 passengers were stranded.",
      "He wanted five powers - four or five powers - and got none.",
      "The touring party of 36 comprises 20 forwards and 16 backs, plus a coaching staff of eight.",
      "The board has eight members - four from the council, three from the trust and one from the university.",
      "Of the 60 delegates at the summit, 35 were men and 25 were women.",
      "Three parties — the Greens, the Liberals and Labour — signed the letter.",
      "The six victims — men, women and children — were named.",
      "The three-day festival — jazz, folk and blues — sold out.",
      "In total, 90 people were hurt in the storms on Friday, 30 on Saturday and 12 on Sunday.",
      "A total of €6m was set aside for the project this year, €3m of it for roads and €3m for rail.",
      "Five firms bid for the contract: Balfour, Kier, Mace, Costain and Laing.",
      "The poll of 2,000 adults, 1,100 women and 900 men, was taken on 3-5 May.",
      "The firm has 3 plants, 2,000 workers and 12 depots, and is growing.",
      "Three people were arrested: a 45-year-old man and two women aged 30 and 32.",
      "She scored 12 goals in 20 games, 30 in all competitions.",
      "I had one position, one consistent position, on the war.",
      "The 60 seats are held by three parties: 30, 20 and 10.",
      "Revenue of £55m came from tickets (£30m), sponsorship (£15m) and merchandise (£10m).",
      "Both teams, Arsenal and Chelsea, are in the final.",
      "The bill for the works, £3.4m, breaks down as £2.1m for labour and £1.3m for materials.",
      "The orchestra's 80 musicians, 45 of them women, play 120 concerts a year.",
      "The £600,000 bill will be shared by the three councils, each paying £200,000.",
      "The 24 teams are divided into six groups of four.",
      "The 30 pupils were split into two classes of 12 and one of 6.",
      "The £1.2m cost was shared by the council and the charity, which paid £600,000 each.",
      "The 17 nations include France, Germany and Italy.",
      "Three candidates remain – Smith, Jones and Patel.",
      "A total of 11: 5 from A and 6 from B.",
      "A total of 12, including 5 from A.",
      "A total of 1.5 million: 0.7 million from A and 0.8 million from B.",
      "It employs 1,200 people in total (about 600 in France).",
      "Three bidders are left in the race for the rail franchise: Arriva, FirstGroup and Stagecoach.",
      "Knee injuries were five times as common among players on artificial pitches: 45 cases against 9.",
      "The airline carried 14.2 million passengers, of whom 9.1 million flew domestically.",
      "The airport handled 30 million passengers, of whom 18 million were domestic and 12 million international.",
      "Of the 400 staff, 150 work full-time and 100 are over 50.",
      "Nine goals were scored, five by the home side and four by the visitors.",
      "The two brothers have won a combined 31 titles, with Tom taking 18 and Sam 13.",
      "The £900m grant, combined with £500m from the council, pays for the line.",
      "The £900m deal combines £600m in cash and £300m in shares.",
      "He insists that it’s a conspiracy borne out of fear that he would bring Nissan closer to its top shareholder, Renault, which holds a majority 43% stake.",
    ],
  });

  it("shows the sum of the parts", () => {
    const [finding] = totalMismatch.check("A total of 12: 5 from A and 6 from B.");
    expect(finding.message).toBe("The total is 12, but the parts add up to 11 (5 + 6).");
  });
});
