import { Text } from '@react-email/components';
import { createContext, useContext } from 'react';
import { TextLink } from './blocks';
import * as s from './styles';

/**
 * The absolute address of the privacy notice (`<APP_BASE_URL>/datenschutz`). The template registry
 * (`emails/index.ts`, `makeMailTemplates`) provides it around every message it renders, so no use
 * case has to pass it; outside the registry (react-email preview) the example address is used.
 */
export const PREVIEW_PRIVACY_URL = 'https://inklusion.example.org/datenschutz';
export const PrivacyUrl = createContext<string>(PREVIEW_PRIVACY_URL);

/** Footer line of every message: where the privacy notice (Art. 13 GDPR) is. */
export const PrivacyFooter = () => (
  <Text style={s.footer}>
    Hinweise zum Datenschutz: <TextLink href={useContext(PrivacyUrl)} />
  </Text>
);
