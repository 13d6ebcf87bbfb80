/** The Word papers of one recorded meeting: the pack before it, the draft notice of conclusions after it. */
import { FILE_FILTERS } from '../../../shared/files/file-filters';
import type { Meeting } from '../../../shared/editing/editing-schemas';
import { TaskMessages } from '../ui/Modal';
import { useFileTask } from '../files/useFileTask';
import { useWindowServices } from '../files/window-services';

type Props = { meeting: Meeting };

export function MeetingDocuments({ meeting }: Props) {
  const { client, platform } = useWindowServices();
  const task = useFileTask();
  const save = (build: () => Promise<{ fileName: string; base64: string }>) =>
    void task.run(async () => {
      const file = await build();
      const { saved } = await platform.saveFile({ ...file, filters: [FILE_FILTERS.word] });
      return saved ? `Đã lưu “${file.fileName}”.` : null;
    });
  const hasConclusions = meeting.items.some((i) => i.kind === 'conclusion');
  return (
    <div className="meeting-documents">
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="meeting-pack"
          disabled={task.busy}
          onClick={() =>
            save(() =>
              client.buildMeetingPack({
                planId: meeting.planId,
                meetingOn: meeting.heldOn,
                meetingId: meeting.id,
              }),
            )
          }
        >
          Tài liệu phục vụ cuộc họp (.docx)
        </button>
        <button
          type="button"
          className="button"
          data-testid="conclusions-notice"
          disabled={task.busy || !hasConclusions}
          title={hasConclusions ? undefined : 'Ghi kết luận của cuộc họp trước khi lập thông báo'}
          onClick={() =>
            save(() =>
              client.buildConclusionsNotice({
                planId: meeting.planId,
                meetingId: meeting.id,
                documentNumber: null,
              }),
            )
          }
        >
          Dự thảo Thông báo kết luận (.docx)
        </button>
      </div>
      <TaskMessages error={task.error} notice={task.notice} />
    </div>
  );
}
