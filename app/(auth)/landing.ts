/**
 * Where a sign-in lands when nothing asked for another page: the sign-in form, a signed-in visit
 * to /sign-in or /sign-up, and a sign-up confirmed in the browser that made it.
 */
export const SIGNED_IN_LANDING = "/";
