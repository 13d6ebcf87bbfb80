import type { SidePanelTab } from './SidePanel';

type Props = {
  open: SidePanelTab | null;
  onOpen: (tab: SidePanelTab | null) => void;
  reviewCount: number;
};

/** Opens the side panel on units or on "Cần bổ sung" (with how many items wait there). */
export function PanelToggles({ open, onOpen, reviewCount }: Props) {
  const toggle = (tab: SidePanelTab) => onOpen(open === tab ? null : tab);
  return (
    <div className="panel-toggles">
      <button
        type="button"
        className={`button${open === 'units' ? ' is-active' : ''}`}
        data-testid="open-units"
        aria-pressed={open === 'units'}
        onClick={() => toggle('units')}
      >
        Đơn vị
      </button>
      <button
        type="button"
        className={`button${open === 'review' ? ' is-active' : ''}`}
        data-testid="open-review"
        aria-pressed={open === 'review'}
        onClick={() => toggle('review')}
      >
        Cần bổ sung {reviewCount > 0 && <span className="count-badge">{reviewCount}</span>}
      </button>
    </div>
  );
}
