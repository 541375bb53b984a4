import * as z from 'zod';

export const PauseBody = z.object({ paused: z.boolean() }).strict().meta({ id: 'PauseReminders' });
