import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { MeasureSet } from '../evaluation/measure-set';
import type { EvaluationStore } from '../shared/ports';
import { type TableContext, withoutKeys } from './dynamo-shared';
import { KIND, keys, TABLE } from './table-design';

const sourceKey = (set: MeasureSet) => set.source.kind;

/** A measure set as a Put inside the transaction of the accession or submission it comes from. */
export const measureSetPut = (tableName: string, set: MeasureSet) => {
  const valid = MeasureSet.parse(set);
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.measureSet(valid.jobcenter.id, valid.year, valid.hf, sourceKey(valid)),
        ...keys.measureSetList(
          valid.year,
          valid.hf,
          valid.jobcenter.name,
          valid.jobcenter.id,
          sourceKey(valid),
        ),
        entity: KIND.measureSet,
        ...valid,
      },
    },
  };
};

export const makeEvaluationStore = ({ doc, tableName }: TableContext): EvaluationStore => ({
  async listMeasureSets({ year, hf }) {
    const prefix = keys.measureSetListPrefix(year, hf);
    const { partitionKey, sortKey } = TABLE.indexes.listByKind;
    const sets: MeasureSet[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        IndexName: 'listByKind',
        KeyConditionExpression: prefix ? '#k = :k AND begins_with(#s, :p)' : '#k = :k',
        ExpressionAttributeNames: { '#k': partitionKey, ...(prefix ? { '#s': sortKey } : {}) },
        ExpressionAttributeValues: { ':k': KIND.measureSet, ...(prefix ? { ':p': prefix } : {}) },
      },
    ))
      for (const item of page.Items ?? []) sets.push(MeasureSet.parse(withoutKeys(item)));
    return sets;
  },
});
