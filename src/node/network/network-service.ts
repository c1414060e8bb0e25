// Builds the network for a filter (range, domain, topic) from the workspace and returns metrics + recommendations.
import type { Database } from 'better-sqlite3';
import type { NetworkFilter, NetworkMetrics } from '../../common/api/methods/network';
import { AppError } from '../../common/errors';
import { collectTies } from './collect-ties';
import { computeNetwork, type NetworkMember } from './network-metrics';
import { recommend } from './recommendations';

/** The members in scope: every member, or the members of one domain (member_domains). */
export function scopeMembers(db: Database, domainId?: string): NetworkMember[] {
  if (!domainId) return db.prepare('SELECT id, name FROM members ORDER BY name COLLATE NOCASE, id').all() as NetworkMember[];
  if (!db.prepare('SELECT 1 FROM domains WHERE id = ?').get(domainId)) throw new AppError('NOT_FOUND', `No domain with id ${domainId}`);
  return db
    .prepare('SELECT m.id, m.name FROM members m JOIN member_domains md ON md.member_id = m.id WHERE md.domain_id = ? ORDER BY m.name COLLATE NOCASE, m.id')
    .all(domainId) as NetworkMember[];
}

export function networkMetrics(db: Database, filter: NetworkFilter): NetworkMetrics {
  const members = scopeMembers(db, filter.domainId);
  const ties = collectTies(db, { from: filter.from, to: filter.to, topic: filter.topic });
  const net = computeNetwork(members, ties);
  const { brokers: _brokers, ...metrics } = net;
  void _brokers;
  return {
    ...metrics,
    recommendations: recommend(net),
    scope: { from: filter.from ?? null, to: filter.to ?? null, domainId: filter.domainId ?? null, topic: filter.topic ?? null },
  };
}
