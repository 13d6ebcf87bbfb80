/**
 * The window once a plan is loaded: header, toolbar, filters, the grid beside the timeline, the
 * side panel and the legend. Filtering, grouping and collapsing run in memory on the loaded view;
 * only the status date and the plan go back to the services.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../../shared/api/api-client';
import type { PlanSummary } from '../../../shared/api/contract';
import { type IsoDate, todayIso } from '../../../shared/dates/iso-date';
import type { ProgressUpdate } from '../../../shared/model/schemas';
import type { PlanView, TaskView } from '../../../shared/plan-view/plan-view-schema';
import { useApiQuery } from '../api/useApiQuery';
import { AsOfControl } from '../dates/AsOfControl';
import { defaultAsOf } from '../dates/default-as-of';
import { useMeetingMarkers } from '../committee-meetings/useMeetingMarkers';
import { setSwitchNotice } from '../editing/undo-plans';
import { useWorkspaceEditing } from '../editing/useWorkspaceEditing';
import { FileActions } from '../exports/FileActions';
import { ProgressRequestActions } from '../progress-requests/ProgressRequestActions';
import { FilterBar } from '../filters/FilterBar';
import { EmptyState } from '../filters/EmptyState';
import { NO_FILTER, type TaskFilter, filterTasks, isFilterActive } from '../filters/filter-tasks';
import {
  buildVisibleRows,
  countTaskRows,
  isWorkItem,
  taskIdOfRowKey,
  taskRowKey,
} from '../filters/visible-rows';
import { GRID_MIN_WIDTH } from '../grid/grid-columns';
import { MeetingBar } from '../meeting/MeetingBar';
import { meetingMetrics } from '../meeting/meeting-metrics';
import { useElementHeight } from '../meeting/useElementHeight';
import { barColourUnits, rowKeysOfUnit, spotlightUnits } from '../meeting/spotlight-units';
import { useMeetingMode } from '../meeting/useMeetingMode';
import { useSpotlightScroll } from '../meeting/useSpotlightScroll';
import type { Point } from '../popup/popup-position';
import { TaskPopup } from '../popup/TaskPopup';
import {
  type ScrollPlace,
  isBoolean,
  isKeyList,
  isScrollPlace,
  isTaskFilter,
  planPrefKey,
} from '../prefs/plan-prefs';
import { useDebounced } from '../prefs/useDebounced';
import { usePersistentState } from '../prefs/usePersistentState';
import { NeedsReviewList } from '../review/NeedsReviewList';
import { collectReviewItems, openProblemCount } from '../review/needs-review';
import { StatusStrip } from '../status/StatusStrip';
import { countByStatus } from '../status/status-counts';
import { type DateRange, rangeOf } from '../timeline/chart-frame';
import { fitViewMode } from '../timeline/fit-view-mode';
import type { GanttHandle } from '../timeline/GanttChart';
import { Legend } from '../timeline/Legend';
import { NORMAL_METRICS, rowHeight } from '../timeline/row-metrics';
import { MIN_GRID_WIDTH } from '../timeline/SplitDivider';
import { TimelinePane } from '../timeline/TimelinePane';
import { type ViewModeName, isViewModeName } from '../timeline/view-modes';
import { UnitsPanel } from '../units/UnitsPanel';
import { AppHeader } from './AppHeader';
import { PanelToggles } from './PanelToggles';
import { SidePanel, type SidePanelTab } from './SidePanel';
import { Toolbar } from './Toolbar';

type Props = {
  view: PlanView;
  progressByTask: ReadonlyMap<number, readonly ProgressUpdate[]>;
  plans: readonly PlanSummary[];
  onPlanChange: (planId: number) => void;
  /** null: the default date (see default-as-of). */
  requestedAsOf: IsoDate | null;
  onAsOf: (date: IsoDate | null) => void;
  refreshing: boolean;
  refreshError: string | null;
  onRetry: () => void;
  /** For editing: every edit goes through the API, then the view is read again (onRetry). */
  client: ApiClient;
  onPlansChanged: () => void;
};

