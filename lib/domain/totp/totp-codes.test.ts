import { describe, expect, it } from "vitest";
import { buildOtpauthUri, checkTotpCode, createTotpSecret, generateTotpCode, isTotpCodeShape } from "./totp-codes";

// RFC 6238 appendix B: the SHA-1 secret is the ASCII "12345678901234567890".
// The RFC prints 8-digit codes; a 6-digit code is the same number mod 10^6,
// i.e. its last six digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const RFC_VECTORS: [number, string][] = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe("TOTP codes", () => {
  it.each(RFC_VECTORS)("matches RFC 6238 at t=%i", async (time, eightDigits) => {
    expect(await generateTotpCode(RFC_SECRET, time)).toBe(eightDigits.slice(-6));
    expect(await checkTotpCode({ secret: RFC_SECRET, code: eightDigits.slice(-6), epochSeconds: time })).toMatchObject({
      isValid: true,
      timeStep: Math.floor(time / 30),
    });
  });

  it("accepts one step of clock drift either side, not two", async () => {
    const now = 1_234_567_890;
    for (const offset of [-30, 30]) {
      const code = await generateTotpCode(RFC_SECRET, now + offset);
      expect((await checkTotpCode({ secret: RFC_SECRET, code, epochSeconds: now })).isValid).toBe(true);
    }
    for (const offset of [-60, 60]) {
      const code = await generateTotpCode(RFC_SECRET, now + offset);
      expect((await checkTotpCode({ secret: RFC_SECRET, code, epochSeconds: now })).isValid).toBe(false);
    }
  });

  it("refuses a code whose step was already used (replay), and accepts the next step", async () => {
    const now = 1_234_567_890;
    const step = Math.floor(now / 30);
    const code = await generateTotpCode(RFC_SECRET, now);
    expect((await checkTotpCode({ secret: RFC_SECRET, code, epochSeconds: now, lastUsedStep: step })).isValid).toBe(false);
    const next = await generateTotpCode(RFC_SECRET, now + 30);
    expect(await checkTotpCode({ secret: RFC_SECRET, code: next, epochSeconds: now, lastUsedStep: step })).toEqual({
      isValid: true,
      timeStep: step + 1,
    });
  });

  it("refuses a wrong code and anything that is not six digits", async () => {
    const now = 1_111_111_111;
    expect((await checkTotpCode({ secret: RFC_SECRET, code: "000000", epochSeconds: now })).isValid).toBe(false);
    expect((await checkTotpCode({ secret: RFC_SECRET, code: "14050471", epochSeconds: now })).isValid).toBe(false);
    expect(isTotpCodeShape("050 471")).toBe(true);
    expect(isTotpCodeShape("05047")).toBe(false);
  });

  it("makes 160-bit base32 secrets and an otpauth URI apps can read", () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(secret);
    const uri = buildOtpauthUri({ issuer: "factdesk", accountName: "ed@example.org", secret });
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(new URL(uri).searchParams.get("secret")).toBe(secret);
    expect(new URL(uri).searchParams.get("issuer")).toBe("factdesk");
  });
});
