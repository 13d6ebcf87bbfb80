import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../shared/api/contract';

/**
 * A sandboxed preload gets a `require` that knows only 'electron' (and a few Node polyfills):
 * the bundle must load with nothing else, or the window comes up with no API at all.
 */
describe('the bundled preload', () => {
  it('loads in a sandbox-like context needing only electron, and exposes invoke', async () => {
    // Same bundling as scripts/build-node.mjs, kept in memory.
    const result = await build({
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3'],
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text ?? '';

    const exposeInMainWorld = vi.fn<(name: string, api: unknown) => void>();
    const invoke = vi.fn(async () => ({ ok: true, value: [] }));
    const required: string[] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke } };
      throw new Error(`module not found: ${name}`);
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });

    expect(required).toEqual(['electron']);
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const api = exposeInMainWorld.mock.calls[0]?.[1] as {
      invoke: (method: string, input: unknown) => unknown;
    };
    await expect(api.invoke('listPlans', {})).resolves.toEqual({ ok: true, value: [] });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'listPlans', {});
  });
});
