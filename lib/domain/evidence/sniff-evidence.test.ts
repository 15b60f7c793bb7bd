import { describe, expect, it } from "vitest";
import { sniffEvidence } from "./sniff-evidence";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("sniffEvidence", () => {
  it("types PDFs, images and saved pages by their first bytes", () => {
    expect(sniffEvidence(bytes("%PDF-1.7\n…"))?.contentType).toBe("application/pdf");
    expect(sniffEvidence(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.contentType).toBe("image/png");
    expect(sniffEvidence(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.contentType).toBe("image/jpeg");
    expect(sniffEvidence(bytes("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))?.contentType).toBe("image/webp");
    expect(sniffEvidence(bytes("\uFEFF  <!DOCTYPE html><html><body>Renault</body></html>"))?.contentType).toBe("text/html");
  });

  it("refuses anything else, whatever its name says", () => {
    expect(sniffEvidence(bytes("#!/bin/sh\nrm -rf /"))).toBeNull();
    expect(sniffEvidence(bytes("just some text"))).toBeNull();
    expect(sniffEvidence(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull(); // a ZIP
    expect(sniffEvidence(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0]))).toBeNull(); // a program
  });
});
