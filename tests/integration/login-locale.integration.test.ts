import { describe, expect, test } from "vitest";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { loginLocale, saveLoginLocale } from "@/lib/i18n/store";
import { translatorFor } from "@/lib/i18n/translator";
import { backends, withTestDatabase } from "../support/database";
import { withTestEnv } from "../support/env";

// The customer's chosen language (docs/features/languages.md): stored on the login, read with the
// session's one query, and the language mail is written in.
withTestEnv({ BROKER_CONFIG: "brands/default.json" });

describe.each(backends)("the stored language ($name)", ({ name }) => {
  withTestDatabase(name);

  test("a new login has none (the broker's default); a choice is stored and comes with the session", async () => {
    const [user] = await (await getDb())
      .insert(users)
      .values({ email: `locale-${Date.now().toString(36)}@example.com`, passwordHash: "x", status: "active" })
      .returning();
    expect(await loginLocale(user!.id)).toBe("en");
    await saveLoginLocale(user!.id, "cy");
    expect(await loginLocale(user!.id)).toBe("cy");
    const { id } = await createSession(user!.id);
    expect((await resolveSession(id))?.user.locale).toBe("cy");
  });
});

describe("translators outside React", () => {
  test("give the recipient's language, English by default", async () => {
    const cy = await translatorFor("cy", "shell");
    const en = await translatorFor("en", "shell");
    expect(cy("footer.home", { broker: "Acme" })).toBe("Hafan Acme");
    expect(en("footer.home", { broker: "Acme" })).toBe("Acme home");
  });
});
