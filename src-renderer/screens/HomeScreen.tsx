import { useEffect } from 'react';
import { useStore } from '../store/app-store';
import { useT } from '../i18n/useT';
import { ScreenHeading } from '../components/ScreenHeading';
import { RoundCard } from '../components/RoundCard';
import { NewRoundButton } from '../components/organiser/NewRoundButton';

/** First screen: choose a round and the role to open it in. */
export function HomeScreen(): React.JSX.Element {
  const t = useT();
  const rounds = useStore((s) => s.rounds);
  const loadRounds = useStore((s) => s.loadRounds);

  useEffect(() => {
    void loadRounds();
  }, [loadRounds]);

  return (
    <section aria-labelledby="rounds-heading">
      <ScreenHeading>{t('home.title')}</ScreenHeading>
      <p className="lead">{t('home.intro')}</p>
      <h2 id="rounds-heading">{t('home.rounds')}</h2>
      <NewRoundButton />
      {rounds === null ? (
        <p role="status">{t('status.loading')}</p>
      ) : rounds.length === 0 ? (
        <p>{t('home.noRounds')}</p>
      ) : (
        <ul className="round-list">
          {rounds.map((round) => (
            <li key={round.id}>
              <RoundCard round={round} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
