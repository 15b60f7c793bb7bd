// Whether the word after a share is a verb of its own or a category the share goes on to: read where a whole is
// found past a count ("three in five adults"), where one verb is told over a list, and where shares may overlap.
// (Shared by three parts of shares-over-100: one list of those words for all three.)

// A verb a share may have of its own after a past "were": a past tense or an auxiliary ("45% worked part-time",
// "30% had children", "20% left", "10% have since moved"), as against a category it goes on to ("33% violent crimes").
export const VERB_OF_ITS_OWN = /^(?:\p{Ll}+ed|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|said|says|say|made|took|came|went|got|gave|left|kept|felt|saw|knew|found|told|became|held|ran|spoke|wrote|lost|paid|met|sat|stood|brought|bought|sold|spent|sent|won|drove|rode|ate|drank|grew|fell|flew|chose|began|broke|led|put|set|cut|hit|let|read|quit|shut|built|lent|meant|rose|thought|caught|fought|sought|taught|wore|heard|slept|swam|sang|threw|hid|forgot|still|also|now|then|later|since|never|only)$/u;
// (A plural, not "-ss", "-us", "-is", nor an adverb in -s: "effective indoors and 45% outdoors", "overseas", "always".)
// ("users are 48% men and 57% women": the irregular plurals of people are categories too.)
export const PLURAL = "(?:[\\p{Ll}-]+(?<!ss|us|is|door|stair|sea|way|time|ward|haps|reas|side)s|(?:wo)?men|children|people)";
