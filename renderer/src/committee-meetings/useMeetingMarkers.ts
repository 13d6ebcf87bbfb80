/** The plan's recorded meetings as timeline markers, read again with the view (it is reloaded after every edit). */
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { PlanView } from '../../../shared/plan-view/plan-view-schema';
import type { MeetingMarker } from '../timeline/meeting-markers';

export function useMeetingMarkers(client: ApiClient, view: PlanView): readonly MeetingMarker[] {
  const [markers, setMarkers] = useState<readonly MeetingMarker[]>([]);
  useEffect(() => {
    let current = true;
    client.listMeetings({ planId: view.plan.id }).then(
      (meetings) =>
        current &&
        setMarkers(meetings.map((m) => ({ id: m.id, date: m.heldOn, title: m.title, time: m.startsAt }))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client, view]);
  return markers;
}
