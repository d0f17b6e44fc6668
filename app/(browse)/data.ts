import "server-only";

export { listOpen, processWaiting } from "@/lib/notices";
