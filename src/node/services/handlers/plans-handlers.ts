// Handlers of the plans API methods (src/common/api/methods/plans.ts) on top of PlanService.
import type { ApiHandlers } from '../../../common/api/contract';
import type { PLANS_API } from '../../../common/api/methods/plans';
import { findResourcesDir } from '../../paths';
import { PlanService } from '../../plans/plan-service';
import type { PlanWrite } from '../../plans/plan-service';
import { createTemplateSource } from '../../plans/template-source';
import { createWorkspaceLookup } from '../../plans/workspace-lookup';
import { renderPlanReport } from '../../reports/plan-report';
import type { HandlerContext } from '../api-handlers';

export function createPlansHandlers(ctx: HandlerContext, resourcesDir: string = findResourcesDir()): Pick<ApiHandlers, keyof typeof PLANS_API> {
  const { db, events } = ctx;
  const service = new PlanService(db, ctx.clock, createTemplateSource(db, resourcesDir));
  /** Emits notes.changed for created notes, then plans.changed; returns the result. */
  const done = <T>(id: string, w: PlanWrite<T>): T => {
    for (const noteId of w.createdNotes) events.emit('notes.changed', { id: noteId, change: 'created' });
    events.emit('plans.changed', { id, change: 'updated' });
    return w.result;
  };

  return {
    async 'plans.list'() {
      return service.list();
    },
    async 'plans.get'({ id }) {
      return service.get(id);
    },
    async 'plans.create'(input) {
      const plan = service.create(input);
      events.emit('plans.changed', { id: plan.id, change: 'created' });
      return plan;
    },
    async 'plans.update'(input) {
      return done(input.id, service.update(input));
    },
    async 'plans.setField'(input) {
      return done(input.id, service.setField(input));
    },
    async 'plans.completePhase'(input) {
      return done(input.id, service.completePhase(input));
    },
    async 'plans.addTask'(input) {
      return done(input.id, service.addTask(input));
    },
    async 'plans.updateTask'(input) {
      return done(input.id, service.updateTask(input));
    },
    async 'plans.removeTask'(input) {
      return done(input.id, service.removeTask(input));
    },
    async 'plans.scheduleMeetings'(input) {
      return done(input.id, service.scheduleMeetings(input));
    },
    async 'plans.updateMeeting'(input) {
      return done(input.id, service.updateMeeting(input));
    },
    async 'plans.removeMeeting'(input) {
      return done(input.id, service.removeMeeting(input));
    },
    async 'plans.createOutputs'(input) {
      return done(input.id, service.createOutputs(input));
    },
    async 'plans.versions'({ id }) {
      return service.versions(id);
    },
    async 'plans.restoreVersion'(input) {
      return done(input.id, service.restoreVersion(input));
    },
    async 'plans.upgradePreview'({ id }) {
      return service.upgradePreview(id);
    },
    async 'plans.upgrade'(input) {
      return done(input.id, service.upgrade(input));
    },
    async 'plans.report'({ id, format, lang }) {
      const plan = service.get(id);
      const lookup = createWorkspaceLookup(db);
      return renderPlanReport(plan, {
        format,
        lang: lang ?? plan.lang,
        memberName: lookup.memberName,
        noteTitle: lookup.liveNoteTitle,
        domainName: plan.domainName,
        generatedAt: ctx.clock().toISOString(),
      });
    },
    async 'plans.delete'({ id }) {
      service.delete(id);
      events.emit('plans.changed', { id, change: 'deleted' });
      return null;
    },
  };
}
