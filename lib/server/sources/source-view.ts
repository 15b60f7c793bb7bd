import "server-only";

export type SourceView = {
  id: string;
  url: string;
  title: string;
  publisher: string;
  kind: "primary_document" | "official_statement" | "dataset" | "news_report" | "interview" | "other";
  accessedAt: Date;
};

export const SOURCE_VIEW_SELECT = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  kind: true,
  accessedAt: true,
} as const;
