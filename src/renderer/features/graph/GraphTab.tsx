// Editor tab host of a knowledge graph: parses the tab id into a scope and shows the graph view.
import { useTranslation } from 'react-i18next';
import { graphScope } from './graph-tabs';
import { GraphView } from './GraphView';

export function GraphTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const scope = graphScope(id);
  if (!scope) return <div className="editor-message editor-error">{t('graph.noNote')}</div>;
  return <GraphView scope={scope} />;
}
