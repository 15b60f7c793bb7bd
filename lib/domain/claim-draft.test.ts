import { describe, expect, it } from "vitest";
import { followClaimVersion, isDraftDirty, startDraft } from "./claim-draft";

describe("followClaimVersion", () => {
  it("lets an untouched form follow the new version", () => {
    const state = startDraft({ rationale: "old" }, 3);
    expect(followClaimVersion(state, { rationale: "theirs" }, 4)).toEqual(startDraft({ rationale: "theirs" }, 4));
  });

  it("keeps typing and moves the expected version when the edited fields did not change", () => {
    const typed = { ...startDraft({ rationale: "old" }, 3), draft: { rationale: "mine" } };
    const next = followClaimVersion(typed, { rationale: "old" }, 4);
    expect(next.draft).toEqual({ rationale: "mine" });
    expect(next.baseVersion).toBe(4);
    expect(isDraftDirty(next)).toBe(true);
  });

  it("keeps typing but not the version when someone else changed the same fields (the save must conflict)", () => {
    const typed = { ...startDraft({ rationale: "old" }, 3), draft: { rationale: "mine" } };
    const next = followClaimVersion(typed, { rationale: "theirs" }, 4);
    expect(next.draft).toEqual({ rationale: "mine" });
    expect(next.baseVersion).toBe(3);
    expect(next.seenVersion).toBe(4);
  });

  it("does nothing for a version already seen", () => {
    const state = startDraft({ rationale: "old" }, 3);
    expect(followClaimVersion(state, { rationale: "other" }, 3)).toBe(state);
  });
});
