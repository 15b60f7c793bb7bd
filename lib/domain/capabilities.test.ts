import { describe, expect, it } from "vitest";
import { can, type Actor, type Role } from "./capabilities";

const actor = (role: Role): Actor => ({ id: "u", role, name: role, email: `${role}@x` });

describe("can", () => {
  it("refuses everything to an anonymous caller", () => {
    expect(can(null, "article:read")).toBe(false);
  });
  it("lets a viewer read but not change", () => {
    expect(can(actor("viewer"), "article:read")).toBe(true);
    expect(can(actor("viewer"), "claim:set-verdict")).toBe(false);
  });
  it("keeps sign-off to reviewers and admins", () => {
    expect(can(actor("editor"), "article:sign-off")).toBe(false);
    expect(can(actor("reviewer"), "article:sign-off")).toBe(true);
  });
  it("keeps user management to admins", () => {
    expect(can(actor("reviewer"), "user:manage")).toBe(false);
    expect(can(actor("admin"), "user:manage")).toBe(true);
  });
});
