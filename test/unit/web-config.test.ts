import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../web/src/app/config';

describe('web app config (/config.json)', () => {
  it('accepts the local and the Cognito config', () => {
    expect(parseAppConfig({ auth: 'local' })).toEqual({ auth: 'local' });
    expect(parseAppConfig({ auth: 'local', mailViewerUrl: 'http://127.0.0.1:8005' })).toEqual({
      auth: 'local',
      mailViewerUrl: 'http://127.0.0.1:8005',
    });
    const cognito = {
      auth: 'cognito',
      cognitoDomain: 'https://inklusion.auth.eu-central-1.amazoncognito.com',
      clientId: 'abc123',
      region: 'eu-central-1',
    };
    expect(parseAppConfig({ ...cognito, extra: 'dropped' })).toEqual(cognito);
  });

  it('refuses what the app could not start with', () => {
    for (const bad of [
      null,
      {},
      { auth: 'other' },
      { auth: 'local', mailViewerUrl: 'javascript:alert(1)' },
      { auth: 'cognito', cognitoDomain: 'not a url', clientId: 'a', region: 'r' },
      { auth: 'cognito', cognitoDomain: 'https://x.example', clientId: '', region: 'r' },
      { auth: 'cognito', cognitoDomain: 'https://x.example', clientId: 'a' },
    ])
      expect(() => parseAppConfig(bad), JSON.stringify(bad)).toThrow(/config\.json/);
  });
});
