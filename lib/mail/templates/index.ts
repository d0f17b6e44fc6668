import { createElement, type ReactElement } from "react";
import type { z } from "zod";
import type { MailBrand } from "../brand";
import { AccountNotice, accountNoticeProps } from "./account-notice";
import { BookingCancelled, bookingCancelledProps } from "./booking-cancelled";
import { BookingReminder, bookingReminderProps } from "./booking-reminder";
import { ConfirmEmailChange, confirmEmailChangeProps } from "./confirm-email-change";
import { EmailChanged, emailChangedProps } from "./email-changed";
import { EvidenceDeadline, evidenceDeadlineProps } from "./evidence-deadline";
import { ResetPassword, resetPasswordProps } from "./reset-password";
import { SignUpAttempt, signUpAttemptProps } from "./sign-up-attempt";
import { VerifyEmail, verifyEmailProps } from "./verify-email";

interface MailTemplate<S extends z.ZodType> {
  props: S;
  subject(brand: MailBrand, props: z.output<S>): string;
  body(brand: MailBrand, props: z.output<S>): ReactElement;
}

function template<S extends z.ZodType>(t: MailTemplate<S>): MailTemplate<S> {
  return t;
}

/** Every kind of mail the portal sends; a new kind is one template file and one entry here. */
export const templates = {
  "verify-email": template({
    props: verifyEmailProps,
    subject: (brand) => `Confirm your email address for ${brand.name}`,
    body: (brand, props) => createElement(VerifyEmail, { brand, ...props }),
  }),
  "reset-password": template({
    props: resetPasswordProps,
    subject: (brand) => `Reset your ${brand.name} password`,
    body: (brand, props) => createElement(ResetPassword, { brand, ...props }),
  }),
  "confirm-email-change": template({
    props: confirmEmailChangeProps,
    subject: (brand) => `Confirm your new email address for ${brand.name}`,
    body: (brand, props) => createElement(ConfirmEmailChange, { brand, ...props }),
  }),
  "email-changed": template({
    props: emailChangedProps,
    subject: (brand) => `Your ${brand.name} email address was changed`,
    body: (brand, props) => createElement(EmailChanged, { brand, ...props }),
  }),
  "sign-up-attempt": template({
    props: signUpAttemptProps,
    subject: (brand) => `Someone tried to sign up to ${brand.name} with your email`,
    body: (brand, props) => createElement(SignUpAttempt, { brand, ...props }),
  }),
  "booking-reminder": template({
    props: bookingReminderProps,
    subject: (brand, props) => `Reminder: ${props.title}, ${props.when} (${brand.name})`,
    body: (brand, props) => createElement(BookingReminder, { brand, ...props }),
  }),
  "booking-cancelled": template({
    props: bookingCancelledProps,
    subject: (brand, props) => `Cancelled by the organiser: ${props.title}, ${props.when} (${brand.name})`,
    body: (brand, props) => createElement(BookingCancelled, { brand, ...props }),
  }),
  "account-notice": template({
    props: accountNoticeProps,
    subject: (brand) => `A change to your account at one of your ${brand.name} sellers`,
    body: (brand, props) => createElement(AccountNotice, { brand, ...props }),
  }),
  "evidence-deadline": template({
    props: evidenceDeadlineProps,
    subject: (brand, props) => `Evidence due by ${props.deadline}: ${props.entitlement} at ${props.seller} (${brand.name})`,
    body: (brand, props) => createElement(EvidenceDeadline, { brand, ...props }),
  }),
};

export type MailKind = keyof typeof templates;
export type MailProps<K extends MailKind> = z.input<(typeof templates)[K]["props"]>;
