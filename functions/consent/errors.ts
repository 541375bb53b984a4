import { LinkInvalidError } from '../shared/errors';
import { WEB_PATHS } from '../shared/web-paths';

/** A consent link that does not work: the same answer whatever the reason, naming where a new one comes from. */
export const consentLinkInvalid = (): LinkInvalidError =>
  new LinkInvalidError(
    `Dieser Link ist nicht (mehr) gültig. Einen neuen Link können Sie unter ${WEB_PATHS.consent} anfordern.`,
  );
