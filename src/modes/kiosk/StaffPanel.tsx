import { useEffect, useState } from 'preact/hooks';
import { useModal } from '../../components/use-modal.ts';
import { findTour, tours } from '../../content/index.ts';
import { findStopSummary, stops } from '../../content/stops.ts';
import type { Language } from '../../content/types.ts';
import { language, translator } from '../../i18n/index.ts';
import { languageName, languages } from '../../i18n/languages.ts';
import { buildInfo } from '../../pwa/build-info.ts';
import { online } from '../../pwa/network-status.ts';
import { precacheReport } from '../../pwa/precache-report.ts';
import { serverVersion } from '../../pwa/server-version.ts';
import { updateStatus } from '../../pwa/update-policy.ts';
import {
  applyWaitingUpdate,
  checkForUpdate,
  lastUpdateCheck,
  updateAttempt,
  updateWaiting,
} from '../../pwa/update-state.ts';
import {
  type CounterRepair,
  clearCounts,
  counterRepair,
  type RepairReason,
  readCounts,
} from './counter-store.ts';
import { type CounterRow, counterRows, countersCsv, countersFileName } from './counters.ts';
import { formatBytes, type StorageStatus, storageStatus } from './staff-status.ts';
import { staffView } from './visit.ts';
import './StaffPanel.css';

const REPAIR_TEXT: Record<RepairReason, string> = {
  missingStore: 'kiosk:repairMissingStore',
  wrongStore: 'kiosk:repairWrongStore',
  unreadable: 'kiosk:repairUnreadable',
};

const catalog = {
  language: languages,
  tour: tours.map((tour) => tour.id),
  stop: stops.map((stop) => stop.id),
};

/** Downloads `text` as a file (a Blob URL, revoked once the download has started). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The staff panel: versions, updates, storage, the on-device counters, and the kiosk's controls. */
export function StaffPanel({ onReload, onLeave }: { onReload: () => void; onLeave: () => void }) {
  const open = staffView.value === 'panel';
  const dialog = useModal(open);
  return (
    <dialog
      ref={dialog}
      class="kiosk-dialog staff-panel"
      aria-labelledby="staff-panel-title"
      onClose={() => {
        if (staffView.value === 'panel') staffView.value = 'closed';
      }}
    >
      {open && <StaffPanelBody onReload={onReload} onLeave={onLeave} />}
    </dialog>
  );
}

