import { useTranslations } from "next-intl";
import type { OfflinePass } from "@/lib/pwa/offline-pack-types";
import { CodeFigure } from "./code-figure";

/*
 * The codes as the desk sees them: black on white with quiet zones at full width, so a scanner
 * reads them at any screen brightness, and the text in large type for staff who key it in. The SVG
 * markup comes from lib/codes (bars and modules only, drawn by the server from a validated value).
 * The access pass also shows inline, beside its number, on the sellers page.
 */

const PASS_LAYOUTS = {
  inline: {
    imageClassName: "w-72 max-w-full rounded border border-gray-300 bg-white p-1 [&>svg]:block [&>svg]:h-auto [&>svg]:w-full",
    testId: "access-pass",
  },
  desk: { imageClassName: "mx-auto w-full max-w-xl bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full", testId: "desk-pass" },
};

export function PassCode({
  sellerName,
  number,
  barcodeSvg,
  layout = "desk",
}: {
  sellerName: string;
  number: string;
  barcodeSvg: string | null;
  layout?: keyof typeof PASS_LAYOUTS;
}) {
  const { imageClassName, testId } = PASS_LAYOUTS[layout];
  const t = useTranslations("pass.desk");
  return (
    <CodeFigure
      layout={layout}
      svg={barcodeSvg}
      imageLabel={t("passImage", { seller: sellerName, number })}
      imageClassName={imageClassName}
      caption={t("cardNumber")}
      text={number}
      testId={testId}
      textTestId={`${testId}-number`}
    />
  );
}

/** One saved access pass in a list: the seller's name over the desk barcode (/pass and /offline without imin). */
export function SavedPassItem({ pass }: { pass: OfflinePass }) {
  return (
    <li className="rounded-lg border border-gray-300 bg-white p-4 text-black">
      <h3 className="mb-3 font-semibold">{pass.sellerName}</h3>
      <PassCode sellerName={pass.sellerName} number={pass.number} barcodeSvg={pass.barcodeSvg} />
    </li>
  );
}

export function AccessCode({ label, code, qrSvg }: { label: string; code: string; qrSvg: string | null }) {
  const t = useTranslations("pass.desk");
  return (
    <CodeFigure
      layout="desk"
      svg={qrSvg}
      imageLabel={t("qrImage", { label, code })}
      imageClassName="mx-auto aspect-square w-full max-w-72 bg-white [&>svg]:block [&>svg]:h-full [&>svg]:w-full"
      caption={label}
      text={code}
      testId="desk-code"
      textTestId="desk-code-text"
    />
  );
}
