"use client";

import { Alert } from "@/components/ui/alert";

/** A console page that failed to load. */
export default function StaffError() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Not available</h1>
      <Alert tone="error">Something went wrong loading this page. Please try again.</Alert>
    </div>
  );
}
