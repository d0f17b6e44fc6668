"use client";

import { EmailLinkForm } from "../../_components/email-link-form";
import { resendVerificationAction } from "../actions";

export function ResendForm({ email }: { email?: string }) {
  return (
    <EmailLinkForm
      action={resendVerificationAction}
      formLabel="Send the confirmation link again"
      fieldLabel="Your email address"
      submitLabel="Send the link again"
      submitVariant="secondary"
      defaultEmail={email}
    />
  );
}
