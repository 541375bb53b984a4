import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { Fragment, type ReactNode } from 'react';
import { webUrl } from './format';
import * as s from './styles';

export const H1 = ({ children }: { children: ReactNode }) => (
  <Heading as="h1" style={s.h1}>
    {children}
  </Heading>
);

export const H2 = ({ children }: { children: ReactNode }) => (
  <Heading as="h2" style={s.h2}>
    {children}
  </Heading>
);

export const H3 = ({ children }: { children: ReactNode }) => (
  <Heading as="h3" style={s.h3}>
    {children}
  </Heading>
);

export const P = ({ children }: { children: ReactNode }) => <Text style={s.paragraph}>{children}</Text>;

export const Small = ({ children }: { children: ReactNode }) => <Text style={s.small}>{children}</Text>;

/**
 * Free text from users or editors as React text (always escaped): blank lines separate
 * paragraphs, a single line break stays a line break.
 */
export const Paragraphs = ({ text }: { text: string }) => (
  <>
    {text
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n\s*/)
      .map((block) => block.trim())
      .filter((block) => block.length > 0)
      .map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, order never changes
        <Text key={i} style={s.paragraph}>
          {block.split('\n').map((line, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static text, order never changes
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
  </>
);

/** A quoted comment (e.g. from MAGS staff), set off by a rule on the left. */
export const Quote = ({ text }: { text: string }) => (
  <Section style={s.quote}>
    <Paragraphs text={text} />
  </Section>
);

/** "Label: value" on one line; the label is bold. */
export const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Text style={{ ...s.paragraph, margin: '0 0 6px' }}>
    <strong>{label}:</strong> {children}
  </Text>
);

export const TextLink = ({ href, children }: { href: string; children?: ReactNode }) => (
  <Link href={webUrl(href)} style={s.link}>
    {children ?? href}
  </Link>
);

export const MailLink = ({ address }: { address: string }) => (
  <Link href={`mailto:${address}`} style={s.link}>
    {address}
  </Link>
);

/**
 * The main action: a button-like link, followed by the address written out for mail clients that
 * hide buttons and for copying. The plain-text version skips the button and keeps the address.
 */
export const Action = ({ href, label }: { href: string; label: string }) => (
  <Section style={{ margin: '8px 0 16px' }}>
    <Button href={webUrl(href)} style={s.button} data-skip-in-text="true">
      {label}
    </Button>
    <Text style={{ ...s.small, margin: '12px 0 0' }}>
      Direkter Link: <TextLink href={href} />
    </Text>
  </Section>
);

export const Signature = ({ name }: { name: string }) => (
  <Text style={s.paragraph}>
    Mit freundlichen Grüßen
    <br />
    <br />
    {name}
    <br />
    Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen
  </Text>
);
