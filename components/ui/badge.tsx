import type { ReactNode } from "react";
import { cn } from "./cn";

type Tone = "neutral" | "success" | "warning" | "danger" | "info" | "brand";

const tones: Record<Tone, string> = {
  neutral: "bg-gray-100 text-gray-900 ring-gray-300",
  success: "bg-green-100 text-green-900 ring-green-300",
  warning: "bg-amber-100 text-amber-950 ring-amber-300",
  danger: "bg-red-100 text-red-900 ring-red-300",
  info: "bg-sky-100 text-sky-900 ring-sky-300",
  brand: "bg-accent text-on-accent ring-transparent",
};

export function Badge({ tone = "neutral", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return <span className={cn("badge", tones[tone], className)}>{children}</span>;
}
