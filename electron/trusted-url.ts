/**
 * Which URLs belong to the app. Everything is decided on URLs parsed by the WHATWG parser
 * (never on substrings), so "file://evil", userinfo tricks and ".." segments cannot pass.
 * The only trusted document is the renderer's index.html; files beside it are its resources.
 * The page is served from the app's own scheme (app://ecourt-plan/, see app-protocol.ts) or, as
 * before, from a local file: the rules take the scheme of the page they are given, and only it.
 */

export type AppUrlRules = {
  /** "app:" or "file:": the scheme the page is served from. */
  pageProtocol: string;
  /** The renderer's page itself (a #fragment is allowed): the only document that may be shown or call the API. */
  isAppPage(candidate: string): boolean;
  /** The page or a file inside its folder (scripts, styles, fonts): what the window may load. */
  isAppResource(candidate: string): boolean;
};

export type AppUrlOptions = {
  /** Windows file names are case-insensitive, and Chromium upper-cases drive letters where Node does not. */
  caseInsensitive: boolean;
};

type LocalFile = { protocol: string; host: string; path: string; search: string };

/** Where the app page may come from: its own scheme, or a local file. */
const PAGE_SCHEMES = new Set(['app:', 'file:']);

// Chromium refuses encoded separators in file URLs; refusing them too keeps "..%2f" from meaning "../".
const ENCODED_SEPARATOR = /%(2f|5c|00)/i;

function parseLocalFile(value: string, options: AppUrlOptions): LocalFile | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!PAGE_SCHEMES.has(url.protocol) || url.username !== '' || url.password !== '') return null;
  if (ENCODED_SEPARATOR.test(url.pathname)) return null;
  let path: string;
  try {
    // Compare decoded names: Chromium and Node percent-encode some characters differently.
    path = decodeURIComponent(url.pathname).normalize('NFC');
  } catch {
    return null;
  }
  // The parser already resolved dot segments; one surviving here means something odd was smuggled in.
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  return {
    protocol: url.protocol,
    host: url.host,
    path: options.caseInsensitive ? path.toLowerCase() : path,
    search: url.search,
  };
}

export function createAppUrlRules(appPageUrl: string, options: AppUrlOptions): AppUrlRules {
  const page = parseLocalFile(appPageUrl, options);
  if (!page || page.path.endsWith('/')) {
    throw new Error(`The app page must be an app:// or a local file URL, got ${appPageUrl}`);
  }
  const folder = page.path.slice(0, page.path.lastIndexOf('/') + 1);
  const sameOrigin = (file: LocalFile) => file.protocol === page.protocol && file.host === page.host;

  return {
    pageProtocol: page.protocol,
    isAppPage(candidate) {
      const file = parseLocalFile(candidate, options);
      return file !== null && sameOrigin(file) && file.path === page.path && file.search === '';
    },
    isAppResource(candidate) {
      const file = parseLocalFile(candidate, options);
      return (
        file !== null &&
        sameOrigin(file) &&
        file.path.startsWith(folder) &&
        // The folder itself would be a directory listing, not a resource.
        file.path.length > folder.length &&
        !file.path.endsWith('/')
      );
    },
  };
}

// data: and blob: carry the renderer's own generated content (images, exports); CSP narrows them further.
const ALWAYS_ALLOWED_REQUEST_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/** Whether the window may make this request at all: the app's own files, or in-memory content. Never the network. */
export function isAllowedRequest(rules: AppUrlRules, candidate: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(candidate).protocol;
  } catch {
    return false;
  }
  if (protocol === rules.pageProtocol) return rules.isAppResource(candidate);
  return ALWAYS_ALLOWED_REQUEST_SCHEMES.has(protocol);
}
