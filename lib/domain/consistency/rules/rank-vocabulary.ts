// Rank words that more than one rank file reads, written once here. Each file used to keep its own copy, and the copies
// had drifted ("pipped by" read as behind by rank-rivals but not rank-places; "cheapest" and "poorest" ranked by
// rank-words but not against one's own past or a year): a word taught to one reading should be taught to all.

/** Cues that set the subject behind a rival ("behind", "trailing", "pipped by"), as a regex alternation. */
export const BEHIND_WORDS = String.raw`behind|below|trailing|trailed|trails|trail|adrift\s+of|beaten\s+by|pipped\s+by|overtaken\s+by|outpaced\s+by`;

/**
 * Superlatives that rank the least of something first, as a regex alternation. ("last" is not here: it is a place only
 * after "finished" or "came", and "last year" would rank; rank-words reads it on its own terms.)
 */
export const DOWN_SUPERLATIVES = String.raw`weakest|smallest|lowest|coldest|coolest|driest|shallowest|slowest|least(?:[-\s](?:popular|expensive|valuable|visited|watched|profitable|successful|common|commonly|frequently))?|fewest|cheapest|shortest|poorest|lightest|narrowest|lowest-paid|worst-selling`;

// Of times, quicker is ahead and slower behind (rank-rivals reads them against the figures, rank-places against places).
export const QUICKER = /\b(?:quicker|faster)\s+than\s+/gi;
export const SLOWER = /\bslower\s+than\s+/gi;
