import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, startSesLocal } from '../../local/services';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    sesEndpoint: string;
  }
}

/** One DynamoDB Local (in memory) and one SES emulator for the whole integration run, on free ports. */
export default async function setup(project: TestProject) {
  const [dynamo, ses] = await Promise.all([startDynamoDbLocal({}), startSesLocal({})]);
  project.provide('dynamodbEndpoint', dynamo.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  return async () => {
    await Promise.all([dynamo.stop(), ses.stop()]);
  };
}
