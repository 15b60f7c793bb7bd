// Examples in the API description, taken from the demo article (lib/server/seed/demo-content.ts).
import { DEMO_ARTICLE } from "@/lib/server/seed/demo-content";

const DEMO_TEXT_START =
  "After the merger with Fiat Chrysler Automobiles (FCA) that it craved for failed to proceed, Renault will now focus on repairing its strained marriage with Nissan. The French carmaker now sees the strengthening of the two decades old alliance as a priority, chairman Jean-Dominique Senard (left in above pic) said yesterday.";

export const EXAMPLE_ARTICLE_ID = "0b6f3c1e-5d7a-4c1e-9f59-2a3d4e5f6a7b";
export const EXAMPLE_CLAIM_ID = "5c2d8e4f-1a3b-4c5d-8e9f-0a1b2c3d4e5f";

export const EXAMPLE_POST_ARTICLE = {
  externalId: "cms-2019-06-13-renault",
  headline: DEMO_ARTICLE.headline,
  byline: DEMO_ARTICLE.byline,
  publication: DEMO_ARTICLE.publication,
  url: DEMO_ARTICLE.originalUrl,
  publishedAt: DEMO_ARTICLE.publishedAt,
  text: DEMO_TEXT_START,
};

export const EXAMPLE_CREATED = { isCreated: true, articleId: EXAMPLE_ARTICLE_ID, revisionNumber: 1 };

export const EXAMPLE_LIST_ITEM = {
  id: EXAMPLE_ARTICLE_ID,
  externalId: EXAMPLE_POST_ARTICLE.externalId,
  slug: "renault-turns-to-repairing-its-nissan-alliance",
  headline: DEMO_ARTICLE.headline,
  state: "signed_off",
  revision: 1,
  lastActivityAt: "2019-06-13T10:42:00.000Z",
  signOff: {
    reviewer: { id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", name: "Rita Reviewer", email: "reviewer@factdesk.test" },
    signedOffAt: "2019-06-13T10:42:00.000Z",
    revision: 1,
    sha256: "3f1c0e9b6d2a4c8e7f5b1a0d9c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e",
  },
  progress: { pending: 0, verified: 4, disputed: 1, corrected: 1, total: 6, orphaned: 0 },
};

export const EXAMPLE_CLAIM = {
  id: EXAMPLE_CLAIM_ID,
  exact: "The French government, which owns a majority 15% of Renault",
  start: 1203,
  end: 1262,
  restated: "The French state owns a majority of Renault, with a 15% stake.",
  verdict: "corrected",
  correction: "The French government, which owns 15% of Renault",
  rationale: "15% is not a majority.",
  isOrphaned: false,
  version: 3,
  updatedAt: "2019-06-13T10:30:00.000Z",
  assignee: { id: "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", name: "Elena Editor" },
};

export const EXAMPLE_WEBHOOK_BODY = {
  event: "article.signed_off",
  id: "7e6d5c4b-3a29-4817-9f0e-d1c2b3a49586",
  occurredAt: "2019-06-13T10:42:00.000Z",
  article: { id: EXAMPLE_ARTICLE_ID, externalId: EXAMPLE_POST_ARTICLE.externalId, state: "signed_off", revision: 1 },
};
