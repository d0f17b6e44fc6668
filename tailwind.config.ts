import type { Config } from "tailwindcss";

/**
 * The portal's theme, in one place. Brand colours are not fixed here: lib/broker's BROKER_CONFIG is
 * written as CSS variables on <html> at request time (components/shell/brand-style.ts, defaults in
 * app/globals.css), so one build serves any broker. Loaded by app/globals.css through `@config`.
 */
export default {
  theme: {
    extend: {
      colors: {
        brand: "var(--brand-primary)",
        "on-brand": "var(--brand-on-primary)",
        accent: "var(--brand-accent)",
        "on-accent": "var(--brand-on-accent)",
        surface: "var(--brand-background)",
        ink: "var(--brand-text)",
        link: "var(--brand-link)",
        outline: "var(--brand-outline)",
        notice: "var(--brand-notice)",
        "notice-line": "var(--brand-notice-line)",
        "on-notice": "var(--brand-on-notice)",
      },
      borderRadius: {
        DEFAULT: "0.25rem",
        md: "0.375rem",
        lg: "0.5rem",
        full: "calc(infinity * 1px)",
      },
      fontFamily: {
        sans: [
          "-apple-system",
          "BlinkMacSystemFont",
          '"Segoe UI"',
          "Roboto",
          '"Helvetica Neue"',
          '"Noto Sans"',
          "Arial",
          "sans-serif",
          '"Apple Color Emoji"',
          '"Segoe UI Emoji"',
          '"Segoe UI Symbol"',
          '"Noto Color Emoji"',
        ],
        mono: ["ui-monospace", "SFMono-Regular", "Menlo", "Monaco", "Consolas", '"Liberation Mono"', '"Courier New"', "monospace"],
      },
    },
  },
} satisfies Config;
