import { Body, Container, Head, Hr, Html, Preview, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { PrivacyFooter } from './privacy-footer';
import * as s from './styles';

export const MINISTRY = 'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen';

type LayoutProps = {
  /** Shown as the document title (screen readers, browser view). */
  title: string;
  /** Inbox preview line, not shown in the message itself nor in the plain-text version. */
  preview: string;
  children: ReactNode;
};

/** Frame of every message: German document, MAGS NRW header, ministry footer with the privacy link. */
export const Layout = ({ title, preview, children }: LayoutProps) => (
  <Html lang="de" dir="ltr">
    <Head>
      <title>{title}</title>
      <meta name="color-scheme" content="light" />
      <meta name="supported-color-schemes" content="light" />
    </Head>
    <Preview>{preview}</Preview>
    <Body style={s.body}>
      {/* Webmail clients often drop <html lang>: repeat the language on a wrapper they keep. */}
      {/* biome-ignore lint/a11y/useSemanticElements: some mail clients strip HTML5 elements like <article> */}
      <div role="article" aria-roledescription="E-Mail" aria-label={title} lang="de" dir="ltr">
        <Container style={s.container}>
          <Text style={s.header}>MAGS NRW · Rahmenvereinbarung Inklusion</Text>
          {children}
          <Hr style={s.hr} />
          <Text style={s.footer}>{MINISTRY}</Text>
          <Text style={s.footer}>
            Diese Nachricht wurde automatisch im Rahmen der Rahmenvereinbarung Inklusion versandt.
          </Text>
          <PrivacyFooter />
        </Container>
      </div>
    </Body>
  </Html>
);
