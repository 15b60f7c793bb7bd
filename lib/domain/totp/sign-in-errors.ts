// The error strings authorize() throws for the second step of sign-in. next-auth
// v4 hands a thrown error's message to signIn({ redirect: false }) as
// result.error, so the login form can tell these apart from a wrong password
// (which stays the one generic "CredentialsSignin").
export const SIGN_IN_CODE_REQUIRED = "TwoFactorCodeRequired";
export const SIGN_IN_CODE_WRONG = "TwoFactorCodeWrong";
