"use client";

import { EmailLinkForm } from "../../_components/email-link-form";
import { forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  return (
    <EmailLinkForm
      action={forgotPasswordAction}
      formLabel="Reset your password"
      fieldLabel="Email"
      submitLabel="Email me a reset link"
      submitClassName="w-full"
    />
  );
}
