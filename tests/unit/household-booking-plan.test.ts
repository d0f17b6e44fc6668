import { describe, expect, test } from "vitest";
import { createTranslator } from "next-intl";
import type { Words } from "@/lib/book/offer-words";
import en from "@/messages/en.json";
import {
  bookedOrderOf,
  type Person,
  type PlanSession,
  planCheckouts,
  type Selection,
  spacesProblem,
  stepLabel,
  personProblemText,
  ticketsFor,
} from "@/lib/group-booking/plan";

// lib's words come from the catalogue: the English one here, so the sentences are checked as customers read them.
const t = createTranslator({ locale: "en", messages: en as never }) as unknown as Words;

const me: Person = {
  key: "me",
  iminCustomerId: "cust-ada",
  givenName: "Ada",
  familyName: "Okafor",
  birthDate: "1985-04-02",
  isHolder: true,
};
const sam: Person = {
  key: "m-sam",
  iminCustomerId: "cust-sam",
  givenName: "Sam",
  familyName: "Okafor",
  birthDate: "2017-08-30",
  isHolder: false,
};
const jamie: Person = {
  key: "m-jamie",
  iminCustomerId: "cust-jamie",
  givenName: "Jamie",
  familyName: "Okafor",
  birthDate: "2015-01-20",
  isHolder: false,
};
const gran: Person = {
  key: "m-gran",
  iminCustomerId: "cust-gran",
  givenName: "Grace",
  familyName: "Okafor",
  birthDate: null,
  isHolder: false,
};

const swim: PlanSession = {
  startDate: "2026-06-12T10:00:00Z",
  sellerId: "seller-1",
  sellerName: "Northern Active",
  offers: [
    { id: "offer-adult", name: "Adult", price: 6, currency: "GBP", ageMin: 16, membershipRequired: false },
    { id: "offer-junior", name: "Junior", price: 3, currency: "GBP", ageMax: 15, membershipRequired: false },
    { id: "offer-family", name: "Family saver", price: 2.5, currency: "GBP", membershipRequired: true },
  ],
};

describe("ticketsFor", () => {
  test("a child gets the junior ticket only, with their age on the day", () => {
    const option = ticketsFor(sam, swim, { linkedSellerIds: [] });
    expect(option.age).toBe(8);
    expect(option.suitable && option.tickets.map((t) => t.offerName)).toEqual(["Junior"]);
    expect(option.suitable && option.defaultOfferId).toBe("offer-junior");
  });

  test("age counts on the session's UK day (a 00:30 BST start is the next calendar day in London)", () => {
    const teen: Person = { ...sam, birthDate: "2010-06-20" };
    const late = { ...swim, startDate: "2026-06-19T23:30:00Z" };
    const option = ticketsFor(teen, late, { linkedSellerIds: [] });
    expect(option.age).toBe(16);
    expect(option.suitable && option.tickets.map((t) => t.offerName)).toEqual(["Adult"]);
  });

  test("the cheapest suitable ticket is the default: a linked holder gets the members' ticket and the entitlement price", () => {
    const withEntitlement: PlanSession = {
      ...swim,
      offers: swim.offers.map((o) => (o.name === "Adult" ? { ...o, entitlement: { id: "offer-adult/entitlement-price", price: 4.2 } } : o)),
    };
    const option = ticketsFor(me, withEntitlement, { linkedSellerIds: ["seller-1"] });
    expect(option.suitable && option.tickets.map((t) => [t.offerName, t.price, t.entitlement])).toEqual([
      ["Family saver", 2.5, false],
      ["Adult", 4.2, true],
    ]);
    expect(option.suitable && option.defaultOfferId).toBe("offer-family");
    // A member never gets the holder's entitlement price or membership.
    const child = ticketsFor({ ...sam, birthDate: "1990-01-01" }, withEntitlement, { linkedSellerIds: ["seller-1"] });
    expect(child.suitable && child.tickets.map((t) => [t.offerId, t.price])).toEqual([["offer-adult", 6]]);
  });

  test("no ticket for the age: unsuitable, with a reason naming the person, their age and the ranges", () => {
    const adultsOnly: PlanSession = { ...swim, offers: [swim.offers[0]!] };
    const option = ticketsFor(sam, adultsOnly, {});
    expect(option.suitable).toBe(false);
    expect(!option.suitable && personProblemText(t, option)).toBe("No ticket for Sam's age (8 on the day): Adult: ages 16 and over.");
  });

  test("members only for a member: the reason says a membership is the holder's own", () => {
    const membersOnly: PlanSession = { ...swim, offers: [swim.offers[2]!] };
    const option = ticketsFor(gran, membersOnly, { linkedSellerIds: ["seller-1"] });
    expect(!option.suitable && personProblemText(t, option)).toMatch(/Members only: .*Grace has no linked Northern Active account/);
    const holder = ticketsFor(me, membersOnly, { linkedSellerIds: [] });
    expect(!holder.suitable && personProblemText(t, holder)).toBe("Members only: link your Northern Active account first.");
  });

  test("an unknown birth date allows every age range (the organiser checks at the door)", () => {
    const option = ticketsFor(gran, swim, { linkedSellerIds: [] });
    expect(option.age).toBeUndefined();
    expect(option.suitable && option.tickets.map((t) => t.offerName)).toEqual(["Junior", "Adult"]);
  });

  test("someone already booked on the session is not offered another place", () => {
    const option = ticketsFor(sam, swim, {}, new Set(["cust-sam"]));
    expect(!option.suitable && personProblemText(t, option)).toBe("Sam already has a place on this session.");
  });
});

