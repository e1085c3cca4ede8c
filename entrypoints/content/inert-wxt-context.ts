/**
 * Stands in for `wxt/utils/content-script-context` in the build (aliased in
 * wxt.config.ts): WXT's content-script entry constructs one before calling
 * `main`, and the real one posts our extension id to the page and stops on an
 * event the page can dispatch (see entrypoints/content/lifetime.ts). This one
 * does nothing; the content script keeps its own lifetime.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName?: string,
    readonly options?: unknown,
  ) {}
}
