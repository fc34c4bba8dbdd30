//! A citation: the article or official page a rule, deadline or text rests on.
//!
//! **The registry.** Every citation the app shows is written once, below, as a named
//! constant: laws by article, regulations and decrees, case law, official pages and
//! parliamentary papers. Pages, letters, the calendar, the income projection and the
//! command line refer to these constants; they do not write a URL of their own.
//!
//! **Only official sources.** A citation links to wetten.overheid.nl (the article, in the
//! `jci1.3` form), officielebekendmakingen.nl (Staatsblad, Staatscourant, Kamerstukken),
//! rechtspraak.nl (by ECLI), tweedekamer.nl, eerstekamer.nl, uwv.nl, rijksoverheid.nl,
//! svb.nl, belastingdienst.nl or cpb.nl; the bedrijfsarts's guideline links to stecr.nl.
//! A yearly figure before 2025 that no official page confirms may keep a secondary
//! source whose label starts with [`SECONDARY_PREFIX`] (see `crate::params`). The test
//! in `source/tests.rs` enumerates every source a user can see and fails on any other
//! host.
//!
//! **Help links are not citations.** The website of an organisation the user can turn
//! to (UWV, the Juridisch Loket) is a help link: see [`help`].

use serde::Serialize;

/// A label (article or page name) and, where there is one, a public URL. Pages render the
/// URL as an outbound link with `rel="noopener noreferrer"`; nothing is ever loaded from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub label: &'static str,
    pub url: Option<&'static str>,
}

impl Source {
    /// A citation with a link.
    pub const fn new(label: &'static str, url: &'static str) -> Source {
        Source {
            label,
            url: Some(url),
        }
    }

    /// A citation by name only (for example a decree whose publication was not found).
    pub const fn unlinked(label: &'static str) -> Source {
        Source { label, url: None }
    }
}

/// The start of the label of a secondary source (a yearly figure before 2025 only).
pub const SECONDARY_PREFIX: &str = "Secundaire bron:";

