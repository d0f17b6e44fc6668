"use server";

import { validatedAction } from "@/lib/actions/authed-action";
import { checkCredentials } from "@/lib/auth/credentials";
import { signUp } from "@/lib/auth/sign-up";
import { signUpSchema } from "../schemas";
import { PENDING_MESSAGE, startSession } from "../start-session";

export const signUpAction = validatedAction(signUpSchema, async (data) => {
  const result = await signUp({
    details: {
      email: data.email,
      givenName: data.givenName,
      familyName: data.familyName,
      telephone: data.telephone,
      birthDate: data.birthDate,
      is13OrOver: data.is13OrOver,
    },
    password: data.password,
    existingUserWithPassword: checkCredentials,
  });
  switch (result.status) {
    case "email_taken":
      return {
        status: "error",
        message: "Please check the highlighted fields.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead, or use another email."] },
      };
    case "refused":
      return {
        status: "error",
        message: result.error.description
          ? `Our booking service couldn't accept these details: ${result.error.description}`
          : result.error.customerMessage,
      };
    case "pending":
      return { status: "error", message: PENDING_MESSAGE };
    case "created":
      if (!(await startSession(data.email, data.password, "/account?welcome=1"))) {
        return { status: "error", message: "Your account is ready. Please sign in." };
      }
  }
});
