import type { CSSProperties } from 'react';

/**
 * Sober, accessible styling: system fonts, 16 px body text, dark text on white (contrast > 15:1),
 * links and button in a dark blue (#004b87 on white and white on #004b87: > 8:1), underlined links.
 */
export const colors = {
  text: '#1a1a1a',
  muted: '#454545',
  accent: '#004b87',
  border: '#c8c8c8',
  background: '#f3f4f6',
  surface: '#ffffff',
} as const;

const fontFamily = "Arial, 'Helvetica Neue', Helvetica, sans-serif";

export const body: CSSProperties = {
  backgroundColor: colors.background,
  color: colors.text,
  fontFamily,
  margin: 0,
  padding: '24px 0',
};

export const container: CSSProperties = {
  backgroundColor: colors.surface,
  border: `1px solid ${colors.border}`,
  maxWidth: '640px',
  margin: '0 auto',
  padding: '0 32px 24px',
};

export const header: CSSProperties = {
  borderBottom: `4px solid ${colors.accent}`,
  color: colors.accent,
  fontSize: '14px',
  fontWeight: 700,
  letterSpacing: '0.02em',
  margin: '0 0 24px',
  padding: '20px 0 12px',
};

export const h1: CSSProperties = {
  color: colors.text,
  fontSize: '24px',
  lineHeight: '32px',
  margin: '0 0 16px',
};
export const h2: CSSProperties = {
  color: colors.text,
  fontSize: '19px',
  lineHeight: '26px',
  margin: '28px 0 8px',
};
export const h3: CSSProperties = {
  color: colors.text,
  fontSize: '16px',
  lineHeight: '24px',
  margin: '20px 0 4px',
};

export const paragraph: CSSProperties = {
  color: colors.text,
  fontSize: '16px',
  lineHeight: '24px',
  margin: '0 0 16px',
};
export const small: CSSProperties = {
  ...paragraph,
  color: colors.muted,
  fontSize: '14px',
  lineHeight: '21px',
};

export const list: CSSProperties = { ...paragraph, paddingLeft: '24px' };
export const listItem: CSSProperties = { margin: '0 0 8px' };

export const link: CSSProperties = {
  color: colors.accent,
  textDecoration: 'underline',
  wordBreak: 'break-all',
};

/** Long machine values (hashes) wrap instead of widening the message. */
export const code: CSSProperties = {
  fontFamily: "'Courier New', Courier, monospace",
  wordBreak: 'break-all',
};

export const button: CSSProperties = {
  backgroundColor: colors.accent,
  borderRadius: '4px',
  color: '#ffffff',
  display: 'inline-block',
  fontSize: '16px',
  fontWeight: 700,
  padding: '12px 20px',
  textDecoration: 'none',
};

export const quote: CSSProperties = {
  borderLeft: `4px solid ${colors.border}`,
  margin: '0 0 16px',
  padding: '0 0 0 16px',
};

/** Data tables (e.g. lists of Jobcenters): full width, ruled rows, left-aligned header cells. */
export const table: CSSProperties = {
  ...small,
  borderCollapse: 'collapse',
  margin: '0 0 16px',
  width: '100%',
};
export const th: CSSProperties = {
  borderBottom: `2px solid ${colors.text}`,
  color: colors.text,
  fontWeight: 700,
  padding: '6px 8px 6px 0',
  textAlign: 'left',
  verticalAlign: 'bottom',
};
export const td: CSSProperties = {
  borderBottom: `1px solid ${colors.border}`,
  color: colors.text,
  padding: '6px 8px 6px 0',
  textAlign: 'left',
  verticalAlign: 'top',
};

export const hr: CSSProperties = { borderColor: colors.border, margin: '28px 0 16px' };

export const footer: CSSProperties = { ...small, margin: '0 0 8px' };
