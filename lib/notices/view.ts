/** One open notice as the banner shows it (and /api/notices returns it). */
export interface NoticeView {
  id: string;
  kind: string;
  message: string;
}
