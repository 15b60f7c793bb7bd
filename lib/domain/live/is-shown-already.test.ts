import { describe, expect, it } from "vitest";
import { isShownAlready } from "./is-shown-already";

const claimId = "0b6f2c1e-8c1a-4a55-9d51-3c7f1e2a9b10";
const shown = { id: claimId, history: [{ id: "41" }, { id: "42" }] };

describe("isShownAlready", () => {
  it("is true for an event the open claim's history already holds (a replayed save)", () => {
    expect(isShownAlready(shown, { id: "42", claimId })).toBe(true);
  });

  it("is false for an event newer than what the page shows", () => {
    expect(isShownAlready(shown, { id: "43", claimId })).toBe(false);
  });

  it("is false for another claim's event, even with an id the open claim has", () => {
    expect(isShownAlready(shown, { id: "42", claimId: "7d1e9f00-1111-4c2b-8a3d-5e6f7a8b9c0d" })).toBe(false);
  });

  it("is false when no claim is open", () => {
    expect(isShownAlready(null, { id: "42", claimId })).toBe(false);
  });
});
