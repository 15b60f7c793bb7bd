import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { Actor } from "@/lib/domain/capabilities";
import { findSessionActor } from "@/lib/server/auth/find-session-actor";
import { authOptions } from "./auth-options";

type FactdeskSession = { uid?: string; sv?: number };

/** The signed-in user of this request, or null. One database read per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as FactdeskSession | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return findSessionActor({ userId: session.uid, sessionVersion: session.sv });
});
