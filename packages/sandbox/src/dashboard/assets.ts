/** One file of the dashboard's pages, as the sandbox serves it. */
export interface DashboardFile {
  body: string;
  /** `text/html; charset=utf-8`, `text/javascript; charset=utf-8`… */
  type: string;
}

/**
 * Where the dashboard's static files come from: `dashboardFiles()` of `@xinghui/sandbox/node`
 * reads them from the package; the app itself reads no file, so it still runs in a page.
 */
export interface DashboardAssets {
  /** The file at `name` (`index.html`, `app.js`), or `undefined` when there is none. */
  read(name: string): DashboardFile | undefined;
}