describe("planCheckouts", () => {
  const pick = (person: Person, offerName: string): Selection => {
    const option = ticketsFor(person, swim, { linkedSellerIds: [] });
    if (!option.suitable) throw new Error(personProblemText(t, option));
    return { person, ticket: option.tickets.find((t) => t.offerName === offerName)! };
  };

  test("1 adult + 2 juniors: two checkouts, explained", () => {
    const steps = planCheckouts([pick(me, "Adult"), pick(sam, "Junior"), pick(jamie, "Junior")]);
    expect(steps.map((s) => [s.offerId, s.attendees.map((a) => a.iminCustomerId)])).toEqual([
      ["offer-adult", ["cust-ada"]],
      ["offer-junior", ["cust-sam", "cust-jamie"]],
    ]);
    expect(steps.map((s, i) => stepLabel(s, i, steps.length, t))).toEqual([
      "1 of 2: Adult ticket for you",
      "2 of 2: Junior tickets for Sam and Jamie",
    ]);
  });

  test("everyone on one ticket: one group checkout, no count", () => {
    const steps = planCheckouts([pick(me, "Adult"), pick(gran, "Adult")]);
    expect(steps).toHaveLength(1);
    expect(stepLabel(steps[0]!, 0, 1, t)).toBe("Adult tickets for you and Grace");
  });

  test("a person listed twice is booked once", () => {
    const steps = planCheckouts([pick(sam, "Junior"), pick(sam, "Junior"), pick(jamie, "Junior")]);
    expect(steps[0]!.attendees.map((a) => a.key)).toEqual(["m-sam", "m-jamie"]);
  });
});

describe("spaces and progress", () => {
  test("spaces left are checked against the group size", () => {
    expect(spacesProblem(3, 3, t)).toBeUndefined();
    expect(spacesProblem(undefined, 3, t)).toBeUndefined();
    expect(spacesProblem(2, 3, t)).toBe("Only 2 spaces are left, for 3 people: choose fewer people or another session.");
    expect(spacesProblem(1, 2, t)).toMatch(/^Only 1 space is left/);
    expect(spacesProblem(0, 1, t)).toBe("This session is full.");
  });

  test("a step is booked only when every attendee holds a place", () => {
    const step = {
      attendees: [
        { key: "m-sam", iminCustomerId: "cust-sam", givenName: "Sam", isHolder: false },
        { key: "m-jamie", iminCustomerId: "cust-jamie", givenName: "Jamie", isHolder: false },
      ],
    };
    expect(bookedOrderOf(step, new Map([["cust-sam", "ord-1"]]))).toBeUndefined();
    expect(
      bookedOrderOf(
        step,
        new Map([
          ["cust-sam", "ord-1"],
          ["cust-jamie", "ord-1"],
        ]),
      ),
    ).toBe("ord-1");
  });
});
