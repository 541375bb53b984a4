import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';

// biome-ignore lint/suspicious/noExplicitAny: handlers have different event types; the router knows which
export type AnyHandler = (event: any, context: Context) => Promise<any>;

const cache = new Map<string, Promise<AnyHandler>>();

/**
 * Loads a handler file the CDK stack deploys (the `entry` of a route or schedule) and returns its
 * exported `handler`. Imported lazily, once, after config is in process.env, like a cold start.
 */
export const loadHandler = (root: string, entry: string): Promise<AnyHandler> => {
  let loaded = cache.get(entry);
  if (!loaded) {
    loaded = import(pathToFileURL(resolve(root, entry)).href).then((mod: { handler?: AnyHandler }) => {
      if (typeof mod.handler !== 'function') throw new Error(`${entry} exports no handler`);
      return mod.handler;
    });
    cache.set(entry, loaded);
  }
  return loaded;
};
