import type { Role } from "@/lib/domain/capabilities";

// The roles the desk setting "require two-factor sign-in" applies to: the ones
// that sign articles off, manage users or change desk settings.
const COVERED_ROLES: readonly Role[] = ["reviewer", "admin"];

export function isTwoFactorRequiredFor(role: Role, settings: { requireTwoFactorForReviewers: boolean }): boolean {
  return settings.requireTwoFactorForReviewers && COVERED_ROLES.includes(role);
}
