import "server-only";

export { isTokenUsable } from "@/lib/accounts/tokens";
