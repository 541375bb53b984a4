import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { dataClass } from '../functions/privacy/retention-policy';

/** The CloudWatch retention for every log group, read from the retention policy's `logs` class. */
export const logRetentionDays = (): RetentionDays => {
  const days = dataClass('logs').days;
  if (!days || !(Object.values(RetentionDays) as number[]).includes(days))
    throw new Error(`retention policy: ${days} days is not a CloudWatch Logs retention`);
  return days as RetentionDays;
};
