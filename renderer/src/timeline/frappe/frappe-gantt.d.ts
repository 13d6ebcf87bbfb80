/** The part of frappe-gantt 1.2 this app uses (the package ships no types). */
declare module 'frappe-gantt' {
  export type FrappeTask = {
    id: string;
    name: string;
    start: string;
    end: string;
    progress: number;
    dependencies: string[];
    color?: string;
    color_progress?: string;
    custom_class?: string;
  };

  type LabelFunction = (date: Date, previous: Date | null, language: string) => string;

  export type FrappeViewMode = {
    name: string;
    step: string;
    column_width?: number;
    date_format?: string;
    padding?: string | [string, string];
    lower_text?: string | LabelFunction;
    upper_text?: string | LabelFunction;
    thick_line?: (date: Date) => boolean;
    snap_at?: string;
  };

  export type FrappeOptions = {
    language?: string;
    view_modes?: FrappeViewMode[];
    bar_height?: number;
    bar_corner_radius?: number;
    padding?: number;
    arrow_curve?: number;
    upper_header_height?: number;
    lower_header_height?: number;
    container_height?: number | 'auto';
    infinite_padding?: boolean;
    holidays?: Record<string, string> | null;
    lines?: 'none' | 'vertical' | 'horizontal' | 'both';
    readonly?: boolean;
    readonly_dates?: boolean;
    readonly_progress?: boolean;
    move_dependencies?: boolean;
    popup?: false;
    popup_on?: 'click' | 'hover';
    scroll_to?: string | null;
    today_button?: boolean;
    view_mode_select?: boolean;
    auto_move_label?: boolean;
    show_expected_progress?: boolean;
    /** `end` is the last moment of the last day (one second before the next day). */
    on_date_change?: (task: FrappeTask, start: Date, end: Date) => void;
    on_progress_change?: (task: FrappeTask, progress: number) => void;
  };

  export type FrappeBar = {
    group: SVGGElement;
    $bar: SVGRectElement;
    task: FrappeTask;
    /** Moves the bar, its label and handles (and reports the dates it computes). */
    update_bar_position(position: { x?: number; width?: number }): void;
  };

  /** A task once frappe-gantt has read it: parsed dates and its row. */
  export type FrappeTaskState = FrappeTask & { _start: Date; _end: Date; _index: number };

  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: FrappeTask[], options: FrappeOptions);
    readonly $container: HTMLDivElement;
    readonly $svg: SVGSVGElement;
    readonly $header: HTMLDivElement;
    readonly gantt_start: Date;
    readonly gantt_end: Date;
    readonly dates: Date[];
    readonly bars: FrappeBar[];
    readonly config: { column_width: number; step: number; unit: string; header_height: number };
    /** The options as given, over frappe-gantt's defaults; extra keys are kept as they are. */
    readonly options: Required<Pick<FrappeOptions, 'bar_height' | 'padding'>> & FrappeOptions;
    readonly layers: { grid: SVGGElement; arrow: SVGGElement; progress: SVGGElement; bar: SVGGElement };
    tasks: FrappeTaskState[];
    grid_height: number;
    /** Reads new tasks and redraws everything, keeping the container and its scroll offsets. */
    refresh(tasks: FrappeTask[]): void;
    // The drawing steps, overridden by WindowedGantt (see windowed-gantt.ts).
    protected setup_tasks(tasks: FrappeTask[]): void;
    protected setup_gantt_dates(refresh: boolean): void;
    protected make_grid_background(): void;
    protected make_grid_rows(): void;
    protected make_grid_highlights(): void;
    protected make_arrows(): void;
    protected set_scroll_position(date: unknown): void;
  }
}
