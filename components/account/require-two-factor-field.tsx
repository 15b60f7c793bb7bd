// The desk setting's checkbox, kept beside the other two-factor components so
// the settings form only gains one line.
export function RequireTwoFactorField({ isChecked }: { isChecked: boolean }) {
  return (
    <div className="flex items-start gap-2">
      <input id="requireTwoFactorForReviewers" name="requireTwoFactorForReviewers" type="checkbox"
        defaultChecked={isChecked} key={`2fa-${isChecked}`} className="mt-1"
        aria-describedby="requireTwoFactorForReviewers-help" />
      <div>
        <label htmlFor="requireTwoFactorForReviewers" className="text-sm font-medium">
          Require two-factor sign-in for reviewers and admins
        </label>
        <p id="requireTwoFactorForReviewers-help" className="text-sm text-stone-600">
          Those who have not turned it on are sent to set it up after their password, and can do nothing else until
          they have. Changing this is recorded in the audit trail.
        </p>
      </div>
    </div>
  );
}
