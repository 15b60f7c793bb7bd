import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, uploadTooLargeMessage } from "./upload-size";

describe("uploadTooLargeMessage", () => {
  it("lets a file up to the limit through", () => {
    expect(uploadTooLargeMessage(0)).toBeNull();
    expect(uploadTooLargeMessage(MAX_UPLOAD_BYTES)).toBeNull();
  });

  it("names the size and the limit for a larger file", () => {
    expect(uploadTooLargeMessage(MAX_UPLOAD_BYTES + 1)).toBe("The file is just over 5 MB, the limit.");
    expect(uploadTooLargeMessage(7 * 1024 * 1024)).toBe("The file is 7 MB; the limit is 5 MB.");
  });
});
