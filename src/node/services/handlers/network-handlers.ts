// Handlers of the sharing-network API methods (src/common/api/methods/network.ts).
import type { ApiHandlers } from '../../../common/api/contract';
import type { NETWORK_API } from '../../../common/api/methods/network';
import { endorse, listEndorsements, unendorse } from '../../network/endorsements';
import { renderMetricsCsv } from '../../network/metrics-csv';
import { renderNetworkReport } from '../../network/network-report-html';
import { networkMetrics } from '../../network/network-service';
import { importSurvey } from '../../network/survey-import';
import type { HandlerContext } from '../api-handlers';

export function createNetworkHandlers(ctx: HandlerContext): Pick<ApiHandlers, keyof typeof NETWORK_API> {
  const { db } = ctx;
  const now = () => ctx.clock().toISOString();
  const stem = () => `network-${now().slice(0, 10)}`;
  return {
    async 'network.metrics'(filter) {
      return networkMetrics(db, filter);
    },
    async 'network.reportHtml'({ lang, ...filter }) {
      const metrics = networkMetrics(db, filter);
      const workspace = (db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get() as string | undefined) ?? '';
      const domain = filter.domainId ? (db.prepare('SELECT name FROM domains WHERE id = ?').pluck().get(filter.domainId) as string) : null;
      return { fileName: `${stem()}.html`, mime: 'text/html', content: renderNetworkReport(metrics, lang ?? 'en', { domain, workspace }) };
    },
    async 'network.metricsCsv'(filter) {
      return { fileName: `${stem()}.csv`, mime: 'text/csv', content: renderMetricsCsv(networkMetrics(db, filter)) };
    },
    async 'network.importSurvey'({ csvText, sourceFile }) {
      const report = importSurvey(db, csvText, { sourceFile, now: now() });
      if (report.imported) ctx.events.emit('network.changed', { reason: 'survey' });
      return report;
    },
    async 'network.endorse'(input) {
      const endorsement = endorse(db, input, now());
      ctx.events.emit('network.changed', { reason: 'endorsement', noteId: input.noteId });
      return endorsement;
    },
    async 'network.unendorse'({ id }) {
      const noteId = unendorse(db, id);
      ctx.events.emit('network.changed', { reason: 'endorsement', noteId });
      return null;
    },
    async 'network.endorsements'({ noteId }) {
      return listEndorsements(db, noteId);
    },
  };
}
