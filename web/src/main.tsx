import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { type AppConfig, loadConfig } from './app/config';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');

const showStartupError = () => {
  document.title = 'Fehler: Anwendung nicht verfügbar – Rahmenvereinbarung Inklusion';
  container.innerHTML = '';
  const main = document.createElement('main');
  main.className = 'container main';
  const h1 = document.createElement('h1');
  h1.textContent = 'Die Anwendung ist zurzeit nicht verfügbar';
  const p = document.createElement('p');
  p.textContent = 'Die Konfiguration konnte nicht geladen werden. Bitte versuchen Sie es später erneut.';
  main.append(h1, p);
  container.append(main);
};

/**
 * formular.html comes with the form's first page prerendered (web/prerender/): the app takes over
 * those elements (hydration), so nothing moves and focus stays where it is. A button pressed
 * before (noted by the page's inline script) is pressed again now: React hydrates at once for a
 * click and runs its handler. Every other page, and /formular without a personal link (its inline
 * script emptied #root), is rendered here.
 */
const takeOver = (config: AppConfig) => {
  const { prerendered, pendingClick } = container.dataset;
  delete container.dataset.prerendered;
  delete container.dataset.pendingClick;
  if (!prerendered) {
    createRoot(container).render(<App config={config} />);
    return;
  }
  hydrateRoot(container, <App config={config} />);
  if (pendingClick) document.getElementById(pendingClick)?.click();
};

loadConfig().then(takeOver, showStartupError);
