import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { getActor } from "@/lib/auth/get-actor";
import { safeRedirectPath } from "@/lib/domain/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never redirect a user to another site after sign-in.
  const target = safeRedirectPath(callbackUrl);
  if (await getActor()) redirect(target);
  return (
    <div className="mx-auto mt-16 max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 font-serif text-2xl font-bold">Sign in</h1>
      <LoginForm callbackUrl={target} />
    </div>
  );
}
