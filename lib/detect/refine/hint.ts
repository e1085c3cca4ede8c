/** What the refiners may know about the page: its language ("zh-CN") and host ("www.smh.com.au"). */
export interface PageHint {
  lang: string | undefined;
  host: string | undefined;
}
