export type Finding = { ruleId: string; message: string; start?: number; end?: number };

/** One consistency rule: a claim that contradicts itself, explained. */
export type ConsistencyRule = { id: string; description: string; check: (sentence: string) => Finding[] };