/// The sources as one line of plain text, for the command line and the calendar file:
/// `label (url); label (url)`.
pub fn plain_text(list: &[Source]) -> String {
    list.iter()
        .map(|s| match s.url {
            Some(url) => format!("{} ({})", s.label, url),
            None => s.label.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Help links: the website of an organisation the user can contact. They are not
/// citations and may point to the organisation's own site. Every help link the app
/// shows is listed in [`help::ALL`] (tested).
pub mod help {
    /// UWV's home page.
    pub const UWV: &str = "https://www.uwv.nl/";
    /// The Juridisch Loket (free legal advice).
    pub const JURIDISCH_LOKET: &str = "https://www.juridischloket.nl/";
    /// Every help link, explicitly.
    pub const ALL: &[&str] = &[UWV, JURIDISCH_LOKET];
}

/// An article of Boek 7 BW on wetten.overheid.nl, optionally one lid.
macro_rules! bw7 {
    ($art:literal) => {
        concat!(
            "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=",
            $art
        )
    };
    ($art:literal, lid $lid:literal) => {
        concat!(
            "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=",
            $art,
            "&lid=",
            $lid
        )
    };
}

/// An article of another act on wetten.overheid.nl (by its BWBR id), optionally one lid.
macro_rules! wet {
    ($bwbr:literal, $art:literal) => {
        concat!(
            "https://wetten.overheid.nl/jci1.3:c:",
            $bwbr,
            "&artikel=",
            $art
        )
    };
    ($bwbr:literal, $art:literal, lid $lid:literal) => {
        concat!(
            "https://wetten.overheid.nl/jci1.3:c:",
            $bwbr,
            "&artikel=",
            $art,
            "&lid=",
            $lid
        )
    };
}

/// A ruling on uitspraken.rechtspraak.nl by its ECLI.
macro_rules! ecli {
    ($ecli:literal) => {
        concat!(
            "https://uitspraken.rechtspraak.nl/inziendocument?id=",
            $ecli
        )
    };
}

// ---------------------------------------------------------------------------------------
// Laws, by article.

// Burgerlijk Wetboek Boek 7 (BWBR0005290).
pub const BW_7_611: Source = Source::new("Art. 7:611 BW (goed werkgeverschap)", bw7!("611"));
pub const BW_7_628: Source = Source::new(
    "Art. 7:628 lid 1 BW (loon als werk niet door eigen schuld wordt gedaan)",
    bw7!("628", lid "1"),
);
pub const BW_7_629: Source = Source::new("Art. 7:629 BW (loon bij ziekte)", bw7!("629"));
pub const BW_7_629_LID_1: Source = Source::new(
    "Art. 7:629 lid 1 BW (loondoorbetaling bij ziekte)",
    bw7!("629", lid "1"),
);
pub const BW_7_629_LID_3: Source =
    Source::new("Art. 7:629 lid 3 BW (loonstop)", bw7!("629", lid "3"));
pub const BW_7_629_LID_10: Source = Source::new(
    "Art. 7:629 lid 10 BW (ziekteperioden samentellen)",
    bw7!("629", lid "10"),
);
pub const BW_7_629_LID_11: Source = Source::new(
    "Art. 7:629 lid 11 BW (verlenging van de 104 weken)",
    bw7!("629", lid "11"),
);
pub const BW_7_629A: Source = Source::new(
    "Art. 7:629a BW (een loonvordering bij ziekte vraagt een deskundigenoordeel van UWV)",
    bw7!("629a"),
);
pub const BW_7_658A: Source = Source::new(
    "Art. 7:658a BW (re-integratieplicht werkgever)",
    bw7!("658a"),
);
pub const BW_7_658A_LID_1: Source = Source::new(
    "Art. 7:658a lid 1 BW (passend werk bij de eigen of een andere werkgever)",
    bw7!("658a", lid "1"),
);
pub const BW_7_658A_LID_3: Source = Source::new(
    "Art. 7:658a lid 3 BW (plan van aanpak)",
    bw7!("658a", lid "3"),
);
pub const BW_7_660A: Source = Source::new(
    "Art. 7:660a BW (plichten van de zieke werknemer)",
    bw7!("660a"),
);
pub const BW_7_669_LID_3: Source = Source::new(
    "Art. 7:669 lid 3 sub b BW (ontslag na langdurige ziekte)",
    bw7!("669", lid "3"),
);
pub const BW_7_670: Source = Source::new(
    "Art. 7:670 lid 1 BW (opzegverbod tijdens ziekte: de eerste twee jaar; na de AOW-leeftijd 6 of 13 weken)",
    bw7!("670", lid "1"),
);
pub const BW_7_670B: Source = Source::new(
    "Art. 7:670b BW (14 dagen bedenktijd na een beëindigingsovereenkomst)",
    bw7!("670b"),
);
pub const BW_7_672: Source = Source::new("Art. 7:672 lid 1 en 2 BW (opzegtermijn)", bw7!("672"));
pub const BW_7_673: Source = Source::new("Art. 7:673 BW (transitievergoeding)", bw7!("673"));
/// The maximum (lid 2) and its yearly indexation (lid 3).
pub const BW_7_673_MAXIMUM: Source = Source::new(
    "Art. 7:673 lid 2 en 3 BW (maximum transitievergoeding, jaarlijks geïndexeerd)",
    bw7!("673", lid "3"),
);
pub const BW_7_673_LID_6: Source = Source::new(
    "Art. 7:673 lid 6 BW (kosten in mindering op de transitievergoeding)",
    bw7!("673", lid "6"),
);
pub const BW_7_673_LID_7: Source = Source::new(
    "Art. 7:673 lid 7 sub b BW (geen transitievergoeding vanaf de AOW-leeftijd)",
    bw7!("673", lid "7"),
);
pub const BW_7_673E: Source = Source::new(
    "Art. 7:673e BW (compensatie transitievergoeding na langdurige ziekte)",
    bw7!("673e"),
);
/// The time limits to go to court: sub a (2 months, e.g. a billijke vergoeding after
/// notice), sub b (3 months, the transitievergoeding), sub e (3 months, the
/// aanzegvergoeding).
pub const BW_7_686A_LID_4: Source = Source::new(
    "Art. 7:686a lid 4 BW (termijnen: 3 maanden voor de transitievergoeding en de aanzegvergoeding, 2 maanden voor een billijke vergoeding na opzegging)",
    bw7!("686a", lid "4"),
);
pub const BW_7_668: Source = Source::new(
    "Art. 7:668 BW (aanzegplicht en aanzegvergoeding bij een tijdelijk contract van 6 maanden of langer)",
    bw7!("668"),
);
pub const BW_7_671B_LID_9: Source = Source::new(
    "Art. 7:671b lid 9 sub c BW (billijke vergoeding bij ontbinding door de kantonrechter)",
    bw7!("671b", lid "9"),
);
pub const BW_7_682_LID_1: Source = Source::new(
    "Art. 7:682 lid 1 sub c BW (billijke vergoeding na opzegging met toestemming van UWV)",
    bw7!("682", lid "1"),
);
pub const BW_7_629_LID_2: Source = Source::new(
    "Art. 7:629 lid 2 sub b BW (loon bij ziekte na de AOW-leeftijd: 6 of 13 weken)",
    bw7!("629", lid "2"),
);
pub const BW_7_669_LID_4: Source = Source::new(
    "Art. 7:669 lid 4 BW (opzegging omdat de werknemer de AOW-leeftijd bereikt)",
    bw7!("669", lid "4"),
);

// Ziektewet (BWBR0001888).
pub const ZW_29: Source = Source::new(
    "Art. 29 Ziektewet (ziekengeld, ook zonder werkgever: het vangnet)",
    wet!("BWBR0001888", "29"),
);
pub const ZW_29A: Source = Source::new(
    "Art. 29a Ziektewet (ziek door zwangerschap of bevalling)",
    wet!("BWBR0001888", "29a"),
);
pub const ZW_45: Source = Source::new(
    "Art. 45 lid 1 sub j Ziektewet (benadeling)",
    wet!("BWBR0001888", "45", lid "1"),
);

// Wet werk en inkomen naar arbeidsvermogen (BWBR0019057).
pub const WIA_23: Source = Source::new(
    "Art. 23 WIA (wachttijd van 104 weken)",
    wet!("BWBR0019057", "23"),
);
pub const WIA_24: Source = Source::new(
    "Art. 24 WIA (verlenging van de wachttijd op verzoek)",
    wet!("BWBR0019057", "24"),
);
pub const WIA_25_LID_9: Source = Source::new(
    "Art. 25 lid 9 WIA (loonsanctie)",
    wet!("BWBR0019057", "25", lid "9"),
);
pub const WIA_47: Source = Source::new(
    "Art. 47 en 51 WIA (IVA-uitkering)",
    wet!("BWBR0019057", "47"),
);
pub const WIA_59: Source = Source::new(
    "Art. 59 en 61 WIA (loongerelateerde WGA-uitkering)",
    wet!("BWBR0019057", "59"),
);
pub const WIA_60: Source = Source::new(
    "Art. 60 WIA (WGA-loonaanvulling)",
    wet!("BWBR0019057", "60"),
);
pub const WIA_61: Source = Source::new(
    "Art. 61 en 62 WIA (WGA-vervolguitkering)",
    wet!("BWBR0019057", "61"),
);
pub const WIA_64: Source = Source::new(
    "Art. 64 WIA (aanvraag van de WIA-uitkering)",
    wet!("BWBR0019057", "64"),
);

// Werkloosheidswet (BWBR0004045).
pub const WW_16: Source = Source::new(
    "Art. 16 WW (fictieve opzegtermijn: de WW begint later)",
    wet!("BWBR0004045", "16"),
);
pub const WW_19_LID_1: Source = Source::new(
    "Art. 19 lid 1 WW (geen WW als je door ziekte niet kunt werken)",
    wet!("BWBR0004045", "19", lid "1"),
);
pub const WW_24: Source = Source::new(
    "Art. 24 WW (verwijtbare werkloosheid)",
    wet!("BWBR0004045", "24"),
);
pub const ZW_38: Source = Source::new(
    "Art. 38 Ziektewet (ziekmelding bij UWV bij het einde van het contract; re-integratieverslag)",
    wet!("BWBR0001888", "38"),
);
pub const ZW_19AA: Source = Source::new(
    "Art. 19aa Ziektewet (eerstejaars Ziektewet-beoordeling: na 52 weken, grens 65%)",
    wet!("BWBR0001888", "19aa"),
);
pub const WW_42: Source = Source::new(
    "Art. 42 en 47 WW (duur en hoogte van de WW-uitkering)",
    wet!("BWBR0004045", "42"),
);

// Wet financiering sociale verzekeringen (BWBR0017745).
pub const WFSV_17: Source = Source::new(
    "Art. 17 Wet financiering sociale verzekeringen (maximumdagloon)",
    wet!("BWBR0017745", "17"),
);

// Arbeidsomstandighedenwet (BWBR0010346).
pub const ARBOWET_14: Source = Source::new(
    "Art. 14 Arbeidsomstandighedenwet (bedrijfsarts en second opinion)",
    wet!("BWBR0010346", "14"),
);

// Algemene termijnenwet (BWBR0002448).
pub const ATW_3: Source = Source::new(
    "Art. 3 Algemene termijnenwet (algemeen erkende feestdagen)",
    wet!("BWBR0002448", "3"),
);
pub const ATW_3_LID_1: Source = Source::new(
    "Art. 3 lid 1 Algemene termijnenwet (algemeen erkende feestdagen)",
    wet!("BWBR0002448", "3", lid "1"),
);
pub const ATW_3_LID_2: Source = Source::new(
    "Art. 3 lid 2 Algemene termijnenwet (Goede Vrijdag)",
    wet!("BWBR0002448", "3", lid "2"),
);
pub const ATW_3_LID_3: Source = Source::new(
    "Art. 3 lid 3 Algemene termijnenwet (gelijkstelling bij koninklijk besluit)",
    wet!("BWBR0002448", "3", lid "3"),
);

// Wet minimumloon en minimumvakantiebijslag (BWBR0002638).
pub const WML_14: Source = Source::new(
    "Art. 14 Wet minimumloon en minimumvakantiebijslag (halfjaarlijkse aanpassing)",
    wet!("BWBR0002638", "14"),
);

// Algemene Ouderdomswet (BWBR0002221).
pub const AOW_7A: Source = Source::new(
    "Art. 7a Algemene Ouderdomswet (AOW-leeftijd, vijf jaar vooruit vastgesteld)",
    wet!("BWBR0002221", "7a"),
);

// ---------------------------------------------------------------------------------------
// Regulations and decrees (Staatsblad, Staatscourant).

/// The Regeling procesgang eerste en tweede ziektejaar. Its consolidated text was not
/// found; this is its amendment of 9 May 2023, which quotes the articles it changes.
pub const REGELING_PROCESGANG: Source = Source::new(
    "Regeling procesgang eerste en tweede ziektejaar (probleemanalyse, plan van aanpak, eerstejaarsevaluatie), gewijzigd bij Stcrt. 2023, 13931",
    "https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html",
);
pub const STB_2015_171: Source = Source::new(
    "Besluit voorwaarden in mindering brengen kosten op transitievergoeding (Stb. 2015, 171)",
    "https://zoek.officielebekendmakingen.nl/stb-2015-171.html",
);
pub const STB_2020_188: Source = Source::new(
    "Wijziging van het Besluit voorwaarden in mindering brengen kosten op transitievergoeding (Stb. 2020, 188)",
    "https://zoek.officielebekendmakingen.nl/stb-2020-188.html",
);
pub const STCRT_2024_38722: Source = Source::new(
    "Stcrt. 2024, 38722 (premiepercentages en maximumpremieloon 2025)",
    "https://zoek.officielebekendmakingen.nl/stcrt-2024-38722.html",
);
pub const STCRT_2025_12264: Source = Source::new(
    "Stcrt. 2025, 12264 (minimumloon per 1 juli 2025)",
    "https://zoek.officielebekendmakingen.nl/stcrt-2025-12264.html",
);
pub const STCRT_2025_42324: Source = Source::new(
    "Stcrt. 2025, 42324 (maximumpremieloon en maximumdagloon per 1 januari 2026)",
    "https://zoek.officielebekendmakingen.nl/stcrt-2025-42324.html",
);

// ---------------------------------------------------------------------------------------
// Case law.

pub const HR_2019_1734_XELLA: Source = Source::new(
    "HR 8 november 2019, ECLI:NL:HR:2019:1734 (Xella)",
    ecli!("ECLI:NL:HR:2019:1734"),
);
pub const GHSHE_2025_1152: Source = Source::new(
    "Hof 's-Hertogenbosch 22-04-2025, ECLI:NL:GHSHE:2025:1152",
    ecli!("ECLI:NL:GHSHE:2025:1152"),
);
pub const CRVB_2017_1225: Source = Source::new(
    "CRvB 2017, ECLI:NL:CRVB:2017:1225 ('zijn arbeid' in de Ziektewet)",
    ecli!("ECLI:NL:CRVB:2017:1225"),
);
pub const RBMNE_2017_1831: Source = Source::new(
    "Rb. Midden-Nederland 2017, ECLI:NL:RBMNE:2017:1831 (einde tijdelijk contract is geen benadeling)",
    ecli!("ECLI:NL:RBMNE:2017:1831"),
);

// ---------------------------------------------------------------------------------------
// Official pages: UWV.

pub const UWV_REINTEGREREN: Source = Source::new(
    "UWV: re-integreren tijdens ziekte",
    "https://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/re-integreren-tijdens-ziekte/",
);
/// UWV's own instruction on how it tests the re-integration (spoor 1, spoor 2, timing).
pub const UWV_WERKWIJZER_POORTWACHTER: Source = Source::new(
    "UWV: Werkwijzer Poortwachter (pdf)",
    "https://www.uwv.nl/werkgevers/images/werkwijzer-poortwachter.pdf",
);
pub const UWV_ZIEK_MELDEN: Source = Source::new(
    "UWV: ziek melden bij UWV (42e-weeksmelding)",
    "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv",
);
pub const UWV_WIA_AANVRAGEN: Source = Source::new(
    "UWV: wanneer vraag ik een WIA-uitkering aan",
    "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/wia-uitkering-aanvragen/detail/wanneer-vraag-ik-een-wia-uitkering-aan",
);
pub const UWV_WIA_UITKERINGEN: Source = Source::new(
    "UWV: tijdens de WIA-uitkering (WGA en IVA)",
    "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/tijdens-wia-uitkering/",
);
pub const UWV_LGU: Source = Source::new(
    "UWV: loongerelateerde WGA-uitkering",
    "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/tijdens-wia-uitkering/detail/welke-wga-uitkering-krijg-ik/ik-krijg-een-loongerelateerde-uitkering-lgu",
);
pub const UWV_VERVOLGUITKERING: Source = Source::new(
    "UWV: hoe hoog is mijn vervolguitkering",
    "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/tijdens-wia-uitkering/detail/hoe-hoog-is-mijn-wga-uitkering/hoe-hoog-is-mijn-vervolguitkering",
);
pub const UWV_DAGLOON: Source = Source::new(
    "UWV: maximumdagloon",
    "https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon",
);
pub const UWV_WW_DUUR: Source = Source::new(
    "UWV: hoelang heb ik recht op een WW-uitkering",
    "https://www.uwv.nl/particulieren/veelgestelde-vragen/hoogte-en-duur-ww/detail/hoelang-recht-uitkering",
);
pub const UWV_ONTSLAG_LANGDURIG: Source = Source::new(
    "UWV: ontslag wegens langdurige arbeidsongeschiktheid",
    "https://www.uwv.nl/particulieren/ontslag/ik-word-ontslagen/detail/ontslag-wegens-langdurige-arbeidsongeschiktheid",
);
pub const UWV_TV_HOOGTE: Source = Source::new(
    "UWV: hoe hoog is de transitievergoeding",
    "https://www.uwv.nl/particulieren/ontslag/belangrijke-rechten-bij-ontslag/detail/transitievergoeding/hoe-hoog-is-de-transitievergoeding",
);
pub const UWV_COMPENSATIE_TV: Source = Source::new(
    "UWV: voorwaarden voor de compensatie transitievergoeding",
    "https://www.uwv.nl/werkgevers/werkgever-en-ontslag/compensatie-transitievergoeding/langdurige-arbeidsongeschiktheid/voor-mijn-aanvraag/detail/voorwaarden-voor-de-compensatie-transitievergoeding",
);
pub const UWV_DESKUNDIGENOORDEEL: Source = Source::new(
    "UWV: deskundigenoordeel als de re-integratie vastloopt",
    "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/hoe-vraag-ik-een-deskundigenoordeel-aan",
);
pub const UWV_ERD: Source = Source::new(
    "UWV: eigen risico dragen voor de WGA aanvragen",
    "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/eigen-risico-dragen-wga/detail/aanvragen-eigen-risico-dragen-wga",
);
pub const UWV_VRIJWILLIG_VERZEKEREN: Source = Source::new(
    "UWV: vrijwillig verzekeren als zelfstandige (binnen 13 weken aanvragen)",
    "https://www.uwv.nl/particulieren/verzekeren/ik-wil-me-verzekeren-bij-uwv/detail/ik-start-een-eigen-bedrijf/ik-ben-volledig-zelfstandig",
);
/// The eigenrisicodrager for the Ziektewet reports a sick employee whose contract ends
/// within 6 weeks after the last day.
pub const UWV_ERD_ZW_ZIEKMELDING: Source = Source::new(
    "UWV: eigenrisicodrager Ziektewet, werknemer is ziek (ziekmelding binnen 6 weken na het einde van het dienstverband)",
    "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-ziektewet/tijdens-eigen-risico-dragen-ziektewet/detail/werknemer-is-ziek",
);
pub const UWV_ZWANGER_ZIEK: Source = Source::new(
    "UWV: ziek door zwangerschap of bevalling, voor de verlofperiode",
    "https://www.uwv.nl/werkgevers/werknemer-krijgt-kind/zwanger/werknemer-is-zwanger-wazo/detail/werknemer-is-ziek-rond-haar-zwangerschap/ziek-door-zwangerschap-of-bevalling/ziek-voor-de-verlofperiode",
);

// ---------------------------------------------------------------------------------------
// Official pages: Rijksoverheid, SVB.

/// The WW duration as it stands, and the announced cut.
pub const RO_WW_DUUR: Source = Source::new(
    "Rijksoverheid: hoe lang heb ik recht op een WW-uitkering?",
    "https://www.rijksoverheid.nl/onderwerpen/werkloosheidswet-ww/vraag-en-antwoord/hoe-lang-heb-ik-recht-op-een-ww-uitkering",
);
pub const RO_AOW_LEEFTIJD: Source = Source::new(
    "Rijksoverheid: wanneer gaat mijn AOW in? (tabel AOW-leeftijd)",
    "https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in",
);
pub const RO_UITKERINGEN_2026: Source = Source::new(
    "Rijksoverheid: uitkeringsbedragen per 1 januari 2026",
    "https://www.rijksoverheid.nl/actueel/nieuws/2025/12/10/uitkeringsbedragen-per-1-januari-2026",
);
/// The BAZ bill sent to the Raad van State (September 2025).
pub const BAZ_NAAR_RVS: Source = Source::new(
    "Rijksoverheid: wetsvoorstel basisverzekering arbeidsongeschiktheid zelfstandigen naar de Raad van State (2025, nog geen wet)",
    "https://www.rijksoverheid.nl/actueel/nieuws/2025/09/12/wetsvoorstel-voor-basisverzekering-arbeidsongeschiktheid-voor-zelfstandigen-naar-de-raad-van-state",
);
/// The BAZ bill, sent to the Tweede Kamer (cabinet decision of 13 March 2026).
pub const BAZ_NAAR_KAMER: Source = Source::new(
    "Rijksoverheid, 13 maart 2026: kabinet stuurt wetsvoorstel basisverzekering arbeidsongeschiktheid zelfstandigen (BAZ) naar de Tweede Kamer",
    "https://www.rijksoverheid.nl/actueel/nieuws/2026/03/13/kabinet-komt-met-betaalbare-basisverzekering-voor-zelfstandigen-bij-arbeidsongeschiktheid",
);
/// The KVK (Kamer van Koophandel, a public body) on the ways a self-employed person can
/// cover illness: an AOV, a schenkkring such as a broodfonds, crowdsurance and UWV's
/// voluntary insurance, side by side (docs/law/zelfstandigen.md).
pub const KVK_AOV_OPTIES: Source = Source::new(
    "KVK: welke AOV past bij jou? De opties van een zelfstandige bij arbeidsongeschiktheid",
    "https://www.kvk.nl/starten/welke-aov-past-bij-jou-dit-zijn-je-4-opties/",
);
/// The coalition agreement of 2026 (plans, not law).
pub const COALITIEAKKOORD_2026: Source = Source::new(
    "Coalitieakkoord D66, VVD en CDA 'Aan de slag' (30 januari 2026): plannen, nog geen wet",
    "https://www.rijksoverheid.nl/regering",
);
pub const SVB_AOW_LEEFTIJD: Source = Source::new(
    "SVB: uw AOW-leeftijd",
    "https://www.svb.nl/nl/aow/aow-leeftijd/uw-aow-leeftijd",
);

// ---------------------------------------------------------------------------------------
// Parliamentary papers and guidelines.

/// Bill 36869: compensation for the transitievergoeding only for small employers.
pub const KST_36869: Source = Source::new(
    "Kamerstukken II 2025/26, 36869, nr. 3 (memorie van toelichting: compensatie transitievergoeding alleen voor kleine werkgevers)",
    "https://www.tweedekamer.nl/kamerstukken/detail?did=2025D51637&id=2025Z21836",
);
/// The minister's letter of 20 December 2018 on sick pay for small employers (the
/// MKB-verzuim-ontzorgverzekering).
pub const KST_29544_873: Source = Source::new(
    "Kamerstukken II 2018/19, 29544, nr. 873 (loondoorbetaling bij ziekte: afspraken voor kleine werkgevers, MKB-verzuim-ontzorgverzekering)",
    "https://zoek.officielebekendmakingen.nl/kst-29544-873.html",
);
/// The bedrijfsarts's guideline for conflicts at work (not law; UWV and courts use it).
pub const STECR_WERKWIJZER: Source = Source::new(
    "STECR Werkwijzer Arbeidsconflicten, versie 7 (april 2022)",
    "https://www.stecr.nl/",
);

/// Every constant of the registry, once (tested against this file).
pub const ALL: &[Source] = &[
    BW_7_611,
    BW_7_628,
    BW_7_629,
    BW_7_629_LID_1,
    BW_7_629_LID_3,
    BW_7_629_LID_10,
    BW_7_629_LID_11,
    BW_7_629A,
    BW_7_658A,
    BW_7_658A_LID_1,
    BW_7_658A_LID_3,
    BW_7_660A,
    BW_7_669_LID_3,
    BW_7_670,
    BW_7_670B,
    BW_7_672,
    BW_7_673,
    BW_7_673_MAXIMUM,
    BW_7_673_LID_6,
    BW_7_673_LID_7,
    BW_7_673E,
    BW_7_686A_LID_4,
    BW_7_668,
    BW_7_671B_LID_9,
    BW_7_682_LID_1,
    BW_7_629_LID_2,
    BW_7_669_LID_4,
    WW_16,
    WW_19_LID_1,
    WW_24,
    ZW_38,
    ZW_19AA,
    ZW_29,
    ZW_29A,
    ZW_45,
    WIA_23,
    WIA_24,
    WIA_25_LID_9,
    WIA_47,
    WIA_59,
    WIA_60,
    WIA_61,
    WIA_64,
    WW_42,
    WFSV_17,
    ARBOWET_14,
    ATW_3,
    ATW_3_LID_1,
    ATW_3_LID_2,
    ATW_3_LID_3,
    WML_14,
    AOW_7A,
    REGELING_PROCESGANG,
    STB_2015_171,
    STB_2020_188,
    STCRT_2024_38722,
    STCRT_2025_12264,
    STCRT_2025_42324,
    HR_2019_1734_XELLA,
    GHSHE_2025_1152,
    CRVB_2017_1225,
    RBMNE_2017_1831,
    UWV_REINTEGREREN,
    UWV_WERKWIJZER_POORTWACHTER,
    UWV_ZIEK_MELDEN,
    UWV_WIA_AANVRAGEN,
    UWV_WIA_UITKERINGEN,
    UWV_LGU,
    UWV_VERVOLGUITKERING,
    UWV_DAGLOON,
    UWV_WW_DUUR,
    UWV_ONTSLAG_LANGDURIG,
    UWV_TV_HOOGTE,
    UWV_COMPENSATIE_TV,
    UWV_DESKUNDIGENOORDEEL,
    UWV_ERD,
    UWV_VRIJWILLIG_VERZEKEREN,
    UWV_ERD_ZW_ZIEKMELDING,
    UWV_ZWANGER_ZIEK,
    RO_WW_DUUR,
    RO_AOW_LEEFTIJD,
    RO_UITKERINGEN_2026,
    BAZ_NAAR_RVS,
    BAZ_NAAR_KAMER,
    KVK_AOV_OPTIES,
    COALITIEAKKOORD_2026,
    SVB_AOW_LEEFTIJD,
    KST_36869,
    KST_29544_873,
    STECR_WERKWIJZER,
];

#[cfg(test)]
mod tests;
