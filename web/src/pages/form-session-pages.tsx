import { EmailLink } from '../components/email';
import { PageHeading, PageTitle } from '../components/page';

/** The pages behind /formular when there is no form to show: a bad link, no session, an ended one. */

/** Before the session is known, the page may be either campaign's form. */
export const ANY_FORM_TITLE = 'Formular der Rahmenvereinbarung Inklusion';

function HowToGetANewLink({ replyTo }: { replyTo?: string | undefined }) {
  return (
    <>
      <h2>So erhalten Sie einen neuen Link</h2>
      <p>
        Antworten Sie auf die Einladungs-E-Mail des Ministeriums
        {replyTo ? (
          <>
            {' '}
            oder schreiben Sie an <EmailLink email={replyTo} />
          </>
        ) : null}
        . Sie erhalten dann einen neuen persönlichen Link für Ihr Jobcenter.
      </p>
      <p>
        Sie können sich auch an die Kampagnenleitung im Ministerium für Arbeit, Gesundheit und Soziales des
        Landes Nordrhein-Westfalen (MAGS NRW) wenden.
      </p>
      <p>
        Bereits gespeicherte Angaben gehen nicht verloren: Mit dem neuen Link finden Sie Ihren Entwurf wieder.
      </p>
    </>
  );
}

export function InvalidLinkPage() {
  return (
    <>
      <PageTitle title="Link ungültig" />
      <PageHeading>Dieser Link funktioniert nicht (mehr)</PageHeading>
      <p className="lead">Mit diesem Link lässt sich das Formular leider nicht öffnen.</p>
      <p>Mögliche Gründe:</p>
      <ul className="list list-bullet">
        <li>Es wurde inzwischen ein neuer Link versendet. Dann gilt nur der neueste Link.</li>
        <li>Die Frist ist abgelaufen oder die Kampagne wurde beendet.</li>
        <li>Der Link wurde beim Kopieren nicht vollständig übernommen.</li>
      </ul>
      <HowToGetANewLink />
    </>
  );
}

export function NoSessionPage() {
  return (
    <>
      <PageTitle title="Formular" />
      <PageHeading>{ANY_FORM_TITLE}</PageHeading>
      <p className="lead">
        Bitte öffnen Sie das Formular (Beitrittserklärung oder Selbstbewertung) über den persönlichen Link aus
        der Einladungs-E-Mail, die Ihr Jobcenter vom Ministerium erhalten hat.
      </p>
      <p>
        Aus Sicherheitsgründen gilt eine Sitzung nur für dieses Browserfenster und nur für einige Zeit. Ihre
        gespeicherten Angaben bleiben erhalten; mit dem Link aus der E-Mail finden Sie sie wieder.
      </p>
      <HowToGetANewLink />
    </>
  );
}

export function SessionEndedPage({ replyTo }: { replyTo?: string | undefined }) {
  return (
    <>
      <PageTitle title="Sitzung beendet" />
      <PageHeading>Ihre Sitzung ist beendet</PageHeading>
      <p className="lead">
        Die Sitzung ist abgelaufen, oder der Link wurde inzwischen durch einen neuen ersetzt.
      </p>
      <p>
        Öffnen Sie den Link aus Ihrer E-Mail erneut. Ihre gespeicherten Angaben bleiben erhalten. Angaben der
        letzten Sekunden vor dem Ende der Sitzung sind möglicherweise nicht gespeichert; bitte prüfen Sie sie.
      </p>
      <HowToGetANewLink replyTo={replyTo} />
    </>
  );
}

export function LoggedOutPage() {
  return (
    <>
      <PageTitle title="Abgemeldet" />
      <PageHeading>Sie haben sich abgemeldet</PageHeading>
      <p className="lead">Ihre Sitzung ist beendet. Ihre gespeicherten Angaben bleiben erhalten.</p>
      <p>
        Um weiterzuarbeiten, öffnen Sie den persönlichen Link aus der E-Mail erneut. Bei einem gemeinsam
        genutzten Rechner schließen Sie bitte zusätzlich das Browserfenster.
      </p>
    </>
  );
}
