/**
 * What "finished" means for one screen, checked in the browser: axe-core finds
 * nothing serious or critical, nothing sticks out sideways, a German screen
 * shows no English UI string, no screen shows a message key, a raw ISO
 * timestamp or a raw status code, there is an h1, and no error toast appeared.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { consoleEnglish } from '../../src/i18n/console';
import { consoleGerman } from '../../src/i18n/console.de';
import { loginEnglish } from '../../src/i18n/login';
import { loginGerman } from '../../src/i18n/login.de';
import { mergeMessages } from '../../src/i18n/merge';
import { LABELS_EN } from '../../src/domain/messages/labels';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

type Tree = { [key: string]: unknown };

function catalogue(...parts: object[]): Tree {
  return mergeMessages(...parts.flatMap((part) => Object.values(part) as object[])) as Tree;
}

function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object') flatten(value as Tree, path, into);
  }
  return into;
}

const english = catalogue(loginEnglish, consoleEnglish);
const german = flatten(catalogue(loginGerman, consoleGerman));
const TOP_LEVEL_KEYS = new Set(Object.keys(english));

/**
 * English UI strings a German screen must not show: every English message whose German
 * differs, without placeholders or plural forms, and long enough to mean something.
 */
const GERMAN_WORDS = new Set(german.values());
const ENGLISH_ONLY = new Set(
  [...flatten(english)]
    .filter(([key, value]) => {
      const translated = german.get(key);
      return translated !== undefined && translated !== value && !/%\{|\|\|\|\|/.test(value);
    })
    .map(([, value]) => value.trim())
    // Lower-case single words are data (user names such as "manager"), not labels.
    .filter((value) => value.length >= 4 && /[a-z]/.test(value) && !/^[a-z]+$/.test(value))
    // The same word may be German elsewhere ("Administration" is a German role name).
    .filter((value) => !GERMAN_WORDS.has(value)),
);

/** Every closed-set code records use (statuses, reasons, kinds): shown raw, they are a bug. */
// Role codes are left out: they are also the demo users' usernames, which lists show as they are.
const RAW_CODES = new Set(
  Object.entries(LABELS_EN).flatMap(([kind, values]) => (kind === 'role' ? [] : Object.keys(values))),
);

const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const SNAKE_CASE = /\b[a-z]+_[a-z]+(?:_[a-z]+)*\b/;
const MESSAGE_KEY = /\b([a-z]+)\.[a-z][\w-]*\.[a-zA-Z_.-]+\b/g;

export interface ScreenFacts {
  scrollWidth: number;
  innerWidth: number;
  /** When the page is too wide: the innermost elements that stick out, to say where to look. */
  sticksOut: string[];
  texts: string[];
  labels: string[];
  headings: number;
  errorToasts: string[];
  violations: { id: string; impact: string; help: string; targets: string[] }[];
}

/** Installs, before the console's scripts run, a recorder of error toasts (read and reset per screen). */
export async function watchToasts(page: Page): Promise<void> {
  // tsx compiles the functions below with esbuild's keepNames, which calls a `__name` helper the page lacks.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __errorToasts: string[] }).__errorToasts = seen;
    const record = () => {
      for (const toast of document.querySelectorAll(
        '.RaNotification-error, .MuiSnackbar-root .MuiAlert-colorError',
      )) {
        const text = toast.textContent?.trim() ?? '';
        if (!toast.hasAttribute('data-audited')) {
          toast.setAttribute('data-audited', '');
          seen.push(text);
        }
      }
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true });
  });
}

/** Clears what the previous screen left in the toast recorder. */
export function resetToasts(page: Page): Promise<void> {
  return page.evaluate(() => {
    (window as unknown as { __errorToasts: string[] }).__errorToasts.length = 0;
  });
}

/** Gathers the facts of the screen on show; runs axe-core unless `axe` is false. */
export async function screenFacts(page: Page, { axe = true } = {}): Promise<ScreenFacts> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the console's
  // Content-Security-Policy (scripts/build/security-headers.ts) rightly refuses inline scripts.
  if (axe && !(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (runAxe) => {
    const visible = (element: Element | null) =>
      !!element && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (
        text &&
        !['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName ?? '') &&
        visible(node.parentElement)
      )
        texts.push(text);
    }
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((element) => visible(element))
      .flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name)?.trim() ?? ''),
      )
      .filter(Boolean);
    const headings = [...document.querySelectorAll('h1')].filter(
      (h1) => visible(h1) && !!h1.textContent?.trim(),
    ).length;
    type AxeResult = {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    const axeApi = (window as unknown as { axe?: { run(context: Document): Promise<AxeResult> } }).axe;
    const result = runAxe && axeApi ? await axeApi.run(document) : { violations: [] };
    const outside = (element: Element) => element.getBoundingClientRect().right > window.innerWidth + 1;
    const sticksOut =
      document.documentElement.scrollWidth > window.innerWidth
        ? [...document.body.querySelectorAll('*')]
            .filter((element) => visible(element) && outside(element))
            .filter((element) => ![...element.children].some(outside))
            .slice(0, 4)
            .map((element) => {
              const classes = [...element.classList].filter((name) => !name.startsWith('css-')).slice(0, 3);
              const text = element.textContent?.trim().slice(0, 30) ?? '';
              return `${element.tagName.toLowerCase()}.${classes.join('.')} "${text}"`;
            })
        : [];
    return {
      sticksOut,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      texts,
      labels,
      headings,
      errorToasts: [...(window as unknown as { __errorToasts: string[] }).__errorToasts],
      violations: result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      })),
    };
  }, axe);
}

/** What is wrong with a screen, one line per kind of problem (empty when it is finished). */
export function screenProblems(facts: ScreenFacts, locale: 'en' | 'de'): string[] {
  const problems: string[] = [];
  if (facts.scrollWidth > facts.innerWidth)
    problems.push(
      `${facts.scrollWidth} px wide in a ${facts.innerWidth} px viewport: ${facts.sticksOut.join(', ')}`,
    );
  if (facts.headings === 0) problems.push('no h1');
  for (const toast of facts.errorToasts) problems.push(`error toast: ${toast}`);
  for (const violation of facts.violations.filter((v) => ['serious', 'critical'].includes(v.impact)))
    problems.push(
      `axe ${violation.impact} ${violation.id} (${violation.help}): ${violation.targets.join(', ')}`,
    );
  const found = (kind: string, values: string[]) => {
    const unique = [...new Set(values)];
    if (unique.length > 0) problems.push(`${kind}: ${unique.slice(0, 6).join(' | ')}`);
  };
  const everything = [...facts.texts, ...facts.labels];
  if (locale === 'de')
    found(
      'English on a German screen',
      everything.filter((t) => ENGLISH_ONLY.has(t)),
    );
  found(
    'message key',
    everything.flatMap((text) =>
      [...text.matchAll(MESSAGE_KEY)].filter((m) => TOP_LEVEL_KEYS.has(m[1]!)).map((m) => m[0]),
    ),
  );
  found(
    'raw ISO timestamp',
    facts.texts.filter((text) => ISO_TIMESTAMP.test(text)),
  );
  found(
    'raw status code',
    facts.texts.filter(
      (text) => RAW_CODES.has(text) || (SNAKE_CASE.test(text) && !text.includes('@') && !/\//.test(text)),
    ),
  );
  return problems;
}
