// The selected phase of a plan: guidance (Markdown), prompts, typed fields, tasks, outputs, meetings and the gate.
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../common/api/methods/plans';
import type { Domain, Member } from '../../../common/api/types';
import { FieldEditor } from './FieldEditor';
import { GateSection } from './GateSection';
import { MarkdownText } from './MarkdownText';
import { MeetingsSection } from './MeetingsSection';
import { OutputsSection } from './OutputsSection';
import { bi, percentOf } from './plan-text';
import { TasksSection } from './TasksSection';

export function PhasePanel({ plan, phaseId, members, domains }: { plan: Plan; phaseId: string; members: Member[]; domains: Domain[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const phase = plan.template.phases.find((p) => p.id === phaseId);
  const state = plan.phases.find((p) => p.id === phaseId);
  if (!phase || !state) return null;
  const memberName = (id: string) => members.find((m) => m.id === id)?.name ?? t('plans.removedMember');
  const guidance = bi(phase.guidance, lang);
  return (
    <section className="phase-panel" data-testid="phase-panel" data-phase={phase.id} data-status={state.status}>
      <h2 className="phase-title">
        {bi(phase.title, lang)}
        <span className={`chip phase-chip-${state.status}`}>{t(`phaseStatus.${state.status}`)}</span>
        <span className="muted small" data-testid="phase-progress">
          {t('plans.progressLabel', { percent: percentOf(state.progress) })}
        </span>
      </h2>
      {guidance && <MarkdownText text={guidance} className="phase-guidance" testId="phase-guidance" />}
      {phase.prompts.length > 0 && (
        <div className="plan-block prompts">
          <h3 className="subheading">{t('plans.prompts')}</h3>
          <ul data-testid="phase-prompts">
            {phase.prompts.map((p, i) => (
              <li key={i}>{bi(p, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="plan-fields" data-testid="plan-fields">
        {phase.fields.map((f) => (
          <FieldEditor key={f.id} planId={plan.id} phaseId={phase.id} field={f} value={plan.values[phase.id]?.[f.id]} members={members} domains={domains} />
        ))}
      </div>
      <OutputsSection planId={plan.id} phaseId={phase.id} outputs={plan.outputs.filter((o) => o.phaseId === phase.id)} />
      {phase.meetings && (
        <MeetingsSection planId={plan.id} phase={phase} meetings={plan.meetings.filter((m) => m.phaseId === phase.id)} members={members} memberName={memberName} />
      )}
      <TasksSection planId={plan.id} phaseId={phase.id} tasks={plan.tasks.filter((x) => x.phaseId === phase.id)} members={members} />
      <GateSection planId={plan.id} phase={state} />
    </section>
  );
}
