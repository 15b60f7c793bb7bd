/** An evidence snapshot as clients, exports and the claim panel see it (never its bytes). */
export type EvidenceView = {
  id: string;
  kind: "file" | "excerpt";
  fileName: string | null;
  contentType: string;
  byteSize: number;
  sha256: string;
  capturedAt: Date;
};
