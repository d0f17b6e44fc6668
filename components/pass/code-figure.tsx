/**
 * A barcode or QR code drawn by lib/codes, as one image for screen readers. The markup is bars or
 * modules only (bwip-js, qrcode), drawn on the server from a validated value: nothing to inject.
 */
function CodeImage({ svg, label, className }: { svg: string; label: string; className: string }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: bars or modules only, drawn on the server from a validated value.
    <div role="img" aria-label={label} className={className} dangerouslySetInnerHTML={{ __html: svg }} />
  );
}

const LAYOUTS = {
  /** Beside its text, on an account page. */
  inline: {
    figure: "flex flex-wrap items-center gap-4",
    caption: undefined,
    label: "block text-xs uppercase tracking-wide text-gray-700",
    text: "font-mono text-2xl font-semibold tracking-wider",
  },
  /** Full width above its text in large type, on the desk screen. */
  desk: {
    figure: "w-full",
    caption: "mt-4 text-center",
    label: "block text-sm font-semibold uppercase tracking-wide",
    text: "block break-all font-mono text-4xl font-bold tracking-widest",
  },
};

interface CodeFigureProps {
  layout: keyof typeof LAYOUTS;
  /** The drawn code, or null when the value could not be drawn (the text still shows). */
  svg: string | null;
  imageLabel: string;
  imageClassName: string;
  /** What the text is (the card number's caption), and the text staff key in. */
  caption: string;
  text: string;
  testId: string;
  textTestId: string;
}

/** A code as a scanner and staff need it: the image, and its text in large type for keying in. */
export function CodeFigure({ layout, svg, imageLabel, imageClassName, caption, text, testId, textTestId }: CodeFigureProps) {
  const c = LAYOUTS[layout];
  return (
    <figure className={c.figure} data-testid={testId}>
      {svg ? <CodeImage svg={svg} label={imageLabel} className={imageClassName} /> : null}
      <figcaption className={c.caption}>
        <span className={c.label}>{caption}</span>
        <span className={c.text} data-testid={textTestId}>
          {text}
        </span>
      </figcaption>
    </figure>
  );
}
