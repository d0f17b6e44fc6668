import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { unbookableKind } from "@/lib/book/eligibility";
import { ageRangeText, cancelPolicy, facilityText, iminErrorText, refusalText, type Words } from "@/lib/book/offer-words";
import { cancelOutcomeText } from "@/lib/bookings/cancel-words";
import { IminError } from "@/lib/imin/errors";
import { type Person, personProblemText, planCheckouts, spacesProblem, stepLabel, ticketsFor } from "@/lib/group-booking/plan";
import cy from "@/messages/cy.json";
import en from "@/messages/en.json";

// The session, slot and group-booking pages' words that lib decides (issue 28): worded by the page's
// catalogue, so a Welsh page gets them in Welsh and an English one exactly as before.

const words = (locale: "en" | "cy") => createTranslator({ locale, messages: (locale === "cy" ? cy : en) as never }) as unknown as Words;
const EN = words("en");
const CY = words("cy");

const holder: Person = {
  key: "me",
  iminCustomerId: "c-ada",
  givenName: "Ada",
  familyName: "Jones",
  birthDate: "1985-04-02",
  isHolder: true,
};
const sam: Person = {
  key: "m-sam",
  iminCustomerId: "c-sam",
  givenName: "Sam",
  familyName: "Jones",
  birthDate: "2018-01-10",
  isHolder: false,
};
const jamie: Person = { ...sam, key: "m-jamie", iminCustomerId: "c-jamie", givenName: "Jamie" };
const swim = {
  startDate: "2026-12-09T18:00:00Z",
  sellerId: "s1",
  sellerName: "Northern Active",
  offers: [
    { id: "o-adult", name: "Adult", price: 6.5, currency: "GBP", ageMin: 16, membershipRequired: false },
    { id: "o-child", name: "Plentyn", price: 3, currency: "GBP", ageMax: 15, membershipRequired: false },
  ],
};

describe("ages and refusals", () => {
  test("an age range in each language", () => {
    expect(ageRangeText(CY, 16)).toBe("Oed 16 a hŷn");
    expect(ageRangeText(CY, undefined, 15)).toBe("Oed 15 ac iau");
    expect(ageRangeText(CY, 5, 10)).toBe("Oed 5–10");
    expect(ageRangeText(CY)).toBe("Pob oed");
    expect(ageRangeText(EN, 5, 10)).toBe("Ages 5–10");
  });

  test("why a ticket can't be booked, the session's own reason for a closed one", () => {
    expect(refusalText(CY, { code: "age", ageMax: 15, age: 38 }, "offline")).toBe(
      "Oed 15 ac iau yn unig; byddwch chi’n 38 oed ar y diwrnod.",
    );
    expect(refusalText(EN, { code: "membersOnly", sellerName: "Riverside" }, "offline")).toBe(
      "Members only: link your Riverside account first.",
    );
    expect(refusalText(EN, { code: "membersOnly" }, "offline")).toBe("Members only: link your organiser account first.");
    expect(refusalText(CY, { code: "closed" }, "full")).toBe("Llawn");
    expect(refusalText(EN, { code: "closed" }, "started")).toBe("Already started");
  });

  test("a session's state decides the reason: cancelled, started, full, else not online", () => {
    const now = Date.parse("2026-12-07T12:00:00Z");
    expect(unbookableKind({ startDate: "2026-12-09T18:00:00Z", eventStatus: "https://schema.org/EventCancelled" }, now)).toBe("cancelled");
    expect(unbookableKind({ startDate: "2026-12-07T11:00:00Z", remaining: 0 }, now)).toBe("started");
    expect(unbookableKind({ startDate: "2026-12-09T18:00:00Z", remaining: 0 }, now)).toBe("full");
    expect(unbookableKind({ startDate: "2026-12-09T18:00:00Z", remaining: 3 }, now)).toBe("offline");
  });

  test("the cancellation policy, its window worded by the bookings' plural", () => {
    expect(cancelPolicy(EN, undefined)).toBe("Online cancellation is not offered");
    expect(cancelPolicy(EN, 0)).toBe("Cancel online for a full refund until the start");
    expect(cancelPolicy(EN, 1440)).toBe("Cancel online for a full refund up to 1 day before the start");
    expect(cancelPolicy(CY, 120)).toBe("Gallwch ganslo ar-lein am ad-daliad llawn hyd at 2 awr cyn y dechrau");
    expect(cancelPolicy(CY, undefined)).toBe("Nid oes modd canslo ar-lein");
  });
});

describe("imin's failures", () => {
  test("in English, exactly lib/imin/errors.ts's words for every kind", () => {
    const kinds = ["unauthorized", "not_found", "refused", "conflict", "too_large", "unavailable", "timeout", "invalid_response"] as const;
    for (const kind of kinds) {
      const error = new IminError({ kind });
      expect(iminErrorText(EN, error)).toBe(error.customerMessage);
      expect(iminErrorText(CY, error)).not.toBe(error.customerMessage);
    }
  });

  test("worded by kind in the page's language, a refusal imin explained in imin's words", () => {
    const unavailable = {
      kind: "unavailable",
      customerMessage: "The booking service is not available right now. Please try again in a few minutes.",
    };
    expect(iminErrorText(EN, unavailable)).toBe(unavailable.customerMessage);
    expect(iminErrorText(CY, unavailable)).toBe(
      "Nid yw’r gwasanaeth archebu ar gael ar hyn o bryd. Rhowch gynnig arall arni mewn ychydig funudau.",
    );
    expect(iminErrorText(CY, { kind: "not_found", customerMessage: "We couldn't find that. It may have been removed." })).toBe(
      "Nid oedd modd i ni ddod o hyd i hynny. Efallai ei fod wedi’i dynnu.",
    );
    const refused = { kind: "refused", description: "Bookings close 2 hours before.", customerMessage: "Bookings close 2 hours before." };
    expect(iminErrorText(CY, refused)).toBe("Bookings close 2 hours before.");
  });
});

