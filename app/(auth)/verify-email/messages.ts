export const INVALID_LINK_MESSAGE =
  "This link has expired, was already used, or a newer one was sent. Sign in to get a new link, or use the newest email.";

export const PASSWORD_LABEL = "Enter the password you chose when you signed up";

export const WRONG_PASSWORD_MESSAGE =
  "That is not the password you chose when you first signed up, so your address is not confirmed yet. If you cannot remember it, choose a new one with “Forgot your password?” on the sign-in page: that confirms your address too.";

export const NOT_THIS_BROWSER_MESSAGE =
  "We couldn't confirm this browser any more (it may have been a while). Reload the page to confirm with your password instead.";
