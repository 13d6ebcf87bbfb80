import type { IsoDate } from '../../../shared/dates/iso-date';
import { formatDisplayDate } from '../../../shared/dates/vietnamese-date';
import { AsOfDateField } from './AsOfDateField';
import { type DefaultAsOf, describeDefaultAsOf, shortDefaultAsOf } from './default-as-of';

type Props = {
  value: IsoDate;
  /** null: the default date is in use. */
  requested: IsoDate | null;
  chosenDefault: DefaultAsOf;
  onChange: (date: IsoDate | null) => void;
  readOnly: boolean;
};

/** The status date with why it was chosen, or a way back to the default once changed. */
export function AsOfControl({ value, requested, chosenDefault, onChange, readOnly }: Props) {
  if (readOnly) {
    return (
      <span className="as-of-readonly" data-testid="as-of-readonly">
        Tình hình đến ngày <strong>{formatDisplayDate(value)}</strong>
      </span>
    );
  }
  const hint = describeDefaultAsOf(chosenDefault);
  return (
    <>
      <AsOfDateField value={value} onChange={onChange} />
      <span className="as-of-hint" data-testid="as-of-hint">
        {requested === null ? (
          <span className="cell-text" title={hint}>
            {shortDefaultAsOf(chosenDefault)}
          </span>
        ) : (
          <button
            type="button"
            className="button link"
            data-testid="as-of-reset"
            onClick={() => onChange(null)}
          >
            Về ngày mặc định ({formatDisplayDate(chosenDefault.date)})
          </button>
        )}
      </span>
    </>
  );
}
