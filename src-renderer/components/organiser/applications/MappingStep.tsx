import { useId, useMemo } from 'react';
import { useT } from '../../../i18n/useT';
import {
  columnLabel,
  columnLetter,
  MAPPING_TARGETS,
  previewRows,
} from '../../../../src-shared/import';
import type { MappingTarget } from '../../../../src-shared/import';
import { PreviewTable } from './PreviewTable';
import { readWarningText } from './wizard';
import type { ExistingOptions, ImportSource } from './wizard';

const PREVIEW_ROWS = 5;

/** Choose what each column holds, with a preview of the first rows. */
export function MappingStep({
  source,
  mapping,
  options,
  onChange,
  onNext,
  onCancel,
}: {
  source: Extract<ImportSource, { kind: 'table' }>;
  mapping: MappingTarget[];
  options: ExistingOptions;
  onChange: (mapping: MappingTarget[]) => void;
  onNext: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const { table } = source;
  const preview = useMemo(
    () => previewRows(table, mapping, PREVIEW_ROWS, options),
    [table, mapping, options],
  );
  const hasApplicant = mapping.includes('applicant');
  const example = (col: number) => {
    const cell = table.rows.map((r) => r[col] ?? '').find((c) => c !== '') ?? '';
    return cell.length > 80 ? `${cell.slice(0, 79)}…` : cell;
  };
  const separator =
    table.separator === ';'
      ? t('organiser.import.sep.semicolon')
      : table.separator === ','
        ? t('organiser.import.sep.comma')
        : table.separator === '\t'
          ? t('organiser.import.sep.tab')
          : null;

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`} tabIndex={-1}>
        {t('organiser.import.mappingTitle')}
      </h3>
      <p>
        {t('organiser.import.fileFacts', {
          file: source.fileName,
          rows: table.rows.length,
          columns: table.headers.length,
          encoding: t(`organiser.import.encoding.${table.encoding}`),
        })}
        {separator !== null && ` ${t('organiser.import.separator', { separator })}`}
      </p>
      <p className="muted">{t('organiser.import.mappingIntro')}</p>
      {source.warnings.length > 0 && (
        <div className="notice notice-warning" role="status">
          <p>{t('organiser.import.readWarnings', { count: source.warnings.length })}</p>
          <ul>
            {source.warnings.slice(0, 20).map((w, i) => (
              <li key={i}>{readWarningText(w, t)}</li>
            ))}
          </ul>
        </div>
      )}
      {!hasApplicant && (
        <p className="notice notice-warning" role="status">
          {t('organiser.import.noApplicant')}
        </p>
      )}
      <div className="table-scroll">
        <table className="organiser-table">
          <caption>{t('organiser.import.columnsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organiser.import.column')}</th>
              <th scope="col">{t('organiser.import.example')}</th>
              <th scope="col">{t('organiser.import.usedAs')}</th>
            </tr>
          </thead>
          <tbody>
            {table.headers.map((header, col) => {
              const name = columnLabel(table.headers, col);
              const letter = columnLetter(col);
              return (
                <tr key={col}>
                  <th scope="row">
                    <span className="muted">{letter}</span> {header === '' ? '' : name}
                  </th>
                  <td className="cell-text">{example(col)}</td>
                  <td>
                    <label htmlFor={`${id}-c${col}`} className="visually-hidden">
                      {t('organiser.import.usedAsFor', { column: name })}
                    </label>
                    <select
                      id={`${id}-c${col}`}
                      value={mapping[col] ?? 'ignore'}
                      onChange={(e) => {
                        const target =
                          MAPPING_TARGETS.find((m) => m === e.target.value) ?? 'ignore';
                        onChange(mapping.map((m, i) => (i === col ? target : m)));
                      }}
                    >
                      {MAPPING_TARGETS.map((target) => (
                        <option key={target} value={target}>
                          {t(`organiser.target.${target}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h4>{t('organiser.import.previewTitle', { count: preview.length })}</h4>
      <PreviewTable rows={preview} />
      <div className="organiser-actions">
        <button type="button" className="primary" onClick={onNext}>
          {t('organiser.import.toReport')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('organiser.import.cancel')}
        </button>
      </div>
    </section>
  );
}
