import { createElement, type ReactElement } from "react";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { MailBrand } from "../brand";
import type { MailT } from "../words";
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
  subject(brand: MailBrand, props: z.output<S>, t: MailT): string;
  body(brand: MailBrand, props: z.output<S>, t: MailT, locale: Locale): ReactElement;
}

function template<S extends z.ZodType>(t: MailTemplate<S>): MailTemplate<S> {
  return t;
}

/** Every kind of mail the portal sends; a new kind is one template file and one entry here. */
export const templates = {
  "verify-email": template({
    props: verifyEmailProps,
    subject: (brand, _props, t) => t("mail.verifyEmail.subject", { broker: brand.name }),
    body: (brand, props, t, locale) => createElement(VerifyEmail, { brand, t, locale, ...props }),
  }),
  "reset-password": template({
    props: resetPasswordProps,
    subject: (brand, _props, t) => t("mail.resetPassword.subject", { broker: brand.name }),
    body: (brand, props, t, locale) => createElement(ResetPassword, { brand, t, locale, ...props }),
  }),
  "confirm-email-change": template({
    props: confirmEmailChangeProps,
    subject: (brand, _props, t) => t("mail.confirmEmailChange.subject", { broker: brand.name }),
    body: (brand, props, t, locale) => createElement(ConfirmEmailChange, { brand, t, locale, ...props }),
  }),
  "email-changed": template({
    props: emailChangedProps,
    subject: (brand, _props, t) => t("mail.emailChanged.subject", { broker: brand.name }),
    body: (brand, props, t, locale) => createElement(EmailChanged, { brand, t, locale, ...props }),
  }),
  "sign-up-attempt": template({
    props: signUpAttemptProps,
    subject: (brand, _props, t) => t("mail.signUpAttempt.subject", { broker: brand.name }),
    body: (brand, props, t, locale) => createElement(SignUpAttempt, { brand, t, locale, ...props }),
  }),
  "booking-reminder": template({
    props: bookingReminderProps,
    subject: (brand, props, t) => t("mail.bookingReminder.subject", { title: props.title, when: props.when, broker: brand.name }),
    body: (brand, props, t, locale) => createElement(BookingReminder, { brand, t, locale, ...props }),
  }),
  "booking-cancelled": template({
    props: bookingCancelledProps,
    subject: (brand, props, t) => t("mail.bookingCancelled.subject", { title: props.title, when: props.when, broker: brand.name }),
    body: (brand, props, t, locale) => createElement(BookingCancelled, { brand, t, locale, ...props }),
  }),
  "account-notice": template({
    props: accountNoticeProps,
    subject: (brand, _props, t) => t("mail.accountNotice.subject", { broker: brand.name }),
    body: (brand, props, t, locale) => createElement(AccountNotice, { brand, t, locale, ...props }),
  }),
  "evidence-deadline": template({
    props: evidenceDeadlineProps,
    subject: (brand, props, t) =>
      t("mail.evidenceDeadline.subject", {
        deadline: props.deadline,
        entitlement: props.entitlement,
        seller: props.seller,
        broker: brand.name,
      }),
    body: (brand, props, t, locale) => createElement(EvidenceDeadline, { brand, t, locale, ...props }),
  }),
};

export type MailKind = keyof typeof templates;
export type MailProps<K extends MailKind> = z.input<(typeof templates)[K]["props"]>;
