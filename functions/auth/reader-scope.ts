import type { ApiContext } from '../shared/http/api-types';
import { principalOf } from '../shared/http/http-handler';
import { type Scope, scopeOf } from './scope';

export type { Scope };

/** The scope of the person a staff route's request comes from (set by `authorize`). */
export const readerScope = (context: ApiContext): Scope => scopeOf(principalOf(context));
