/** How long each mailed link works; the account flows issue their tokens with the same numbers. */
export const VERIFY_EMAIL_LINK_HOURS = 24;
export const RESET_PASSWORD_LINK_HOURS = 1;
export const CONFIRM_EMAIL_CHANGE_LINK_HOURS = 24;
