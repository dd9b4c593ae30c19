import { useT } from '../../i18n/useT';
import { ViewHeading } from './ViewHeading';
import { TiePolicyPanel } from './TiePolicyPanel';
import { FinalistPicker } from './FinalistPicker';
import { ScoreChangesPanel } from './ScoreChangesPanel';
import { DecisionLog } from './DecisionLog';
import { TextsPanel } from './TextsPanel';

/** The deliberation: tie policy, finalists and winner, changed scores, decisions, motivation, minutes. */
export function DeliberationView(): React.JSX.Element {
  const t = useT();
  return (
    <section>
      <ViewHeading>{t('chair.delib.title')}</ViewHeading>
      <TiePolicyPanel />
      <FinalistPicker />
      <ScoreChangesPanel />
      <DecisionLog />
      <TextsPanel />
    </section>
  );
}
