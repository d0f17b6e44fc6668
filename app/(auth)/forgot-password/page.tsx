import type { Metadata } from "next";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { SignInPrompt } from "../_components/sign-in-prompt";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Forgot your password?</h1>
        <p className="mt-1 text-sm text-gray-700">
          Enter the email address you sign in with and we'll send you a link to choose a new password.
        </p>
      </div>
      <ForgotPasswordForm />
      <SignInPrompt question="Remembered it?" />
    </div>
  );
}
