import { describe, expect, it } from "vitest";
import { createRecoveryCodes, hashRecoveryCode, isRecoveryCodeShape, normalizeRecoveryCode } from "./recovery-codes";
import { isTwoFactorRequiredFor } from "./two-factor-policy";

describe("recovery codes", () => {
  it("makes ten distinct readable codes", () => {
    const codes = createRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(isRecoveryCodeShape(code)).toBe(true);
    }
  });

  it("hashes what the user meant: case, spaces and dashes do not matter", () => {
    const [code] = createRecoveryCodes(1);
    const typed = ` ${normalizeRecoveryCode(code).toLowerCase().replace(/(.{4})/g, "$1 ")}`;
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code)).not.toContain(normalizeRecoveryCode(code));
    expect(isRecoveryCodeShape("123456")).toBe(false);
  });
});

describe("who the desk setting covers", () => {
  it("covers reviewers and admins only, and only when switched on", () => {
    const on = { requireTwoFactorForReviewers: true };
    expect(isTwoFactorRequiredFor("admin", on)).toBe(true);
    expect(isTwoFactorRequiredFor("reviewer", on)).toBe(true);
    expect(isTwoFactorRequiredFor("editor", on)).toBe(false);
    expect(isTwoFactorRequiredFor("viewer", on)).toBe(false);
    expect(isTwoFactorRequiredFor("admin", { requireTwoFactorForReviewers: false })).toBe(false);
  });
});
