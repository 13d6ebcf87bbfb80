import { describe, expect, it } from 'vitest';
import { takeBridgeToken } from './bridge-token';

function page(hash: string) {
  const store = new Map<string, string>();
  const location = { hash, pathname: '/', search: '' } as Location;
  const replaced: string[] = [];
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      replaced.push(url);
      location.hash = '';
    },
  } as unknown as History;
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  } as Storage;
  return { location, history, storage, replaced };
}

describe('the bridge token in the window', () => {
  it('takes the token from the fragment, keeps it for the tab and clears it from the address', () => {
    const p = page('#t=zpKKZnPL-3cM7qo_Aj13abcdEF');
    expect(takeBridgeToken(p.location, p.history, p.storage)).toBe('zpKKZnPL-3cM7qo_Aj13abcdEF');
    expect(p.replaced).toEqual(['/']);
    // A reload has no fragment any more: the tab's copy is used.
    expect(takeBridgeToken(p.location, p.history, p.storage)).toBe('zpKKZnPL-3cM7qo_Aj13abcdEF');
  });

  it('has no token without the printed address, and ignores a fragment that is not one', () => {
    expect(takeBridgeToken(page('').location, page('').history, page('').storage)).toBeNull();
    const p = page('#t=<script>');
    expect(takeBridgeToken(p.location, p.history, p.storage)).toBeNull();
    expect(p.replaced).toEqual([]);
  });
});
