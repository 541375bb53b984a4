import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadConfig } from './app/config';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing');
const root = createRoot(container);

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

loadConfig().then((config) => root.render(<App config={config} />), showStartupError);
