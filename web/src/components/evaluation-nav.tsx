import { Link, useLocation } from '../app/router';
import { PATHS } from '../app/routes';

const ITEMS = [
  { to: PATHS.evaluationDashboard, label: 'Überblick' },
  { to: PATHS.evaluationTrends, label: 'Entwicklung über die Jahre' },
  { to: PATHS.evaluationTexts, label: 'Antworten im Wortlaut' },
  { to: PATHS.evaluationMeasures, label: 'Maßnahmenübersicht' },
  { to: PATHS.evaluationRegister, label: 'Beitrittsregister' },
] as const;

/** The sub-navigation of the staff area "Auswertung", shown at the top of each of its pages. */
export function EvaluationNav() {
  const { pathname } = useLocation();
  return (
    <nav className="sub-nav" aria-label="Auswertung">
      <ul>
        {ITEMS.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