describe("booking for several people", () => {
  test("the steps in Welsh: tickets, names joined by the language's list, counts", () => {
    const pick = (p: Person, name: string) => {
      const option = ticketsFor(p, swim, {});
      if (!option.suitable) throw new Error(personProblemText(EN, option));
      return { person: p, ticket: option.tickets.find((t) => t.offerName === name)! };
    };
    const steps = planCheckouts([pick(holder, "Adult"), pick(sam, "Plentyn"), pick(jamie, "Plentyn")]);
    expect(steps.map((s, i) => stepLabel(s, i, steps.length, CY))).toEqual([
      "1 o 2: Tocyn Adult i chi",
      "2 o 2: Tocynnau Plentyn i Sam a Jamie",
    ]);
    expect(stepLabel(steps[1]!, 1, 2, EN)).toBe("2 of 2: Plentyn tickets for Sam and Jamie");
    // "ac" before a vowel.
    const withAnn = planCheckouts([pick(sam, "Plentyn"), pick({ ...jamie, givenName: "Ann" }, "Plentyn")]);
    expect(stepLabel(withAnn[0]!, 0, 1, CY)).toBe("Tocynnau Plentyn i Sam ac Ann");
  });

  test("why no ticket fits, in each language", () => {
    const adultsOnly = { ...swim, offers: [swim.offers[0]!] };
    const child = ticketsFor(sam, adultsOnly, {});
    if (child.suitable) throw new Error("expected no ticket");
    expect(personProblemText(EN, child)).toBe("No ticket for Sam's age (8 on the day): Adult: ages 16 and over.");
    expect(personProblemText(CY, child)).toBe("Dim tocyn ar gyfer oed Sam (8 oed ar y diwrnod): Adult: oed 16 a hŷn.");
    const booked = ticketsFor(holder, swim, {}, new Set(["c-ada"]));
    if (booked.suitable) throw new Error("expected no ticket");
    expect(personProblemText(EN, booked)).toBe("You already have a place on this session.");
    expect(personProblemText(CY, booked)).toBe("Mae gennych chi le ar y sesiwn hon yn barod.");
  });

  test("too few spaces, with Welsh's plural forms", () => {
    expect(spacesProblem(2, 3, EN)).toBe("Only 2 spaces are left, for 3 people: choose fewer people or another session.");
    expect(spacesProblem(2, 3, CY)).toBe("Dim ond 2 le sydd ar ôl, i 3 o bobl: dewiswch lai o bobl neu sesiwn arall.");
    expect(spacesProblem(3, 4, CY)).toBe("Dim ond 3 lle sydd ar ôl, i 4 o bobl: dewiswch lai o bobl neu sesiwn arall.");
    expect(spacesProblem(0, 1, CY)).toBe("Mae’r sesiwn hon yn llawn.");
  });
});

describe("names imin leaves out, and a cancellation's outcome", () => {
  test("a nameless facility and venue in the page's language; imin's names as sent", () => {
    expect(facilityText(CY, {})).toBe("Cyfleuster");
    expect(facilityText(EN, {})).toBe("Facility");
    expect(facilityText(CY, { facilityName: "Badminton Courts" })).toBe("Badminton Courts");
    for (const key of ["book.search.venueToBeConfirmed", "book.courts.venueToBeConfirmed"]) {
      expect(CY(key)).toBe("Lleoliad i’w gadarnhau");
      expect(EN(key)).toBe("Venue to be confirmed");
    }
    expect(CY("book.courts.grid.facility")).toBe("Cyfleuster");
  });

  test("the share image's words in each language", () => {
    expect(CY("session.share.alt")).toBe("Enw’r sesiwn, y dyddiad a’r amser, y lleoliad a’r pris");
    expect(EN("session.share.alt")).toBe("The session's name, date and time, venue and price");
    expect(CY("slot.share.alt")).toBe("Y cwrt neu’r cyfleuster, y dyddiad a’r amser, y lleoliad a’r pris");
    expect(EN("slot.share.alt")).toBe("The court or facility, date and time, venue and price");
  });

  test("a refusal without imin's words, a failure: the catalogue's; imin's own refusal as sent", () => {
    const english = "This booking can no longer be cancelled.";
    expect(cancelOutcomeText(CY, { status: "refused", message: english })).toBe("Does dim modd canslo’r archeb hon bellach.");
    expect(cancelOutcomeText(EN, { status: "refused", message: english })).toBe(english);
    const imin = "Cancellations close 24 hours before the start.";
    expect(cancelOutcomeText(CY, { status: "refused", message: imin, imin })).toBe(imin);
    expect(cancelOutcomeText(CY, { status: "failed", message: "imin did not answer in time." })).toBe(
      "Doedd dim modd canslo’r archeb ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.",
    );
    expect(cancelOutcomeText(EN, { status: "cancelled", itemId: "i" })).toMatch(/^Booking cancelled\./);
    expect(cancelOutcomeText(CY, { status: "not-found" })).toMatch(/^Doedd dim modd dod o hyd/);
    // The group booking's outcome around it, as its action says it.
    expect(CY("groupBooking.actions.notCancelled", { reason: cancelOutcomeText(CY, { status: "refused", message: english }) })).toBe(
      "Nid oedd modd canslo pob lle: Does dim modd canslo’r archeb hon bellach.",
    );
  });
});
