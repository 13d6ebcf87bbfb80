import type { ReactNode } from 'react';

export type SidePanelTab = 'units' | 'review';

type Props = {
  tab: SidePanelTab;
  onTab: (tab: SidePanelTab) => void;
  onClose: () => void;
  reviewCount: number;
  units: ReactNode;
  review: ReactNode;
};

/** The right-hand panel: units overview and the "Cần bổ sung" list, one tab at a time. */
export function SidePanel({ tab, onTab, onClose, reviewCount, units, review }: Props) {
  return (
    <aside className="side-panel" aria-label="Bảng bên" data-testid="side-panel">
      <div className="side-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'units'}
          className={tab === 'units' ? 'is-active' : undefined}
          data-testid="tab-units"
          onClick={() => onTab('units')}
        >
          Đơn vị
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'review'}
          className={tab === 'review' ? 'is-active' : undefined}
          data-testid="tab-review"
          onClick={() => onTab('review')}
        >
          Cần bổ sung {reviewCount > 0 && <span className="count-badge">{reviewCount}</span>}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Đóng bảng bên"
          title="Đóng"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="side-body" role="tabpanel">
        {tab === 'units' ? units : review}
      </div>
    </aside>
  );
}
