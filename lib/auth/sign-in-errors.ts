// What the sign-in endpoint reports when it could not check the password at all
// (next-auth passes a thrown error's message to the client as `error`). Shared by
// the server (auth-options.ts) and the form, which must not say "wrong password"
// then.
export const SIGN_IN_UNAVAILABLE = "ServiceUnavailable";
export const SIGN_IN_UNAVAILABLE_MESSAGE = "The service is unavailable; try again in a moment.";
