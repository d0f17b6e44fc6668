"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AccountError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Your account</h1>
      <Alert tone="error">We couldn't load your account just now. Please try again.</Alert>
      <Button onClick={retry}>Try again</Button>
    </div>
  );
}
