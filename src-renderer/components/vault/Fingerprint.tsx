import { useT } from '../../i18n/useT';

/**
 * A fingerprint shown in groups of five digits, large and spaced so two
 * people can read it to each other over the phone. Screen readers get the
 * digits one by one.
 */
export function Fingerprint({ value }: { value: string }): React.JSX.Element {
  const t = useT();
  const groups = value.split(/\s+/).filter(Boolean);
  const spoken = groups.map((g) => g.split('').join(' ')).join(', ');
  return (
    <p className="fingerprint" data-fingerprint={value}>
      <span className="visually-hidden">
        {t('identity.fingerprint.spoken', { digits: spoken })}
      </span>
      {groups.map((g, i) => (
        <span key={i} className="fingerprint-group" aria-hidden="true">
          {g}
        </span>
      ))}
    </p>
  );
}
