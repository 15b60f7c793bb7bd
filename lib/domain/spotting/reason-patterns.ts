// The regular expressions behind each reason, compiled once at module load.
// They are deliberately readable word lists: a newsroom can add a verb or a
// unit here without touching the model (its weights only see which reasons fired).

const NUMBER_WORDS =
  "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" +
  "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|" +
  "thousands?|millions?|billions?|trillions?|dozens?|twice|thrice|tenfold|twofold|threefold";
const SMALL_NUMBER = `(?:\\d+|a|one|${NUMBER_WORDS})`;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec";
const PERIODS = "days?|weeks?|months?|years?|decades?|centuries|century|quarters?";

const SPEECH_VERBS =
  "said|says|told|tells|added|adds|stated|states|insisted|insists|argued|argues|claimed|claims|noted|notes|" +
  "wrote|writes|explained|explains|warned|warns|announced|announces|declared|declares|asserted|asserts|" +
  "acknowledged|acknowledges|admitted|admits|confirmed|confirms|denied|denies|reported|reports|testified|" +
  "stressed|emphasi[sz]ed|conceded|concedes|predicted|predicts|estimated|estimates|maintained|maintains|" +
  "alleged|alleges|contended|contends|revealed|reveals|disclosed|saying|telling|adding|insisting|claiming|" +
  "arguing|noting|warning|citing|cited";

const FACT_VERBS =
  "owns|owned|holds|held|controls|controlled|employs|employed|sold|sells|bought|buys|acquired|acquires|" +
  "merged|signed|signs|voted|votes|passed|blocked|blocks|refused|refuses|rejected|rejects|approved|approves|" +
  "announced|announces|reported|reports|paid|pays|spent|spends|earned|earns|hired|fired|succeeded|succeeds|" +
  "appointed|elected|won|wins|lost|loses|founded|formed|launched|closed|opened|invested|invests|filed|sued|" +
  "charged|convicted|arrested|denied|denies|faces|faced|facing|agreed|agrees|demanded|demands|produced|" +
  "produces|built|builds|created|creates|killed|raised|raises|cut|cuts|increased|reduced|reduces|supported|" +
  "supports|opposed|opposes|vetoed|introduced|proposed|imposed|banned|ordered|declared|confirmed|admitted|" +
  "ruled|cancell?ed|delayed|withdrew|endorsed|backed|operates|operated|manufactures|exported|exports|imported|" +
  "imports|invaded|attacked|borrowed|owes|owed|funded|funds|costs?|received|receives|gave|gives|resigned|" +
  "joined|left|walked|walking|cited|citing|accounts|accounted|generated|recorded|posted|reached|hit|overtook|outsold";

const ORG_NOUNS =
  "government|state|ministry|company|carmaker|automaker|bank|court|party|administration|army|police|" +
  "committee|board|council|parliament|congress|senate|union|firm|group|agency|department|minister|" +
  "chairman|chairwoman|chief|president|premier|leader|spokesman|spokeswoman|spokesperson|officials?|" +
  "executives?|shareholders?|alliance|authorities|regulators?";

// Capitalised words that open sentences without naming anyone.
const NOT_NAMES =
  "The|A|An|It|Its|It’s|It's|He|She|We|They|I|You|This|That|These|Those|There|Here|But|And|Or|So|If|" +
  "When|While|What|Who|Why|How|Where|In|On|At|For|With|As|After|Before|Now|Then|Well|Yes|No|Our|My|His|" +
  "Her|Their|Your|Some|Many|Most|All|Every|Each|Nobody|Everyone|Everybody|Somebody|Someone|Thank|Let|" +
  "Things|Nothing|Everything|Something|Today|Yesterday|Last|Next|One|Both|Neither|Either|Not|Just|Also";

