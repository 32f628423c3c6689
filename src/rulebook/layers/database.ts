/** Rules of the failure layer `database`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `database`. */
export const DATABASE: LabelRules<LayerLabel> = {
  label: 'database',
  cues: [
    { id: 'layer.database.databases-servers', pattern: 'databases?(?: servers?| clusters?| replicas?| hosts?| nodes?)?', weight: 1.1, examples: ['Database servers ran out of connections.', 'The database was unavailable for 20 minutes.', 'Database replicas crashed one after another.'] },
    { id: 'layer.database.dbs', pattern: 'dbs?', weight: 1, examples: ['The DB was locked for twenty minutes.', 'Both DBs were unreachable after the network change.'] },
    { id: 'layer.database.datastores', pattern: 'datastores?|data stores?', weight: 0.9, examples: ['The datastore became unavailable during the migration.', 'Our primary data store rejected writes for an hour.'] },
    { id: 'layer.database.postgres', pattern: 'postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|cassandra|dynamo(?:db)?|couchbase|couchdb|cockroach(?:db)?|spanner|aurora|rds|oracle|sql server|elasticsearch|opensearch|hbase|bigtable|riak|galera|vitess', weight: 1.1, examples: ['PostgreSQL ran out of transaction IDs and refused writes.', 'MongoDB crashed under the load.', 'An Elasticsearch cluster went red.'] },
    { id: 'layer.database.sql', pattern: 'sql', weight: 0.8, examples: ['SQL timeouts caused the checkout to fail.'], counterExamples: ['Microsoft SQL Server failed over.', 'Our NoSQL cluster failed.'] },
    { id: 'layer.database.schemas-migrations', pattern: 'schemas?(?: migrations?| changes?)?', weight: 1, examples: ['A schema migration locked the users table.', 'The schema change broke older clients.'] },
    { id: 'layer.database.primary', pattern: '(?:primary|master|read|standby|secondary) (?:replicas?|databases?|nodes?)', weight: 1, examples: ['The primary node failed and the standby was promoted.', 'Read replicas fell behind and served stale data.'] },
    { id: 'layer.database.replicas', pattern: 'replicas?|replica sets?', weight: 0.8, examples: ['Replicas lagged behind by several minutes.', 'The replica set lost its majority.'] },
    { id: 'layer.database.replication', pattern: 'replication(?: lag)?', weight: 0.8, examples: ['Replication lag grew to 30 minutes.', 'Replication broke after the failover.'] },
    { id: 'layer.database.queries', pattern: 'queries|query', weight: 0.6, part: true, examples: ['Slow queries saturated the cluster.', 'An unindexed query ran for minutes and blocked other work.'] },
    { id: 'layer.database.tables', pattern: 'tables?', weight: 0.8, with: '\\b(?:rows?|index\\w*|lock\\w*|schema|column\\w*|migrations?)\\b', examples: ['The orders table was locked during the migration.', 'A table grew past its column limits and inserts failed.'], counterExamples: ['Routing tables were corrupted.'] },
    { id: 'layer.database.writes', pattern: 'writes|reads|read-only|write operations', weight: 0.5, part: true, examples: ['Writes failed for 15 minutes.', 'The cluster went read-only.'] },
    { id: 'layer.database.rows', pattern: 'rows?(?! of racks)', weight: 0.3, counterExamples: ['A row of racks lost power.'], part: true, examples: ['Millions of rows were deleted by mistake.'] },
    { id: 'layer.database.indexes', pattern: 'indexes|indices', weight: 0.6, part: true, examples: ['Missing indexes made requests time out.'] },
    { id: 'layer.database.connection-limit', pattern: 'connection (?:limit|pool)s?', weight: 0.6, examples: ['The connection pool was exhausted.', 'The service hit its connection limit and new requests failed.'] },
    // A payment is a transaction too ("card transactions", "validating transaction dates"): not the database's.
    { id: 'layer.database.transactions', pattern: '(?<!\\b(?:card|payment|payments|financial|customer|purchase|banking|sales?|retail|pos|atm|credit|debit|money|crypto(?:currency)?|blockchain|bitcoin) )transactions?(?! (?:dates?|fees?|volumes?|amounts?|ids?|history|records))', weight: 0.4, part: true, examples: ['Transactions failed to commit.'], counterExamples: ['Card transactions were declined at the till.', 'The software failed when validating transaction dates.'] },
    { id: 'layer.database.deadlocks', pattern: 'deadlocks?', weight: 0.6, examples: ['Deadlocks caused requests to time out.'] },
  ],
  context: [
    { id: 'layer.database.not.search-index', pattern: '\\bsearch index\\b', examples: ['The search index was corrupted.'], counterExamples: ['The search indexes were corrupted.'] },
    { id: 'layer.database.not.index-subsystem', pattern: '\\bindex subsystem\\b', examples: ['A bug in the index subsystem caused errors.'] },
  ],
};
