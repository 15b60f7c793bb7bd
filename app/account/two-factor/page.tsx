import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TotpQrCode } from "@/components/account/totp-qr-code";
import { TwoFactorDisableForm } from "@/components/account/two-factor-disable-form";
import { TwoFactorEnrolForm } from "@/components/account/two-factor-enrol-form";
import { getActor } from "@/lib/auth/get-actor";
import { formatDay } from "@/lib/format-date";
import { getTwoFactorStatus } from "@/lib/server/auth/two-factor/get-two-factor-status";
import { startTwoFactorEnrolment } from "@/lib/server/auth/two-factor/start-two-factor-enrolment";

export const metadata: Metadata = { title: "Two-factor sign-in" };

// Not requireActor(): that sends someone who must enrol here, and this page is
// where they enrol.
export default async function TwoFactorPage() {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent("/account/two-factor")}`);
  const status = await getTwoFactorStatus({ actor });
  if (status.isEnabled) {
    return (
      <section className="max-w-xl space-y-4">
        <h1 className="font-serif text-3xl font-bold">Two-factor sign-in</h1>
        <p>
          On since {status.enabledAt ? formatDay(status.enabledAt) : "—"}. {status.recoveryCodesLeft} of 10 recovery
          codes left.
        </p>
        {status.isRequired ? (
          <p className="text-sm text-stone-600">The desk requires two-factor sign-in for your role, so it stays on.</p>
        ) : (
          <TwoFactorDisableForm />
        )}
      </section>
    );
  }
  const enrolment = await startTwoFactorEnrolment({ actor });
  return (
    <section className="max-w-xl space-y-4">
      <h1 className="font-serif text-3xl font-bold">Two-factor sign-in</h1>
      {actor.mustEnrolTwoFactor && (
        <p role="alert" className="rounded bg-amber-50 px-3 py-2 text-amber-900">
          The desk requires two-factor sign-in for your role. Set it up to continue.
        </p>
      )}
      <p>Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator).</p>
      <TotpQrCode uri={enrolment.otpauthUri} />
      <p className="text-sm">
        Or type this setup key: <code aria-label="Setup key" className="font-mono">{enrolment.secret.match(/.{1,4}/g)?.join(" ")}</code>
      </p>
      <TwoFactorEnrolForm pendingSecret={enrolment.pendingSecret} />
    </section>
  );
}
