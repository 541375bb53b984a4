import { paginateQuery, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AssessmentResult, AssessmentTexts } from '../evaluation/assessment-result';
import { Feedback } from '../evaluation/feedback';
import { MeasureSet } from '../evaluation/measure-set';
import { ConflictError } from '../shared/errors';
import type { EvaluationStore, ReportReadModel } from '../shared/ports';
import { auditItem } from './audit-item';
import { isConditionFailure, queryPartition, type TableContext, withoutKeys } from './dynamo-shared';
import { makeFeedbackReads } from './feedback-reads';
import { StoredAssessmentResult, StoredAssessmentTexts, StoredMeasureSet } from './legacy-report-names';
import { mailWriteItems } from './outbox-store';
import { KIND, keys, TABLE } from './table-design';

/** A measure set as a Put inside the transaction of the accession or submission it comes from. */
export const measureSetPut = (tableName: string, set: MeasureSet) => {
  const valid = MeasureSet.parse(set);
  const source = valid.source.kind;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.measureSet(valid.jobcenter.id, valid.year, valid.hf, source),
        ...keys.measureSetList(valid.year, valid.hf, valid.jobcenter.name, valid.jobcenter.id, source),
        entity: KIND.measureSet,
        ...valid,
      },
    },
  };
};

/** Every Put of a submission's report read model (measure sets, result, texts). */
export const readModelPuts = (tableName: string, model: ReportReadModel | undefined) => {
  if (!model) return [];
  const puts: { Put: { TableName: string; Item: Record<string, unknown> } }[] = model.measureSets.map((set) =>
    measureSetPut(tableName, set),
  );
  if (model.assessment) {
    const result = AssessmentResult.parse(model.assessment.result);
    const texts = AssessmentTexts.parse(model.assessment.texts);
    const { id, name } = result.jobcenter;
    puts.push(
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.result(id, result.year),
            ...keys.resultList(result.year, name, id),
            entity: KIND.result,
            ...result,
          },
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: {
            ...keys.texts(id, texts.year),
            ...keys.textsList(texts.year, name, id),
            entity: KIND.texts,
            ...texts,
          },
        },
      },
    );
  }
  return puts;
};

export const makeEvaluationStore = ({ doc, tableName }: TableContext): EvaluationStore => {
  const { partitionKey, sortKey } = TABLE.indexes.listByKind;
  /** All items of one kind in the `listByKind` index whose sort key starts with `prefix`. */
  const listKind = async <T>(kind: string, prefix: string, parse: (item: Record<string, unknown>) => T) => {
    const out: T[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        IndexName: 'listByKind',
        KeyConditionExpression: prefix ? '#k = :k AND begins_with(#s, :p)' : '#k = :k',
        ExpressionAttributeNames: { '#k': partitionKey, ...(prefix ? { '#s': sortKey } : {}) },
        ExpressionAttributeValues: { ':k': kind, ...(prefix ? { ':p': prefix } : {}) },
      },
    ))
      for (const item of page.Items ?? []) out.push(parse(withoutKeys(item)));
    return out;
  };
  /** Items of one Jobcenter's partition whose sort key starts with `prefix`. */
  const partition = (jobcenterId: string, prefix: string) =>
    queryPartition({ doc, tableName }, keys.jobcenter(jobcenterId).pk, prefix);

  return {
    listMeasureSets: ({ year, hf }) =>
      listKind(KIND.measureSet, keys.measureSetListPrefix(year, hf), (i) => StoredMeasureSet.parse(i)),
    listResults: ({ year }) =>
      listKind(KIND.result, year === undefined ? '' : `${year}#`, (i) => StoredAssessmentResult.parse(i)),
    listTexts: (year) => listKind(KIND.texts, `${year}#`, (i) => StoredAssessmentTexts.parse(i)),

    async jobcenterRecords(jobcenterId) {
      // One Query of the Jobcenter's partition; the sort keys tell the entities apart.
      const items = await partition(jobcenterId, '');
      const of = (prefix: string) => items.filter((i) => String(i.sk).startsWith(prefix)).map(withoutKeys);
      return {
        measureSets: of('MEASURES#').map((i) => StoredMeasureSet.parse(i)),
        results: of('RESULT#').map((i) => StoredAssessmentResult.parse(i)),
        feedback: of('FEEDBACK#').map((i) => Feedback.parse(i)),
      };
    },

    async putFeedback(feedback, audit, mail) {
      try {
        await doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: {
                    ...keys.feedback(feedback.jobcenterId, feedback.campaignId, feedback.version),
                    entity: 'FEEDBACK',
                    ...Feedback.parse(feedback),
                  },
                  // Once mailed, feedback on a version is final; before that a retry may replace it.
                  ConditionExpression: 'attribute_not_exists(pk) OR attribute_not_exists(mailedAt)',
                },
              },
              {
                Put: {
                  TableName: tableName,
                  Item: auditItem(audit),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              ...mailWriteItems(tableName, mail),
            ],
          }),
        );
      } catch (e) {
        if (isConditionFailure(e))
          throw new ConflictError('Zu dieser Fassung wurde bereits eine Rückmeldung gesendet.', { cause: e });
        throw e;
      }
    },

    async markFeedbackMailed(feedback, at) {
      await doc.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.feedback(feedback.jobcenterId, feedback.campaignId, feedback.version),
          UpdateExpression: 'SET mailedAt = :at',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
    },

    ...makeFeedbackReads({ doc, tableName }),
  };
};
