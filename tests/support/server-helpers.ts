// For sign-off-voiding.test.ts: the files in lib/server that export no use case.
// A new file must be declared here (or be a use case in voiding-use-cases.ts).

/** Files in lib/server that are not use cases, and what they are instead. */
export const SERVER_HELPERS: Record<string, string> = {
  "authorize.ts": "capability checks the use cases call",
  "parse-input.ts": "input parsing the use cases call",
  "articles/change-article.ts": "THE path every article write goes through (locks, voids, records activity)",
  "articles/find-article-id-of.ts": "look-ups for changeArticle's article id",
  "articles/read-article-file.ts": "parses an uploaded file",
  "articles/reanchor-article-claims.ts": "runs inside saveRevision's changeArticle",
  "audit/record-audit-event.ts": "writes an audit row in the caller's transaction",
  "audit/read-chain-head.ts": "reads the last event of an audit chain",
  "audit/read-audit-chain.ts": "streams audit events in chain order for the verifier",
  "audit/load-article-audit-chain.ts": "reads an article's chain for the audit JSON export",
  "auth/find-session-actor.ts": "resolves the caller of a request",
  "auth/find-token-actor.ts": "resolves the caller of a request",
  "auth/passwords.ts": "password hashing",
  "auth/verify-credentials.ts": "sign-in check",
  "claims/claim-view.ts": "the claim fields a client sees",
  "claims/versioned-claim-update.ts": "optimistic-concurrency claim writes, inside a use case's transaction",
  "exports/load-export-data.ts": "reads for the exports",
  "rate-limit/consume-rate-limit.ts": "request counters",
  "seed/demo-content.ts": "demo data",
  "seed/seed-demo.ts": "loads the demo through the use cases",
  "settings/get-desk-settings.ts": "reads the settings (also inside transactions)",
  "sign-offs/find-blockers-for.ts": "pure blocker rules",
  "sign-offs/load-sign-off-state.ts": "reads what a sign-off covers",
  "sign-offs/void-standing-sign-off.ts": "voids a sign-off; called by changeArticle and send-back",
  "sources/source-view.ts": "the source fields a client sees",
  "unique-violation.ts": "recognises a unique-index violation for the use cases that answer races",
};
