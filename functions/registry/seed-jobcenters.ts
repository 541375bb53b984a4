import type { JobcenterInput } from './jobcenter';

/**
 * The 53 Jobcenters of NRW (docs/domain.md). Names are short forms; contact addresses are
 * placeholders under example.org that MAGS replaces through the CSV import.
 */
const ROWS = `
Düsseldorf|gE|LVR|D
Duisburg|gE|LVR|D
Essen|zkT|LVR|D
Krefeld|gE|LVR|D
Mönchengladbach|gE|LVR|D
Mülheim an der Ruhr|zkT|LVR|D
Oberhausen|gE|LVR|D
Remscheid|gE|LVR|D
Solingen|zkT|LVR|D
Wuppertal|zkT|LVR|D
Kreis Kleve|zkT|LVR|D
Kreis Mettmann|gE|LVR|D
Rhein-Kreis Neuss|gE|LVR|D
Kreis Viersen|gE|LVR|D
Kreis Wesel|gE|LVR|D
Bonn|gE|LVR|K
Köln|gE|LVR|K
Leverkusen|gE|LVR|K
StädteRegion Aachen|gE|LVR|K
Kreis Düren|zkT|LVR|K
Rhein-Erft-Kreis|gE|LVR|K
Kreis Euskirchen|gE|LVR|K
Kreis Heinsberg|gE|LVR|K
Oberbergischer Kreis|gE|LVR|K
Rheinisch-Bergischer Kreis|gE|LVR|K
Rhein-Sieg-Kreis|gE|LVR|K
Bottrop|gE|LWL|MS
Gelsenkirchen|gE|LWL|MS
Münster|zkT|LWL|MS
Kreis Borken|zkT|LWL|MS
Kreis Coesfeld|zkT|LWL|MS
Kreis Recklinghausen|zkT|LWL|MS
Kreis Steinfurt|zkT|LWL|MS
Kreis Warendorf|zkT|LWL|MS
Bielefeld|gE|LWL|DT
Kreis Gütersloh|zkT|LWL|DT
Kreis Herford|gE|LWL|DT
Kreis Höxter|gE|LWL|DT
Kreis Lippe|zkT|LWL|DT
Kreis Minden-Lübbecke|zkT|LWL|DT
Kreis Paderborn|gE|LWL|DT
Bochum|gE|LWL|AR
Dortmund|gE|LWL|AR
Hagen|gE|LWL|AR
Hamm|zkT|LWL|AR
Herne|gE|LWL|AR
Ennepe-Ruhr-Kreis|zkT|LWL|AR
Hochsauerlandkreis|zkT|LWL|AR
Märkischer Kreis|gE|LWL|AR
Kreis Olpe|gE|LWL|AR
Kreis Siegen-Wittgenstein|gE|LWL|AR
Kreis Soest|gE|LWL|AR
Kreis Unna|gE|LWL|AR`;

/** `Mönchengladbach` → `moenchengladbach`, `Kreis Minden-Lübbecke` → `kreis-minden-luebbecke`. */
export const slugify = (name: string): string =>
  name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Cities are "Stadt X"; Kreise and regions already carry their kind in the name. */
const kommuneName = (name: string): string => (/kreis|region/i.test(name) ? name : `Stadt ${name}`);

export const SEED_JOBCENTERS: readonly JobcenterInput[] = ROWS.trim()
  .split('\n')
  .map((line) => {
    const [name = '', type, landschaftsverband, regierungsbezirk] = line.split('|');
    const id = slugify(name);
    return {
      id,
      name,
      type: type as JobcenterInput['type'],
      landschaftsverband: landschaftsverband as JobcenterInput['landschaftsverband'],
      regierungsbezirk: regierungsbezirk as JobcenterInput['regierungsbezirk'],
      traeger:
        type === 'gE'
          ? [
              { kind: 'agentur', name: `Agentur für Arbeit (Bezirk ${name})` },
              { kind: 'kommune', name: kommuneName(name) },
            ]
          : [{ kind: 'kommune', name: kommuneName(name) }],
      mainContact: { name: 'Geschäftsführung', email: `geschaeftsfuehrung.${id}@example.org` },
      deputyContact: { name: 'Inklusionsbeauftragte Stelle', email: `inklusion.${id}@example.org` },
    };
  });
