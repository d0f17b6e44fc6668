import "server-only";

export { getPublicSessionDetail } from "@/lib/book/public-reads";
