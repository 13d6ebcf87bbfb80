import { useId } from 'react';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import type { UnitRef } from '../../../shared/plan-view/plan-view-schema';

type Props = { units: readonly UnitRef[]; asOf: IsoDate };

/** Small drawings matching the chart's own marks, so the legend reads like the chart. */
function Swatch({ kind, color, patternId }: { kind: string; color?: string; patternId: string }) {
  const hatch = `url(#${patternId})`;
  return (
    <svg className="legend-swatch" viewBox="0 0 30 16" width="30" height="16" aria-hidden="true">
      {kind === 'unit' && <rect x="1" y="3" width="28" height="10" rx="2" style={{ fill: color }} />}
      {kind === 'no-lead' && (
        <rect x="1" y="3" width="28" height="10" rx="2" className="legend-hatched" style={{ fill: hatch }} />
      )}
      {kind === 'unknown' && (
        <>
          <rect
            x="1"
            y="3"
            width="18"
            height="10"
            rx="2"
            className="legend-unknown"
            style={{ fill: hatch }}
          />
          <circle cx="24.5" cy="8" r="5" className="legend-badge-unknown" />
          <text x="24.5" y="8" className="legend-badge-text">
            ?
          </text>
        </>
      )}
      {kind === 'overdue' && (
        <>
          <rect x="1.5" y="3.5" width="17" height="9" rx="2" className="legend-overdue" />
          <circle cx="24.5" cy="8" r="5" className="legend-badge-overdue" />
          <text x="24.5" y="8" className="legend-badge-text">
            !
          </text>
        </>
      )}
      {kind === 'milestone' && <path d="M15 2 L21 8 L15 14 L9 8 Z" className="legend-diamond" />}
      {kind === 'summary' && (
        <path d="M2 5 h26 v4 h-26 z M2 9 h5 l-5 5 z M28 9 h-5 l5 5 z" className="legend-summary" />
      )}
      {kind === 'asof' && <path d="M15 0 V16" className="legend-asof" />}
      {kind === 'today' && <path d="M15 0 V16" className="legend-today" />}
    </svg>
  );
}

export function Legend({ units, asOf }: Props) {
  const patternId = `legend-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const item = (kind: string, label: string, color?: string, key?: string) => (
    <li key={key ?? kind} className="legend-item">
      <Swatch kind={kind} color={color} patternId={patternId} />
      <span>{label}</span>
    </li>
  );
  return (
    <footer className="legend" data-testid="legend" aria-label="Chú giải">
      <svg width="0" height="0" className="legend-defs" aria-hidden="true">
        <defs>
          <pattern
            id={patternId}
            patternUnits="userSpaceOnUse"
            width="5"
            height="5"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" className="ecp-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="5" className="ecp-hatch-line" />
          </pattern>
        </defs>
      </svg>
      <span className="legend-title">Chủ trì:</span>
      <ul className="legend-list">
        {units.map((unit) => item('unit', unit.name, unit.color, `unit-${unit.id}`))}
        {item('no-lead', 'Chưa xác định chủ trì')}
      </ul>
      <ul className="legend-list">
        {item('summary', 'Nhóm nhiệm vụ')}
        {item('milestone', 'Mốc, cuộc họp')}
        {item('overdue', 'Quá hạn')}
        {item('unknown', 'Chưa rõ thời hạn')}
        {item('asof', `Ngày theo dõi (${formatDisplayDate(asOf)})`)}
        {item('today', 'Hôm nay')}
      </ul>
    </footer>
  );
}
