import { useT } from '../../../i18n/useT';
import { segmentsOf } from '../../../../src-shared/organiser';
import type { Segment } from '../../../../src-shared/organiser';
import type { AnonymisedApplication } from '../../../../src-shared/anonymise';
import type { Application } from '../../../../src-shared/domain/round';

/**
 * Text with each replacement in a <mark>. Application text is always
 * rendered as text; marks are built from the anonymiser's positions.
 */
function Marked({
  segments,
  side,
}: {
  segments: readonly Segment[];
  side: 'original' | 'redacted';
}): React.JSX.Element {
  const t = useT();
  return (
    <>
      {segments.map((s, i) =>
        s.kind === null ? (
          <span key={i}>{s.text}</span>
        ) : (
          <mark key={i} className={`redaction redaction-${s.kind}`}>
            {s.text}
            <span className="visually-hidden">
              {side === 'original'
                ? ` ${t('organiser.review.replacedBy', { to: s.counterpart ?? '' })}`
                : ` ${t('organiser.review.replacing', { from: s.counterpart ?? '' })}`}
            </span>
          </mark>
        ),
      )}
    </>
  );
}

/** Every section, original beside redacted, replacements highlighted on both sides. */
export function SideBySide({
  application,
  redacted,
}: {
  application: Application;
  redacted: AnonymisedApplication;
}): React.JSX.Element {
  const t = useT();
  return (
    <div className="organiser-sections">
      {application.sections.map((section, index) => {
        const out = redacted.sections[index] ?? { title: '', text: '' };
        const of = (field: 'title' | 'text') =>
          redacted.replacements.filter((r) => r.sectionIndex === index && r.field === field);
        return (
          <section
            key={index}
            className="organiser-section-pair"
            aria-label={section.title || t('organiser.review.section', { n: index + 1 })}
          >
            <h4>{section.title || t('organiser.review.section', { n: index + 1 })}</h4>
            <div className="organiser-pair">
              <div className="organiser-text">
                <p className="organiser-text-label">{t('organiser.review.original')}</p>
                {of('title').length > 0 && (
                  <p className="organiser-text-title">
                    <Marked
                      segments={segmentsOf(section.title, of('title'), 'original')}
                      side="original"
                    />
                  </p>
                )}
                <p className="organiser-text-body">
                  <Marked
                    segments={segmentsOf(section.text, of('text'), 'original')}
                    side="original"
                  />
                </p>
              </div>
              <div className="organiser-text redacted">
                <p className="organiser-text-label">{t('organiser.review.redacted')}</p>
                {of('title').length > 0 && (
                  <p className="organiser-text-title">
                    <Marked
                      segments={segmentsOf(out.title, of('title'), 'redacted')}
                      side="redacted"
                    />
                  </p>
                )}
                <p className="organiser-text-body">
                  <Marked segments={segmentsOf(out.text, of('text'), 'redacted')} side="redacted" />
                </p>
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}
