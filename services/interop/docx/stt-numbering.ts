/**
 * The "STT" column of a plan table → WBS codes. Tables number groups with Roman numerals (or
 * capitals), tasks with "1", "1.1", sub-tasks with "a)", and list minor lines with "-":
 *   I → "I"; 1 → "I.1"; 1.2 → "I.1.2"; a) → "I.1.2.a"; "-" → "I.1.2.a.1", "I.1.2.a.2" …
 */
export type SttReading =
  | { kind: 'group' | 'number' | 'letter'; code: string }
  | { kind: 'bullet' }
  | { kind: 'empty' }
  | { kind: 'unknown'; text: string };

export function readStt(text: string): SttReading {
  const t = text.replace(/\s+/g, '').replace(/^\((.*)\)$/, '$1');
  if (t === '') return { kind: 'empty' };
  if (/^[-–•+*]$/.test(t)) return { kind: 'bullet' };
  const group = /^(?:phần)?([IVX]{1,6}|[A-Z])[.)]?$/u.exec(t);
  if (group) return { kind: 'group', code: group[1]! };
  const number = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/.exec(t);
  if (number) return { kind: 'number', code: number[1]! };
  const letter = /^([a-zđ])[.)]?$/u.exec(t);
  if (letter) return { kind: 'letter', code: letter[1]! };
  return { kind: 'unknown', text };
}

/** Gives each row its WBS code from its STT and the rows above; null for a row that continues the one above. */
export function createSttNumbering(): (stt: SttReading) => string | null {
  let group: string | null = null;
  let lastNumber: string | null = null;
  let lastItem: string | null = null;
  const bulletCount = new Map<string, number>();
  const under = (parent: string | null, code: string) => (parent === null ? code : `${parent}.${code}`);

  return (stt) => {
    switch (stt.kind) {
      case 'group':
        group = stt.code;
        lastNumber = null;
        lastItem = group;
        return group;
      case 'number':
        lastNumber = under(group, stt.code);
        lastItem = lastNumber;
        return lastNumber;
      case 'letter':
        lastItem = under(lastNumber ?? group, stt.code);
        return lastItem;
      case 'bullet': {
        const count = (bulletCount.get(lastItem ?? '') ?? 0) + 1;
        bulletCount.set(lastItem ?? '', count);
        return under(lastItem, String(count));
      }
      default:
        return null;
    }
  };
}
