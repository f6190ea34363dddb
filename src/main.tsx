import './startup/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prepareApp } from './App';
import { initialLocale } from './i18n/currentLocale';
import { i18nProvider } from './i18n/provider';
import { readSession } from './providers/session';
import { startAtLogin } from './startup/LoginShell';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Signed out, the first screen is the login page wherever the address points.
if (!readSession()) startAtLogin();

// What the first screen needs starts now, side by side: the user's language when it is not
// English and, when someone is signed in, the console, the screen the address names and its data.
// Rendering after it has arrived shows that screen at once rather than a loading state first.
const language = initialLocale();
const ready = Promise.allSettled([
  language === 'en' ? null : i18nProvider.startIn(language),
  prepareApp(window.location.hash),
]);

const root = createRoot(container);
// Whatever failed (a download) shows where it is needed, or leaves the console in English.
void ready.then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
