// The demo desk: three people and the Renault–Nissan story (prisma/seed/), with a
// few of its claims already marked, among them the "majority 15%" error.
export const DEMO_PASSWORD = "factdesk-demo";

export const DEMO_USERS = [
  { email: "editor@factdesk.test", name: "Elena Editor", role: "editor" },
  { email: "editor2@factdesk.test", name: "Eddie Second-Editor", role: "editor" },
  { email: "reviewer@factdesk.test", name: "Rita Reviewer", role: "reviewer" },
  { email: "admin@factdesk.test", name: "Ada Admin", role: "admin" },
] as const;

export const DEMO_ARTICLE = {
  headline: "Renault turns to repairing its Nissan alliance after the FCA merger collapses",
  byline: "Staff reporter",
  publication: "Paultan.org (demo copy)",
  originalUrl: "https://paultan.org/2019/06/13/renault-to-focus-on-repairing-alliance-with-nissan/",
  publishedAt: "2019-06-13T09:00:00Z",
  file: "prisma/seed/renault-nissan-alliance.txt",
};

/** Quotes of the demo article that start out as claims. */
export const DEMO_CLAIM_QUOTES = [
  {
    quote: "The French government, which owns a majority 15% of Renault",
    restated: "The French state owns a majority of Renault, with a 15% stake.",
  },
  {
    quote: "Renault, which holds a majority 43% stake",
    restated: "Renault holds a majority stake of 43% in Nissan.",
  },
  {
    quote: "the two decades old alliance",
    restated: "The Renault–Nissan alliance is about twenty years old (formed 1999).",
  },
  {
    quote: "Senard succeeded Ghosn as chairman",
    restated: "Jean-Dominique Senard succeeded Carlos Ghosn as Renault's chairman.",
  },
  {
    quote: "France was ready to reduce its 15% stake in Renault",
    restated: "Bruno Le Maire said France was ready to reduce its 15% stake in Renault.",
  },
] as const;
