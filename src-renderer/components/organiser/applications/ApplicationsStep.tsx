import { useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { call } from '../../../ipc/client';
import { useOrganiserStore } from '../../../store/organiser-store';
import { suggestMapping } from '../../../../src-shared/import';
import type { Application } from '../../../../src-shared/domain/round';
import { StepHeading } from '../StepHeading';
import { FileDropZone } from '../FileDropZone';
import { ApplicationTable } from './ApplicationTable';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';
import { failureText } from './wizard';
import type { ImportSource, Wizard } from './wizard';
import { toBase64url } from '../../../store/organiser-blobs';
import '../attachments/attachments.css';

/** The largest import file (as the dialog's reader caps it). */
const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The round's applications and the import: main reads the file the
 * organiser picks (or drops on the import area); a spreadsheet goes through
 * the column mapping with a preview; every import ends with a per-row
 * report the organiser confirms. Nothing is stored before that confirmation.
 */
export function ApplicationsStep(): React.JSX.Element {
  const t = useT();
  const id = useId();
  const apps = useOrganiserStore((s) => s.apps);
  const commitImport = useOrganiserStore((s) => s.commitImport);
  const [wizard, setWizard] = useState<Wizard | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const importButton = useRef<HTMLButtonElement>(null);

  const existing = useMemo(
    () => ({
      existingIds: new Set<string>(apps.map((a) => a.application.id)),
      existingApplicants: new Set(apps.map((a) => a.application.applicant)),
    }),
    [apps],
  );

  async function readFile(dropped?: File): Promise<void> {
    setMessage(null);
    if (dropped !== undefined && dropped.size > IMPORT_MAX_BYTES) {
      setMessage({
        kind: 'error',
        text: t('organiser.import.failed.TOO_LARGE', { file: dropped.name }),
      });
      return;
    }
    setBusy(true);
    const res = await call('organiser:readImportFile', {
      existingIds: [...existing.existingIds],
      existingApplicants: [...existing.existingApplicants],
      ...(dropped === undefined
        ? {}
        : {
            dropped: {
              name: dropped.name,
              data: toBase64url(new Uint8Array(await dropped.arrayBuffer())),
            },
          }),
    }).catch(() => null);
    setBusy(false);
    if (res === null) {
      setMessage({ kind: 'error', text: t('error.INTERNAL') });
      return;
    }
    if (!res.ok) {
      setMessage({ kind: 'error', text: t(`error.${res.error.code}`) });
      return;
    }
    const r = res.value;
    switch (r.status) {
      case 'cancelled':
        return;
      case 'failed':
        setMessage({ kind: 'error', text: failureText(r, t) });
        return;
      case 'table': {
        const source: ImportSource = {
          kind: 'table',
          fileName: r.fileName,
          table: r.table,
          warnings: r.warnings,
        };
        const { mapping } = suggestMapping(r.table.headers, r.table.rows);
        setWizard({ stage: 'mapping', source, mapping });
        return;
      }
      case 'json':
        setWizard({
          stage: 'report',
          source: {
            kind: 'json',
            fileName: r.fileName,
            applications: r.applications,
            report: r.report,
            summary: r.summary,
            attachments: new Map(r.attachments.map((a) => [a.applicationId, a.items])),
            attachmentReport: r.attachmentReport,
          },
          mapping: null,
        });
        return;
    }
  }

  function cancel(): void {
    setWizard(null);
    setMessage({ kind: 'ok', text: t('organiser.import.cancelled') });
    importButton.current?.focus();
  }

  async function confirm(applications: readonly Application[]): Promise<void> {
    setBusy(true);
    try {
      const source = wizard?.source;
      await commitImport(applications, source?.kind === 'json' ? source.attachments : new Map());
      setWizard(null);
      setMessage({ kind: 'ok', text: t('organiser.import.done', { count: applications.length }) });
    } catch {
      setMessage({ kind: 'error', text: t('organiser.import.saveFailed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-step-body">
      <StepHeading id={`${id}-h`}>{t('organiser.applications.title')}</StepHeading>
      {message && (
        <p
          className={message.kind === 'error' ? 'notice notice-error' : 'organiser-ok'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {wizard === null ? (
        <>
          <p className="muted">{t('organiser.applications.intro')}</p>
          <FileDropZone
            onFile={(file) => {
              if (!busy) void readFile(file);
            }}
          >
            <button
              ref={importButton}
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void readFile()}
            >
              {t('organiser.import.open')}
            </button>
            <span className="muted">{t('organiser.import.drop')}</span>
          </FileDropZone>
          <ApplicationTable />
        </>
      ) : wizard.stage === 'mapping' && wizard.source.kind === 'table' ? (
        <MappingStep
          source={wizard.source}
          mapping={wizard.mapping ?? []}
          options={existing}
          onChange={(mapping) => setWizard({ ...wizard, mapping })}
          onNext={() => setWizard({ ...wizard, stage: 'report' })}
          onCancel={cancel}
        />
      ) : (
        <ReportStep
          source={wizard.source}
          mapping={wizard.mapping}
          options={existing}
          busy={busy}
          onBack={
            wizard.source.kind === 'table' ? () => setWizard({ ...wizard, stage: 'mapping' }) : null
          }
          onConfirm={(applications) => void confirm(applications)}
          onCancel={cancel}
        />
      )}
    </section>
  );
}
