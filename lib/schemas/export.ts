import { z } from "zod";

export const EXPORT_FORMATS = [
  "txt", "md", "html", "docx", "notes", "report-html", "report-csv", "claimreview", "audit-csv", "audit-json",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that exist as tracked changes too (mode=tracked). */
export const TRACKED_FORMATS: readonly ExportFormat[] = ["html", "docx"];

export const exportRequestSchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS, { message: `Choose a format: ${EXPORT_FORMATS.join(", ")}.` }),
    mode: z.enum(["clean", "tracked"], { message: "Choose mode clean or tracked." }).default("clean"),
  })
  .refine((request) => request.mode === "clean" || TRACKED_FORMATS.includes(request.format), {
    message: "Tracked changes are available as html or docx.",
    path: ["mode"],
  });
export type ExportRequest = z.input<typeof exportRequestSchema>;
