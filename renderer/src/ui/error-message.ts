/** The Vietnamese message of anything a file command can throw (API refusals carry their own). */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message.trim() !== ''
    ? error.message
    : 'Đã xảy ra lỗi không mong đợi; dữ liệu không bị thay đổi.';
}
