export const INVALID_LINK_MESSAGE =
  "This link has expired, was already used, or a newer one was sent. Sign in to get a new link, or use the newest email.";
