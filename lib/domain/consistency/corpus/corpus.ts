// The consistency corpus (development.tsv, held-out.tsv): one sentence a line,
// "kind<TAB>sentence"; kind "clean" must not be flagged, any other kind names a
// contradiction that must be. Lines starting with "#" are comments.
export type CorpusEntry = { kind: string; sentence: string; line: number };
export type CorpusScore = {
  contradictions: number;
  caught: number;
  clean: number;
  falseAlarms: number;
  recall: number;
  falseAlarmRate: number;
  byKind: Map<string, { total: number; caught: number }>;
  missed: CorpusEntry[];
  wronglyFlagged: CorpusEntry[];
};

export function parseCorpus(text: string): CorpusEntry[] {
  return text
    .split(/\r?\n/)
    .map((raw, index) => ({ raw, line: index + 1 }))
    .filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#"))
    .map(({ raw, line }) => {
      const tab = raw.indexOf("\t");
      if (tab < 1) throw new Error(`Corpus line ${line} has no "kind<TAB>sentence".`);
      return { kind: raw.slice(0, tab), sentence: raw.slice(tab + 1), line };
    });
}

/** Recall on the contradictions and the false-alarm rate on the clean sentences. */
export function scoreCorpus(entries: readonly CorpusEntry[], isFlagged: (sentence: string) => boolean): CorpusScore {
  const byKind = new Map<string, { total: number; caught: number }>();
  const missed: CorpusEntry[] = [];
  const wronglyFlagged: CorpusEntry[] = [];
  let contradictions = 0;
  let caught = 0;
  let clean = 0;
  for (const entry of entries) {
    const flagged = isFlagged(entry.sentence);
    if (entry.kind === "clean") {
      clean++;
      if (flagged) wronglyFlagged.push(entry);
      continue;
    }
    contradictions++;
    const kind = byKind.get(entry.kind) ?? { total: 0, caught: 0 };
    kind.total++;
    if (flagged) {
      caught++;
      kind.caught++;
    } else missed.push(entry);
    byKind.set(entry.kind, kind);
  }
  return {
    contradictions, caught, clean, falseAlarms: wronglyFlagged.length,
    recall: caught / Math.max(1, contradictions), falseAlarmRate: wronglyFlagged.length / Math.max(1, clean),
    byKind, missed, wronglyFlagged,
  };
}

/** One line of bench:lint. A part with no rows (held-out between two fresh files) has no rates: say so, not NaN or 0/0. */
export function describeScore(name: string, score: CorpusScore): string {
  if (score.contradictions + score.clean === 0) return `${name.trim()}: no rows`;
  // A part of clean sentences only (a batch written to tempt the rules) has false alarms and no recall.
  if (score.contradictions === 0) {
    return `${name}: no contradictions; false alarms ${(100 * score.falseAlarmRate).toFixed(1)}% (${score.falseAlarms}/${score.clean})`;
  }
  const kinds = [...score.byKind].map(([kind, k]) => `${kind} ${k.caught}/${k.total}`).join(", ");
  return (
    `${name}: recall ${score.recall.toFixed(3)} (${score.caught}/${score.contradictions}), ` +
    `false alarms ${(100 * score.falseAlarmRate).toFixed(1)}% (${score.falseAlarms}/${score.clean}); by kind: ${kinds}`
  );
}
