import type { MouseEvent, ReactNode } from 'react';
import { isAdmin, isPartnerOnly, useConfig, usePrincipal } from '../app/context';
import { Link, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { useSession } from '../app/session';
import { signOut } from '../app/sign-out';
import { APP_NAME, MINISTRY } from '../labels';

const MAIN_ID = 'inhalt';

const skipToContent = (e: MouseEvent<HTMLAnchorElement>) => {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  e.preventDefault();
  main.focus();
  main.scrollIntoView();
};

function NavLink({ to, children, current }: { to: string; children: ReactNode; current: boolean }) {
  return (
    <li>
      <Link to={to} className="nav-link" aria-current={current ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

function Header() {
  const config = useConfig();
  const session = useSession();
  const principal = usePrincipal();
  const { pathname } = useLocation();
  const email = principal.state === 'ready' ? principal.data.email : undefined;
  // Jobcenter staff in the form have no staff account: no staff links, no "Anmelden".
  const inForm = pathname === PATHS.form || pathname.startsWith(`${PATHS.form}/`);

  return (
    <header className="site-header">
      <div className="flag-stripe" aria-hidden="true" />
      <div className="container header-inner">
        <Link to={PATHS.start} className="brand">
          <span className="brand-service">{APP_NAME}</span>
          <span className="brand-ministry">{MINISTRY}</span>
        </Link>
        <div className="account">
          {session ? (
            <>
              {email ? (
                <span className="account-name">
                  <span className="visually-hidden">Angemeldet als </span>
                  {email}
                </span>
              ) : null}
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => signOut(config)}
              >
                Abmelden
              </button>
            </>
          ) : pathname === PATHS.login || inForm ? null : (
            <Link to={PATHS.login} className="account-link">
              Anmelden
            </Link>
          )}
        </div>
      </div>
      <nav className="site-nav" aria-label="Hauptnavigation">
        <ul className="container nav-list">
          <NavLink to={PATHS.start} current={pathname === PATHS.start}>
            Start
          </NavLink>
          {inForm ? null : (
            <>
              {isPartnerOnly(principal) ? null : (
                <>
                  <NavLink to={PATHS.campaignList} current={pathname.startsWith(PATHS.campaignList)}>
                    Kampagnen
                  </NavLink>
                  <NavLink to={PATHS.jobcenterList} current={pathname.startsWith(PATHS.jobcenterList)}>
                    Jobcenter
                  </NavLink>
                </>
              )}
              <NavLink
                to={PATHS.evaluationDashboard}
                current={pathname.startsWith(PATHS.evaluationDashboard)}
              >
                Auswertung
              </NavLink>
              {isPartnerOnly(principal) ? null : (
                <NavLink to={PATHS.registry} current={pathname === PATHS.registry}>
                  Verzeichnis importieren/exportieren
                </NavLink>
              )}
              {isAdmin(principal) ? (
                <>
                  <NavLink to={PATHS.audit} current={pathname === PATHS.audit}>
                    Protokoll
                  </NavLink>
                  <NavLink to={PATHS.privacyRequests} current={pathname.startsWith(PATHS.privacyRequests)}>
                    Datenschutzanfragen
                  </NavLink>
                </>
              ) : null}
            </>
          )}
          <NavLink to={PATHS.acceded} current={pathname === PATHS.acceded}>
            Beigetretene Jobcenter
          </NavLink>
        </ul>
      </nav>
    </header>
  );
}

function Footer() {
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p className="footer-text">
          {APP_NAME} – ein Angebot des Ministeriums für Arbeit, Gesundheit und Soziales des Landes
          Nordrhein-Westfalen
        </p>
        <ul className="footer-links">
          <li>
            <Link to={PATHS.privacy}>Datenschutz</Link>
          </li>
          <li>
            <Link to={PATHS.accessibility}>Erklärung zur Barrierefreiheit</Link>
          </li>
          <li>
            <Link to={PATHS.recordsRequest}>Unterlagen für Jobcenter</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToContent}>
        Zum Inhalt springen
      </a>
      <Header />
      <main id={MAIN_ID} className="container main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
