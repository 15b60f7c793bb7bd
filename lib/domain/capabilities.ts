// The one map of who may do what (product.md, "Roles"). Every use case asks `can(actor, capability)`.
export const ROLES = ["viewer", "editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

const EVERYONE: readonly Role[] = ROLES;
const CHECKERS: readonly Role[] = ["editor", "reviewer", "admin"];
const REVIEWERS: readonly Role[] = ["reviewer", "admin"];
const ADMINS: readonly Role[] = ["admin"];

export const CAPABILITIES = {
  "article:read": EVERYONE,
  "article:create": CHECKERS,
  "article:edit": CHECKERS,
  "claim:create": CHECKERS,
  "claim:edit": CHECKERS,
  "claim:set-verdict": CHECKERS,
  "claim:assign": CHECKERS,
  "claim:delete": CHECKERS,
  "source:create": CHECKERS,
  "source:link": CHECKERS,
  "comment:add": CHECKERS,
  "comment:resolve": CHECKERS,
  "review:request": CHECKERS,
  "article:sign-off": REVIEWERS,
  "article:send-back": REVIEWERS,
  "audit:read": EVERYONE,
  "audit:verify": ADMINS,
  // One's own sessions: list them, end one, end all the others.
  "session:manage-own": EVERYONE,
  // One's own inbox: read it, mark it read.
  "inbox:read": EVERYONE,
  "user:manage": ADMINS,
  "settings:manage": ADMINS,
  "token:manage": ADMINS,
  "webhook:manage": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export type Actor = {
  id: string;
  role: Role;
  name: string;
  email: string;
  /** Set when the request came with an API token instead of a session. */
  apiTokenName?: string;
  apiTokenId?: string;
  /** Set when the request came with a browser session: its UserSession id ("this device"). */
  sessionId?: string;
  /** The desk requires two-factor for this role and it is not on yet: no capability until it is. */
  mustEnrolTwoFactor?: boolean;
  /** Whether two-factor is on, when the request's session query already read it (saves the gate a read). */
  hasTwoFactor?: boolean;
};

/** Who acts when a command-line tool (user:create, seeding) changes data. */
export const SYSTEM_ACTOR: Actor = { id: "system", role: "admin", name: "System", email: "system" };

export function isSystemActor(actor: Actor): boolean {
  return actor.id === SYSTEM_ACTOR.id;
}

export function can(actor: Actor | null, capability: Capability): boolean {
  if (!actor || actor.mustEnrolTwoFactor) return false;
  return (CAPABILITIES[capability] as readonly Role[]).includes(actor.role);
}

export function describeActor(actor: Actor): string {
  return actor.apiTokenName ? `${actor.email} (API token ${actor.apiTokenName})` : actor.email;
}
