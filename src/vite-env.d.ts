/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** API base URL; defaults to the same-origin `/api`. */
  readonly VITE_API_URL?: string;
  /** 'false' hides the demo-user card on the login page. */
  readonly VITE_DEMO?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
