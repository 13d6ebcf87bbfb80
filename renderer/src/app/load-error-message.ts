import { ApiCallError } from '../../../shared/api/api-client';

/** The sentence shown when loading fails: the services' own Vietnamese message when there is one. */
export function loadErrorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Không tải được dữ liệu do một lỗi không mong đợi. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.';
}
