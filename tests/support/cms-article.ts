// The article a CMS posts in the API tests (without its externalId, which each test makes unique).
export const CMS_ARTICLE = {
  headline: "Renault and Nissan",
  byline: "A. Reporter",
  publication: "The Paper",
  url: "https://paper.example/renault",
  publishedAt: "2019-06-13T09:00:00Z",
  text: "Renault holds 43% of Nissan.\n\nThe state owns 15% of Renault.",
};
