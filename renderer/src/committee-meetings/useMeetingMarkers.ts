/** The plan's recorded meetings as timeline markers, read again after every edit like every view. */
import { useMemo } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import type { MeetingMarker } from '../timeline/meeting-markers';

export function useMeetingMarkers(client: ApiClient, view: PlanView): readonly MeetingMarker[] {
  const meetings = useApiQuery(client, 'listMeetings', { planId: view.plan.id }).data;
  return useMemo(
    () => (meetings ?? []).map((m) => ({ id: m.id, date: m.heldOn, title: m.title, time: m.startsAt })),
    [meetings],
  );
}