// A capitalised word, not a possessive ("Senard’s proposed" is no subject). A name
// has at most six words: the bound keeps a run of capitals from backtracking.
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&.\\-]*(?:[’'](?!s\\b)\\p{L}+)?";
const NAME = `(?<![\\p{L}\\p{N}])(?!(?:${NOT_NAMES})(?![\\p{L}’'.\\-]))${NAME_WORD}(?:\\s+(?:(?:of|de|la|le|von|van|der|du|and|&)\\s+)?${NAME_WORD}){0,5}(?:\\s+(?:${ORG_NOUNS}))?`;
const AUXILIARY = "has|have|had|is|are|was|were|will|would|did|does|do|has been|have been|had been|could|can";
const ADVERB = "not|never|also|already|now|later|then|recently|reportedly|even|still|just|since|formally|officially";

// Case-insensitive, except where capitals carry meaning (names, months).
// (The unicode flag only where a pattern needs \p{…}: it makes V8's matching slower.)
const u = (source: string) => new RegExp(source, source.includes("\\p{") ? "giu" : "gi");
const cased = (source: string) => new RegExp(source, "gu");

export const REASON_PATTERNS = {
  figure: [
    u(`[$£€¥]\\s?\\d`),
    // Any number that is not a bare year (years are dates).
    u(`(?<![\\p{L}\\d.,])(?!(?:1[89]|20)\\d\\d(?![\\d%]|[,.]\\d|\\s*(?:percent|per cent)))\\d[\\d,]*(?:\\.\\d+)?`),
    u(`\\b(?:${NUMBER_WORDS})\\b`),
    u(`\\b(?:half|a third|a quarter|one[- ]third|two[- ]thirds|three[- ]quarters)\\b`),
  ],
  percentage: [
    u(`\\d(?:[\\d,.]*\\d)?\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b|pc\\b)`),
    u(`\\b(?:percent|per cent|percentage|proportion)\\b`),
    u(`\\b(?:majority|minority|controlling|market|\\d+%?)\\s+(?:stake|share|holding|interest)s?\\b`),
    u(`(?<!\\bat\\s)\\bstakes?\\b(?!\\s+(?:is|are)\\s+high)`),
    u(`\\b(?:share|shares|proportion|fraction) of\\b`),
    u(`\\b(?:a|the) (?:majority|minority) of\\b|\\bmajority\\b(?=\\s+\\d)`),
    u(`\\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters) of\\b`),
    u(`\\b${SMALL_NUMBER} (?:in|out of) (?:every )?${SMALL_NUMBER}\\b`),
  ],
  comparison: [
    u(
      "\\b(?:more|less|fewer|greater|higher|lower|larger|bigger|smaller|better|worse|faster|slower|stronger|" +
        "weaker|cheaper|richer|poorer|older|younger|longer|shorter|earlier|wider|deeper|safer|closer|further) than\\b",
    ),
    u(
      "\\b(?:largest|biggest|highest|lowest|smallest|greatest|fastest|slowest|strongest|weakest|richest|" +
        "poorest|oldest|youngest|longest|shortest|cheapest|fewest|best|worst)\\b",
    ),
    u("\\b(?:the|its|their|our|his|her) (?:most|least) \\p{L}+"),
    u("(?<!\\bon\\s)\\btop\\b(?!\\s+of\\b)|\\brecord\\b(?=[\\s-]+(?:high|low|level|number|year|profit|loss)s?)"),
    u("\\b(?:ranked|ranks|ranking|outnumber\\w*|outpace\\w*|outsold|outsells?|overtook|overtaken|overtakes?|surpass\\w*|exceed(?:s|ed)?|number one|No\\. ?1)\\b"),
    u("\\b(?:twice|three times|\\d+ times) (?:as|more|less|the)\\b|\\bcompared (?:with|to)\\b"),
    u("\\bas (?:much|many|few|little|high|low|large) as\\b|\\b(?:second|third)[- ](?:largest|biggest|highest)\\b"),
  ],
  change: [
    u(
      "\\b(?:rose|risen|rises|rising|increased?|increases|increasing|fell|fallen|falls|falling|declined?|" +
        "declines|declining|dropped|drops|grew|grown|grows|growth|doubled|doubles|doubling|tripled|triples|" +
        "quadrupled|halved|halving|soared|soaring|plunged|plummeted|slumped|jumped|surged|climbed|tumbled|" +
        "shrank|shrunk|shrinking|expanded|contracted|deteriorated|improved|worsened|reduced|reduce|reduces|" +
        "reducing|reduction|lowered|raised|slashed|boosted|gained|widened|narrowed)\\b",
    ),
    u("\\b(?:went|gone|going|goes|go) (?:up|down)\\b|\\b(?:up|down) (?:from|by)\\b"),
    u(`\\bfrom\\s+[$£€]?\\d[^,;.]{0,30}?\\bto\\s+[$£€]?\\d`),
    u(`\\b(?:over|in|during) the (?:past|last) (?:\\d+|${NUMBER_WORDS}|few|several) (?:${PERIODS})\\b`),
    u("\\b(?:year|month|quarter)[- ]on[- ](?:year|month|quarter)\\b|\\bsince (?:\\d{4}|the \\d{4}s|last)\\b"),
  ],
  actor: [
    cased(
      `${NAME}(?:\\s*,\\s*(?:which|who)|\\s+(?:which|who))?(?:\\s+(?:${AUXILIARY}))?(?:\\s+(?:${ADVERB}))?\\s+(?:${FACT_VERBS})\\b`,
    ),
  ],
  attribution: [
    // A quotation followed by its speaker: “…,” Senard said / he told AFP.
    u(`[”"]\\s*(?:[^\\s,;”"]+\\s+){1,7}?(?:${SPEECH_VERBS})\\b`),
    // Speaker, then a colon or quotation: He said: “…”
    u(`\\b(?:${SPEECH_VERBS})\\s*[:,]?\\s*[“"]`),
    // An attribution tail: …, chairman Jean-Dominique Senard said yesterday.
    u(`,\\s+(?!(?:I|we|you)\\s)(?:[^\\s,;]+\\s+){0,7}?(?:said|says|told|added|adds|stated|insisted|noted|wrote|argued|claimed|explained|warned)\\b(?:\\s+\\S+){0,4}\\s*[.!?]?$`),
    u(
      "\\baccording to\\b|\\breported by\\b|\\b(?:it|this) (?:is|was|has been|had been) (?:reported|said|claimed|alleged|announced|estimated|understood)\\b|\\breportedly\\b|\\ballegedly\\b",
    ),
    // Reported speech by someone other than the speaker: the chief added that…
    u(`(?<!\\b(?:I|we|you|We|You)(?:’ve|'ve| have| had)?\\s)\\b(?:${SPEECH_VERBS})(?:\\s+(?:reporters|journalists|the \\p{L}+|[\\p{Lu}][\\p{L}]+|him|her|them|us))?\\s+that\\b`),
  ],
  causal: [
    u(
      "\\b(?:because|due to|as a result|resulted in|results in|result of|led to|leads to|leading to|caused|causes|" +
        "causing|thanks to|owing to|therefore|consequently|blamed (?:on|for)|responsible for|attributed to|" +
        "driven by|triggered|prompted|which means|contributed to|brought about|brought)\\b",
    ),
  ],
  date: [
    u(`(?<![$£€\\d.,])\\b(?:1[89]|20)\\d\\d(?:s)?\\b(?![\\d,.]\\d|\\s*(?:%|percent|per cent))`),
    cased(`\\b(?:${MONTHS})\\b(?!\\s+(?:I|we|you)\\b)|\\b(?:${MONTH_ABBREVIATIONS})\\.(?=\\s*\\d)`),
    u("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\\b"),
    u("\\b(?:yesterday|tomorrow|tonight|last night|earlier this (?:week|month|year))\\b"),
    u(`\\b(?:last|this|next|past) (?:week|month|year|decade|century|quarter|spring|summer|autumn|fall|winter)\\b`),
    u(`\\b(?:\\d+|a|one|${NUMBER_WORDS}|few|several) (?:${PERIODS}) ago\\b`),
    u(`\\b(?:past|last|next) (?:\\d+|${NUMBER_WORDS}|few|several) (?:${PERIODS})\\b`),
    u(`'\\d\\d\\b|\\b\\d{1,2}(?:st|nd|rd|th) century\\b`),
  ],
} as const;
