import { AppError } from '../shared/errors';
import { WEB_PATHS } from '../shared/web-paths';

/** A consent link that does not work: the same answer whatever the reason. */
export class ConsentLinkInvalidError extends AppError {
  override readonly statusCode = 401;
  override readonly code = 'link_invalid';
  constructor() {
    super(
      `Dieser Link ist nicht (mehr) gültig. Einen neuen Link können Sie unter ${WEB_PATHS.consent} anfordern.`,
    );
  }
}
