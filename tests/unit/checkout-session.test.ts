import { describe, expect, test } from "vitest";
import { BACK_TO_BROKER_LINK, BACK_TO_PROFILE_LINK, buildCheckoutSession } from "@/lib/imin/checkout";
import { checkoutSessionRequest, normalizeKeywords } from "@/sandbox/checkout/request";
import { createTranslator } from "next-intl";
import { offerEligibility } from "@/lib/book/eligibility";
import { ageRangeText, refusalText, type Words } from "@/lib/book/offer-words";
import en from "@/messages/en.json";
import { ageOn } from "@/lib/time/venue-time";

const input = {
  customerUrl: "https://book.imin.co/api/v2/customer-accounts/MAlnTNiZut",
  broker: { name: "Acme Fitness", url: "https://acme.example" },
  opportunity: { type: "ScheduledSession", identifier: "https://feed.example/scheduled-sessions/1741" },
  offerId: "https://feed.example/offers/adult",
  backToBrokerUrl: "https://portal.example/book/1741",
  backToProfileUrl: "https://portal.example/bookings",
};

describe("buildCheckoutSession", () => {
  test("builds the documented imin:CheckoutSession for one attendee", () => {
    const body = buildCheckoutSession(input);
    expect(body).toEqual({
      "@context": ["https://openactive.io/", "https://imin.co/"],
      type: "imin:CheckoutSession",
      "imin:initialOrder": {
        type: "OrderQuote",
        customer: input.customerUrl,
        broker: { type: "Organization", name: "Acme Fitness", url: "https://acme.example" },
        orderedItem: [
          {
            type: "OrderItem",
            acceptedOffer: input.offerId,
            orderedItem: { type: "ScheduledSession", identifier: input.opportunity.identifier },
          },
        ],
      },
      "imin:navigationLinks": [
        { type: "WebPage", name: "Back to Broker", "imin:linkType": BACK_TO_BROKER_LINK, url: input.backToBrokerUrl },
        { type: "WebPage", name: "Back to Broker User Profile", "imin:linkType": BACK_TO_PROFILE_LINK, url: input.backToProfileUrl },
      ],
    });
    expect(body["imin:initialOrder"].orderedItem[0]).not.toHaveProperty("attendee");
  });

  test("an entitlement price is booked by naming activeEntitlement.id as the accepted offer", () => {
    const body = buildCheckoutSession({ ...input, offerId: "https://imin.co/ns/offers/123456abc" });
    expect(body["imin:initialOrder"].orderedItem[0]!.acceptedOffer).toBe("https://imin.co/ns/offers/123456abc");
  });

  test("is what the sandbox (and so the contract) accepts", () => {
    expect(checkoutSessionRequest.safeParse(normalizeKeywords(buildCheckoutSession(input))).success).toBe(true);
  });

  test.each([
    ["broker.url", { broker: { name: "Acme", url: "acme.example" } }],
    ["backToBrokerUrl", { backToBrokerUrl: "/book/1" }],
    ["backToProfileUrl", { backToProfileUrl: "javascript:alert(1)" }],
  ])("refuses a non-absolute %s", (name, override) => {
    expect(() => buildCheckoutSession({ ...input, ...override })).toThrow(name);
  });
});

// The refusals' words come from the catalogue (English here).
const t = createTranslator({ locale: "en", messages: en as never }) as unknown as Words;

describe("offer eligibility", () => {
  const session = { bookable: true, startDate: "2026-06-10T09:00:00Z", sellerId: "s1", sellerName: "Riverside" };
  const adult = { id: "o-adult", name: "Adult", membershipRequired: false, ageMin: 18 };
  const junior = { id: "o-junior", name: "Junior", membershipRequired: false, ageMax: 15 };

  test("an adult can book the adult ticket, not the junior-only one", () => {
    const customer = { birthDate: "1988-04-17", linkedSellerIds: [] };
    expect(offerEligibility(adult, session, customer)).toEqual({ ok: true, offerId: "o-adult", entitlement: false });
    const junior15 = offerEligibility(junior, session, customer);
    expect(junior15).toMatchObject({ ok: false });
    expect(!junior15.ok && refusalText(t, junior15.refusal, "offline")).toBe("Ages 15 and under only; you will be 38 on the day.");
  });

  test("an unknown birth date does not block (the organiser checks at the door)", () => {
    expect(offerEligibility(junior, session, {}).ok).toBe(true);
  });

  test("members-only offers need a linked account with the organiser", () => {
    const member = { id: "o-m", name: "Member", membershipRequired: true };
    expect(offerEligibility(member, session, { linkedSellerIds: [] })).toMatchObject({ ok: false, linkSellers: true });
    expect(offerEligibility(member, session, { linkedSellerIds: ["s1"] }).ok).toBe(true);
    // Accounts unknown (imin unreachable): let checkout decide.
    expect(offerEligibility(member, session, {}).ok).toBe(true);
  });

  test("the entitlement offer id is used when there is one", () => {
    const withEnt = { ...adult, entitlement: { id: "o-adult/entitlement-price" } };
    expect(offerEligibility(withEnt, session, {})).toEqual({ ok: true, offerId: "o-adult/entitlement-price", entitlement: true });
  });

  test("unbookable sessions and offers without ids say why", () => {
    const closed = offerEligibility(adult, { ...session, bookable: false }, {});
    expect(closed).toEqual({ ok: false, refusal: { code: "closed" } });
    expect(!closed.ok && refusalText(t, closed.refusal, "full")).toBe("Full");
    expect(offerEligibility({ ...adult, id: undefined }, session, {})).toMatchObject({ ok: false });
  });

  test("ages and ranges", () => {
    expect(ageOn("2010-06-10", "2026-06-10T09:00:00Z")).toBe(16);
    expect(ageOn("2010-06-11", "2026-06-10T09:00:00Z")).toBe(15);
    expect(ageRangeText(t, 14, 15)).toBe("Ages 14–15");
    expect(ageRangeText(t, 50)).toBe("Ages 50 and over");
    expect(ageRangeText(t, undefined, 12)).toBe("Ages 12 and under");
    expect(ageRangeText(t, 8, 8)).toBe("Age 8");
    expect(ageRangeText(t)).toBe("All ages");
  });
});
