/**
 * What the file, report and backup commands need wherever they sit in the window: the API client,
 * the platform's files, and a way to show the data again after the plan was replaced.
 */
import { createContext, useContext } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { WindowPlatform } from './window-platform';

export type WindowServices = {
  client: ApiClient;
  platform: WindowPlatform;
  /** Reads everything again (plan list, plan, startup state): after a restore, an open or an import. */
  reloadData: (showPlanId?: number) => void;
};

export const WindowServicesContext = createContext<WindowServices | null>(null);

export function useWindowServices(): WindowServices {
  const services = useContext(WindowServicesContext);
  if (services === null) throw new Error('WindowServicesContext is missing');
  return services;
}
