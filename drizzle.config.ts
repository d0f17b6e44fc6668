import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./lib/db/schema.ts", "./lib/db/schema-notifications.ts"],
  out: "./lib/db/migrations",
});