const SIDE_PANEL_WIDTH = 340;
const isWidth = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= MIN_GRID_WIDTH;
const isSidePanel = (v: unknown): v is SidePanelTab | null => v === null || v === 'units' || v === 'review';

function initialSidePanel(): SidePanelTab | null {
  return window.innerWidth >= 1700 ? 'units' : null;
}

/** Every column readable when the window allows, leaving the chart at least 360px. */
function initialGridWidth(): number {
  const main = window.innerWidth - (initialSidePanel() ? SIDE_PANEL_WIDTH : 0);
  const wanted = Math.max(GRID_MIN_WIDTH, Math.min(main * 0.56, GRID_MIN_WIDTH + 140));
  return Math.round(Math.max(MIN_GRID_WIDTH, Math.min(wanted, main - 360)));
}

export function PlanWorkspace(props: Props) {
  const { view } = props;
  const today = useMemo(() => todayIso(), []);
  const ganttRef = useRef<GanttHandle>(null);
  const mainRef = useRef<HTMLElement>(null);

  // Remembered per plan (see plan-prefs.ts); the window's own layout (panel, widths) is shared.
  const planKey = (name: string) => planPrefKey(view.plan.id, name);
  const [filter, setFilter] = usePersistentState<TaskFilter>(planKey('filter'), NO_FILTER, isTaskFilter);
  const [collapsedKeys, setCollapsedKeys] = usePersistentState<string[]>(planKey('collapsed'), [], isKeyList);
  const collapsed = useMemo<ReadonlySet<string>>(() => new Set(collapsedKeys), [collapsedKeys]);
  const [groupByLead, setGroupByLead] = usePersistentState(planKey('groupByLead'), false, isBoolean);
  const [scrollPlace, setScrollPlace] = usePersistentState<ScrollPlace | null>(
    planKey('scroll'),
    null,
    isScrollPlace,
  );
  // Read once when the chart first opens; later scrolls are saved, at most a few times a second.
  const [openPlace] = useState(scrollPlace);
  const saveScroll = useDebounced(setScrollPlace, 400);
  const [viewMode, setViewMode] = usePersistentState<ViewModeName>(
    planKey('viewMode'),
    () => fitViewMode(view.span, window.innerWidth - initialGridWidth()),
    isViewModeName,
  );
  const [sidePanel, setSidePanel] = usePersistentState('sidePanel', initialSidePanel, isSidePanel);
  const [gridWidth, setGridWidth] = usePersistentState('gridWidth', initialGridWidth, isWidth);
  const [popup, setPopup] = useState<{ key: string; point: Point } | null>(null);

  const taskById = useMemo(() => new Map<number, TaskView>(view.tasks.map((t) => [t.id, t])), [view.tasks]);
  const rows = useMemo(
    () => buildVisibleRows(view.tasks, { filter, collapsed, groupByLead }),
    [view.tasks, filter, collapsed, groupByLead],
  );
  const planStart = view.span?.start ?? view.asOf;
  const planEnd = view.span?.end ?? view.asOf;
  const frame = useMemo(
    () => rangeOf([planStart, planEnd, view.asOf, today]) as DateRange,
    [planStart, planEnd, view.asOf, today],
  );
  const leadUnits = useMemo(() => spotlightUnits(rows), [rows]);
  const colourUnits = useMemo(() => barColourUnits(rows), [rows]);
  // The counts follow every filter but the status one, so each chip says what choosing it would show.
  const statusCounts = useMemo(
    () => countByStatus(filterTasks(view.tasks, { ...filter, statuses: [] })),
    [view.tasks, filter],
  );
  const dismissals = useApiQuery(props.client, 'listReviewDismissals', { planId: view.plan.id }).data;
  const review = useMemo(() => collectReviewItems(view, dismissals ?? []), [view, dismissals]);
  const reviewCount = openProblemCount(review);

  const meeting = useMeetingMode(leadUnits);
  const editing = useWorkspaceEditing(props.client, view, props.onRetry, props.onPlansChanged, {
    planId: view.plan.id,
    planName: (planId) => {
      const plan = props.plans.find((p) => p.id === planId);
      return plan ? `${plan.documentType} ${plan.code}` : undefined;
    },
    switchTo: (planId, notice) => {
      setSwitchNotice(notice);
      props.onPlanChange(planId);
    },
  });
  const meetingMarkers = useMeetingMarkers(props.client, view);
  const mainHeight = useElementHeight(mainRef);
  const metrics = meeting.active ? meetingMetrics(rows.length, mainHeight) : NORMAL_METRICS;
  const highlighted = useMemo(
    () => (meeting.spotlight ? new Set(rowKeysOfUnit(rows, meeting.spotlight.id)) : null),
    [rows, meeting.spotlight],
  );

  useSpotlightScroll(ganttRef, rows, highlighted, rowHeight(metrics));

  const openRow = useCallback((key: string, point: Point) => {
    if (taskIdOfRowKey(key) !== null) setPopup({ key, point });
  }, []);
  const openTask = useCallback(
    (taskId: number, point: Point) => setPopup({ key: taskRowKey(taskId), point }),
    [],
  );
  const closePopup = useCallback(() => setPopup(null), []);
  const toggleRow = useCallback(
    (key: string) =>
      setCollapsedKeys((previous) =>
        previous.includes(key) ? previous.filter((k) => k !== key) : [...previous, key],
      ),
    [setCollapsedKeys],
  );

  const { recordProgress } = editing;
  const popupTaskId = popup ? taskIdOfRowKey(popup.key) : null;
  const popupTask = popupTaskId === null ? undefined : taskById.get(popupTaskId);
  const unitName = useCallback(
    (unitId: number) => view.units.find((u) => u.id === unitId)?.name,
    [view.units],
  );
  const recordProgressOfRow = useCallback(
    (key: string) => {
      const taskId = taskIdOfRowKey(key);
      const task = taskId === null ? undefined : taskById.get(taskId);
      if (task && task.childIds.length === 0) recordProgress(task.id, null);
    },
    [taskById, recordProgress],
  );
  const filtering = isFilterActive(filter);

  const shown = countTaskRows(rows);
  const total = groupByLead ? view.tasks.filter(isWorkItem).length : view.tasks.length;

  return (
    <div className={`app${meeting.active ? ' is-meeting' : ''}`} data-testid="app">
      <AppHeader
        plan={view.plan}
        plans={props.plans}
        onPlanChange={props.onPlanChange}
        meeting={meeting.active}
        onMeetingToggle={meeting.toggle}
        fileActions={
          <>
            <ProgressRequestActions view={view} />
            <FileActions view={view} />
          </>
        }
      />
      <Toolbar
        dateField={
          <AsOfControl
            value={view.asOf}
            requested={props.requestedAsOf}
            chosenDefault={defaultAsOf(view.span, today)}
            onChange={props.onAsOf}
            readOnly={meeting.active}
          />
        }
        viewMode={viewMode}
        onViewMode={setViewMode}
        onToday={() => ganttRef.current?.scrollToDate(today, 'center')}
        onPlanStart={() => ganttRef.current?.scrollToDate(planStart, 'start')}
        busy={props.refreshing}
        tools={meeting.active ? undefined : editing.bar}
      />
      {meeting.active ? (
        <MeetingBar
          spotlight={meeting.spotlight}
          position={meeting.position}
          count={leadUnits.length}
          onStep={meeting.step}
          filterNote={filtering ? `Đang lọc: hiển thị ${shown}/${total} nhiệm vụ` : null}
          onFit={() => {
            setViewMode(
              fitViewMode(
                view.span,
                window.innerWidth - Math.max(gridWidth, Math.round(window.innerWidth * 0.48)),
              ),
            );
            // After the chart has redrawn at the new zoom.
            requestAnimationFrame(() => ganttRef.current?.scrollToDate(planStart, 'start'));
          }}
        />
      ) : (
        <FilterBar
          filter={filter}
          units={view.units}
          onFilter={setFilter}
          groupByLead={groupByLead}
          onGroupByLead={setGroupByLead}
          active={filtering}
          onClear={() => setFilter(NO_FILTER)}
          shown={shown}
          total={total}
        />
      )}
      <div className="status-row">
        <StatusStrip
          counts={statusCounts}
          selected={filter.statuses}
          onSelected={(statuses) => setFilter({ ...filter, statuses })}
          readOnly={meeting.active}
        />
        {!meeting.active && <PanelToggles open={sidePanel} onOpen={setSidePanel} reviewCount={reviewCount} />}
      </div>
      {props.refreshError && (
        <div className="inline-error" role="alert" data-testid="refresh-error">
          {props.refreshError}
          <button type="button" className="button" data-testid="retry" onClick={props.onRetry}>
            Thử lại
          </button>
        </div>
      )}
      <main ref={mainRef} className="workspace" data-unit-filter={filter.unitId ?? ''}>
        <TimelinePane
          key={view.plan.id}
          rows={rows}
          metrics={metrics}
          viewMode={viewMode}
          frame={frame}
          asOf={view.asOf}
          openAt={openPlace?.leftDate ?? planStart}
          openTop={openPlace?.top}
          onScrollPlace={saveScroll}
          highlighted={highlighted}
          selected={popup?.key ?? null}
          gridWidth={meeting.active ? Math.max(gridWidth, Math.round(window.innerWidth * 0.48)) : gridWidth}
          onGridWidth={setGridWidth}
          onToggle={toggleRow}
          onOpen={openRow}
          onRecordProgress={meeting.active ? undefined : recordProgressOfRow}
          ganttRef={ganttRef}
          chartEditing={meeting.active ? undefined : editing.chartEditing}
          meetingMarkers={meetingMarkers}
          empty={
            <EmptyState
              view={view}
              filter={filter}
              onFilter={setFilter}
              onAddTask={meeting.active ? undefined : editing.addTask}
            />
          }
        />
        {!meeting.active && sidePanel !== null && (
          <SidePanel
            tab={sidePanel}
            onTab={setSidePanel}
            onClose={() => setSidePanel(null)}
            reviewCount={reviewCount}
            units={
              <UnitsPanel
                view={view}
                activeUnitId={filter.unitId}
                onSelectUnit={(unitId) => setFilter({ ...filter, unitId })}
                onOpenTask={openTask}
              />
            }
            review={
              <NeedsReviewList
                list={review}
                onOpenTask={openTask}
                onEditTask={editing.editTask}
                onDismiss={editing.dismissProblem}
                onReopen={editing.reopenProblem}
              />
            }
          />
        )}
      </main>
      <Legend units={colourUnits} asOf={view.asOf} />
      {popup && popupTask && (
        <TaskPopup
          task={popupTask}
          taskById={taskById}
          asOf={view.asOf}
          anchor={popup.point}
          onClose={closePopup}
          history={props.progressByTask.get(popupTask.id) ?? []}
          unitName={unitName}
          onRecordProgress={
            meeting.active
              ? undefined
              : (taskId, update) => {
                  closePopup();
                  editing.recordProgress(taskId, update);
                }
          }
          onDeleteProgress={meeting.active ? undefined : editing.deleteProgress}
          onEdit={
            meeting.active
              ? undefined
              : (taskId) => {
                  closePopup();
                  editing.editTask(taskId);
                }
          }
        />
      )}
      {editing.dialogs}
    </div>
  );
}