function StaffPanelBody({ onReload, onLeave }: { onReload: () => void; onLeave: () => void }) {
  const lang = language.value;
  const t = translator(lang);
  const [storage, setStorage] = useState<StorageStatus>();
  const [rows, setRows] = useState<CounterRow[]>();
  const [countersFailed, setCountersFailed] = useState(false);
  const [repair, setRepair] = useState<CounterRepair | null>(null);
  const [checking, setChecking] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);

  const refresh = () => {
    void storageStatus().then(setStorage);
    void readCounts().then(
      (counts) => {
        setRows(counterRows(counts, catalog));
        setCountersFailed(false);
        setRepair(counterRepair());
      },
      () => {
        setRows([]);
        setCountersFailed(true);
      },
    );
  };
  useEffect(() => refresh(), []);

  const time = (date: Date | null) =>
    date
      ? date.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'medium' })
      : t('kiosk:never');
  const idLabel = (row: CounterRow) => {
    if (!row.id) return '';
    if (row.metric === 'language_chosen') return languageName(row.id as Language);
    const title = row.metric.startsWith('tour_')
      ? findTour(row.id)?.title
      : findStopSummary(row.id)?.title;
    return title?.[lang] ?? row.id;
  };
  // The truth about the update, from the attempts this tab made (update-policy.ts).
  const updateText = () => {
    const attempt = updateAttempt.value;
    switch (updateStatus(updateWaiting.value, attempt, buildInfo.buildId)) {
      case 'none':
        return t('kiosk:updateNone');
      case 'pending':
        return t('kiosk:updatePending');
      case 'applying':
        return t('kiosk:updateApplying');
      case 'retrying':
        return t('kiosk:updateRetrying', { count: attempt?.failures ?? 0 });
      case 'applied':
        return t('kiosk:updateApplied', { time: time(new Date(attempt?.appliedAt ?? 0)) });
    }
  };
  // The build the server offers, so staff can tell a kiosk that runs stale code.
  const serverBuildText = () => {
    const server = serverVersion.value;
    if (!server) return t('kiosk:serverBuildUnknown');
    return server.buildId === buildInfo.buildId ? t('kiosk:serverBuildSame') : server.buildId;
  };
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? '–' : value ? t('kiosk:yes') : t('kiosk:no');

  const status: [string, string][] = [
    [t('kiosk:buildId'), buildInfo.buildId],
    [t('kiosk:buildTime'), time(new Date(buildInfo.buildTime))],
    [t('kiosk:contentVersion'), buildInfo.contentVersion],
    [t('kiosk:serverBuild'), serverBuildText()],
    [t('kiosk:updateStatus'), updateText()],
    [t('kiosk:lastCheck'), time(lastUpdateCheck.value)],
    [
      t('kiosk:precached'),
      storage?.precached == null
        ? t('kiosk:none')
        : // Out of this version's files, once the worker has counted them.
          `${storage.precached}${precacheReport.value ? ` / ${precacheReport.value.expected}` : ''}`,
    ],
    [
      t('kiosk:storage'),
      storage
        ? t('kiosk:storageOf', {
            used: formatBytes(storage.usage),
            quota: formatBytes(storage.quota),
          })
        : '…',
    ],
    [t('kiosk:persistent'), yesNo(storage?.persisted)],
    [t('kiosk:network'), online.value ? t('kiosk:online') : t('kiosk:offline')],
  ];

  return (
    <div class="kiosk-dialog__card staff-panel__card">
      <div class="staff-panel__head">
        <h2 id="staff-panel-title" class="kiosk-dialog__title">
          {t('kiosk:staffPanel')}
        </h2>
        <form method="dialog">
          <button type="submit" class="kiosk-button kiosk-button--secondary">
            {t('close')}
          </button>
        </form>
      </div>
      <div class="staff-panel__columns">
        <section aria-labelledby="staff-status">
          <h3 id="staff-status">{t('kiosk:status')}</h3>
          <dl class="staff-panel__status">
            {status.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd data-status={name}>{value}</dd>
              </div>
            ))}
          </dl>
          <div class="staff-panel__actions">
            <button
              type="button"
              class="kiosk-button kiosk-button--secondary"
              disabled={checking}
              onClick={async () => {
                setChecking(true);
                await checkForUpdate().catch(() => undefined);
                setChecking(false);
                refresh();
              }}
            >
              {checking ? t('kiosk:checking') : t('kiosk:checkUpdate')}
            </button>
            <button
              type="button"
              class="kiosk-button kiosk-button--primary"
              disabled={!updateWaiting.value}
              onClick={() => void applyWaitingUpdate()}
            >
              {t('kiosk:applyUpdate')}
            </button>
            <button type="button" class="kiosk-button kiosk-button--secondary" onClick={onReload}>
              {t('kiosk:reload')}
            </button>
            <button type="button" class="kiosk-button kiosk-button--danger" onClick={onLeave}>
              {t('kiosk:leave')}
            </button>
          </div>
        </section>
        <section aria-labelledby="staff-print">
          <h3 id="staff-print">{t('kiosk:printSigns')}</h3>
          <p class="staff-panel__note">{t('kiosk:printSignsNote')}</p>
          <div class="staff-panel__actions">
            {/* Staff leave the kiosk for the printable sheets the build makes (dist/print/). */}
            <button
              type="button"
              class="kiosk-button kiosk-button--secondary"
              onClick={() => location.assign('/print/signs.html')}
            >
              {t('kiosk:signsSheet')}
            </button>
            <button
              type="button"
              class="kiosk-button kiosk-button--secondary"
              onClick={() => location.assign('/print/signs-compact.html')}
            >
              {t('kiosk:signsCompact')}
            </button>
          </div>
        </section>
        <section aria-labelledby="staff-counters">
          <h3 id="staff-counters">{t('kiosk:counters')}</h3>
          <p class="staff-panel__note">{t('kiosk:countersNote')}</p>
          {repair && (
            <p class="staff-panel__notice" data-counter-repair={repair.reason}>
              {t('kiosk:countersRepaired', {
                date: time(new Date(repair.at)),
                reason: t(REPAIR_TEXT[repair.reason]),
              })}
            </p>
          )}
          {countersFailed && (
            <p class="staff-panel__notice" role="alert">
              {t('kiosk:countersUnavailable')}
            </p>
          )}
          <table class="staff-panel__counters">
            <thead>
              <tr>
                <th scope="col">{t('kiosk:metric')}</th>
                <th scope="col">{t('kiosk:item')}</th>
                <th scope="col">{t('kiosk:count')}</th>
              </tr>
            </thead>
            <tbody>
              {rows?.map((row) => (
                <tr key={`${row.metric}:${row.id}`} data-counter={`${row.metric}:${row.id}`}>
                  <td>{t(`kiosk:metrics.${row.metric}`)}</td>
                  <td>{idLabel(row)}</td>
                  <td class="staff-panel__count">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="staff-panel__actions">
            <button
              type="button"
              class="kiosk-button kiosk-button--secondary"
              disabled={!rows}
              onClick={() => rows && download(countersCsv(rows), countersFileName(new Date()))}
            >
              {t('kiosk:exportCsv')}
            </button>
            {confirmReset ? (
              <>
                <button
                  type="button"
                  class="kiosk-button kiosk-button--danger"
                  onClick={async () => {
                    setConfirmReset(false);
                    await clearCounts().catch(() => undefined);
                    refresh();
                  }}
                >
                  {t('kiosk:resetConfirm')}
                </button>
                <button
                  type="button"
                  class="kiosk-button kiosk-button--quiet"
                  onClick={() => setConfirmReset(false)}
                >
                  {t('kiosk:cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                class="kiosk-button kiosk-button--secondary"
                onClick={() => setConfirmReset(true)}
              >
                {t('kiosk:resetCounters')}
              </button>
            )}
          </div>
        </section>
      </div>
    </div>
  );
}
