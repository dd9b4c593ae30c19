import { IDENTITY_CARD_MAX_BYTES, isCryptoError } from '../../services/crypto';
import { isExchangeError, RESULT_MAX_BYTES } from '../../services/exchange';
import { atomicWriteFile } from '../../services/files/atomic-write';
import { openResultWithCard, renderReport, refusalOf } from '../../services/report';
import type { ReportFileFormat } from '../../services/report';
import { APP_VERSION } from '../../services/app-version';
import { LANGUAGES } from '../../../src-shared/i18n/languages';
import type { Language } from '../../../src-shared/i18n/languages';
import { CliFailure, EXIT, parseFlags, required, UsageError, type CliCommand } from '../args';
import { loadIdentity, readInputFile } from '../input-files';
import { readApplicationsFile, readJurorsFile, readRoundFile } from './report-inputs';

const FORMATS: readonly ReportFileFormat[] = ['json', 'csv', 'xlsx', 'html'];

/**
 * `report`: the organiser's final report from the chair's result, stateless.
 * The result is opened with the organiser's key and trusted only if the
 * chair's identity card signed it; applications and jurors are named from
 * the plain files. Same report builder as the app (src-shared/report).
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: `  report --result FILE --identity KEYFILE --passphrase-file F --chair-card CARD
        --round round.json --applications applications.json [--jurors jurors.json]
        [--language sv|en] --format json|csv|xlsx|html --out FILE
                        As the organiser: verify the chair's signed result and
                        write the final jury report (winner, motivation,
                        ranking, method, conflicts, input digests). PDF is
                        made in the app (the CLI writes HTML to print).`,
  async run(args, io) {
    const { values } = parseFlags(args, {
      result: { type: 'string' },
      identity: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'chair-card': { type: 'string' },
      round: { type: 'string' },
      applications: { type: 'string' },
      jurors: { type: 'string' },
      language: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const resultPath = required(values['result'], '--result FILE', 'report');
    const keyPath = required(values['identity'], '--identity KEYFILE', 'report');
    const passPath = required(values['passphrase-file'], '--passphrase-file F', 'report');
    const cardPath = required(values['chair-card'], '--chair-card CARD', 'report');
    const roundPath = required(values['round'], '--round round.json', 'report');
    const appsPath = required(values['applications'], '--applications applications.json', 'report');
    const outPath = required(values['out'], '--out FILE', 'report');
    const format = FORMATS.find((f) => f === values['format']);
    if (format === undefined) throw new UsageError('report --format is json, csv, xlsx or html');
    const language: Language | undefined = LANGUAGES.find(
      (l) => l === (values['language'] ?? 'sv'),
    );
    if (language === undefined) throw new UsageError('report --language is sv or en');
    const jurorsPath = values['jurors'];
    if (jurorsPath !== undefined && typeof jurorsPath !== 'string') {
      throw new UsageError('report --jurors needs a file');
    }

    const me = await loadIdentity(keyPath, passPath);
    const { round } = await readRoundFile(roundPath);
    const { applications } = await readApplicationsFile(appsPath);
    const jurors = jurorsPath === undefined ? [] : (await readJurorsFile(jurorsPath)).jurors;
    const card = await readInputFile(cardPath, IDENTITY_CARD_MAX_BYTES, 'identity card');
    const bytes = await readInputFile(resultPath, RESULT_MAX_BYTES, 'result');
    let opened: ReturnType<typeof openResultWithCard>;
    try {
      opened = openResultWithCard(bytes, me, card, { award: round.award, roundId: round.id });
    } catch (e) {
      if (isExchangeError(e)) {
        throw new CliFailure(`The result is refused (${refusalOf(e.code)}): ${e.message}`);
      }
      if (isCryptoError(e))
        throw new CliFailure(`The chair's identity card cannot be used (${e.code}).`);
      throw e;
    }
    const rendered = await renderReport(
      {
        result: opened.payload,
        digest: opened.digest,
        round: { id: round.id, name: round.name, year: round.year },
        applications,
        jurors: jurors.map((j) => ({ jurorId: j.id, name: j.name })),
        chair: opened.chair,
        language,
      },
      format,
      { appVersion: APP_VERSION, pdf: null },
    );
    if (!rendered.ok) throw new CliFailure('This format cannot be written here.');
    await atomicWriteFile(outPath, rendered.bytes);
    const winner = rendered.report.winner;
    io.out(
      `Result verified (signed by ${opened.chair.name}, SHA-256 ${opened.digest}).\n` +
        `Winner: ${winner === null ? '–' : `${winner.name} (${winner.applicationId})`}\n` +
        `Report written: ${outPath}\n`,
    );
    return EXIT.ok;
  },
};
