import { httpHandler } from '../../shared/http/http-handler';
import { json } from '../../shared/http/responses';
import { store } from '../../wiring/core';
import { makeGetRegister } from '../use-cases/get-register';

const getRegister = makeGetRegister({ store });

export const handler = httpHandler('getRegister').handler(async () => json(200, await getRegister()));
