import { describe, expect, it } from "vitest";
import { dashboardHref, isFiltered, readDashboardFilter } from "./dashboard-filter";

describe("dashboard filter in the URL", () => {
  it("reads ?assigned=me&state=… and ignores anything else", () => {
    expect(readDashboardFilter({ assigned: "me", state: "sent_back" })).toEqual({ isAssignedToMe: true, state: "sent_back" });
    expect(readDashboardFilter({ assigned: "you", state: "published" })).toEqual({ isAssignedToMe: false, state: null });
    expect(readDashboardFilter({ state: ["in_review", "signed_off"] })).toEqual({ isAssignedToMe: false, state: null });
  });

  it("writes the same parameters back, and a bare / when nothing is filtered", () => {
    expect(dashboardHref({ isAssignedToMe: true, state: "in_review" })).toBe("/?assigned=me&state=in_review");
    expect(dashboardHref({ isAssignedToMe: false, state: null })).toBe("/");
    expect(isFiltered({ isAssignedToMe: false, state: null })).toBe(false);
    expect(isFiltered({ isAssignedToMe: false, state: "signed_off" })).toBe(true);
  });
});
