//! The questions of the interview: stable ids, stable option ids and their kinds.
//!
//! Question ids and option ids are public contracts (design.md §6): export files, share
//! links (`#/vraag/<question_id>`) and tests refer to them. A renamed id needs a
//! migration in the importer. The list with kinds and options is in `docs/flow.md`.

use serde::{Deserialize, Serialize};

/// Every question of the interview, in the order in which they can be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    Rol,
    ZiekNu,
    EersteZiektedag,
    EerdereZiekteperiode,
    EerdereZiekteperiodeBegin,
    EerdereZiekteperiodeEinde,
    ProbleemanalyseGedaan,
    PlanVanAanpakGedaan,
    ArbeidsdeskundigOnderzoek,
    EigenWerkMogelijk,
    AangepastWerkMogelijk,
    AnderWerkIntern,
    OorzaakWerkOfConflict,
    OordeelBedrijfsartsSituatief,
    #[serde(rename = "terugkeer_binnen_26_weken")]
    TerugkeerBinnen26Weken,
    EerstejaarsevaluatieGedaan,
    #[serde(rename = "spoor2_gestart")]
    Spoor2Gestart,
    BaanEindigt,
    RedenEinde,
    Initiatief,
    DatumEinde,
    VsoAangeboden,
    VsoBedrag,
    VsoEinddatum,
    Outplacement,
    ContractType,
    DatumInDienst,
    UrenPerWeek,
    BrutoMaandloon,
    WerkgeverGrootte,
    Leeftijd,
    Eigenrisicodrager,
    HiaatExcedent,
    LoonBovenWiaGrens,
    ZelfstandigInkomen,
    // The self-employed (`rol = zelfstandige`): their own block, after everything else.
    ZzpZiek,
    ZzpEersteZiektedag,
    ZzpJaarwinst,
    ZzpAov,
    ZzpAovBedrag,
    ZzpAovEigenrisico,
    ZzpBroodfonds,
    ZzpUwvVrijwillig,
    ZzpVerplichtVerzekerd,
    ZzpEindeVerplicht,
}

impl QuestionId {
    /// All questions in interview order. Routing walks this list (see `routing.rs`).
    pub const ALL: [QuestionId; 45] = [
        QuestionId::Rol,
        QuestionId::ZiekNu,
        QuestionId::EersteZiektedag,
        QuestionId::EerdereZiekteperiode,
        QuestionId::EerdereZiekteperiodeBegin,
        QuestionId::EerdereZiekteperiodeEinde,
        QuestionId::ProbleemanalyseGedaan,
        QuestionId::PlanVanAanpakGedaan,
        QuestionId::ArbeidsdeskundigOnderzoek,
        QuestionId::EigenWerkMogelijk,
        QuestionId::AangepastWerkMogelijk,
        QuestionId::AnderWerkIntern,
        QuestionId::OorzaakWerkOfConflict,
        QuestionId::OordeelBedrijfsartsSituatief,
        QuestionId::TerugkeerBinnen26Weken,
        QuestionId::EerstejaarsevaluatieGedaan,
        QuestionId::Spoor2Gestart,
        QuestionId::BaanEindigt,
        QuestionId::RedenEinde,
        QuestionId::Initiatief,
        QuestionId::DatumEinde,
        QuestionId::VsoAangeboden,
        QuestionId::VsoBedrag,
        QuestionId::VsoEinddatum,
        QuestionId::Outplacement,
        QuestionId::ContractType,
        QuestionId::DatumInDienst,
        QuestionId::UrenPerWeek,
        QuestionId::BrutoMaandloon,
        QuestionId::WerkgeverGrootte,
        QuestionId::Leeftijd,
        QuestionId::Eigenrisicodrager,
        QuestionId::HiaatExcedent,
        QuestionId::LoonBovenWiaGrens,
        QuestionId::ZelfstandigInkomen,
        QuestionId::ZzpZiek,
        QuestionId::ZzpEersteZiektedag,
        QuestionId::ZzpJaarwinst,
        QuestionId::ZzpAov,
        QuestionId::ZzpAovBedrag,
        QuestionId::ZzpAovEigenrisico,
        QuestionId::ZzpBroodfonds,
        QuestionId::ZzpUwvVrijwillig,
        QuestionId::ZzpVerplichtVerzekerd,
        QuestionId::ZzpEindeVerplicht,
    ];

    /// The stable snake_case id, as used in routes, export files and share links.
    pub fn as_str(self) -> &'static str {
        use QuestionId::*;
        match self {
            Rol => "rol",
            ZiekNu => "ziek_nu",
            EersteZiektedag => "eerste_ziektedag",
            EerdereZiekteperiode => "eerdere_ziekteperiode",
            EerdereZiekteperiodeBegin => "eerdere_ziekteperiode_begin",
            EerdereZiekteperiodeEinde => "eerdere_ziekteperiode_einde",
            ProbleemanalyseGedaan => "probleemanalyse_gedaan",
            PlanVanAanpakGedaan => "plan_van_aanpak_gedaan",
            ArbeidsdeskundigOnderzoek => "arbeidsdeskundig_onderzoek",
            EigenWerkMogelijk => "eigen_werk_mogelijk",
            AangepastWerkMogelijk => "aangepast_werk_mogelijk",
            AnderWerkIntern => "ander_werk_intern",
            OorzaakWerkOfConflict => "oorzaak_werk_of_conflict",
            OordeelBedrijfsartsSituatief => "oordeel_bedrijfsarts_situatief",
            TerugkeerBinnen26Weken => "terugkeer_binnen_26_weken",
            EerstejaarsevaluatieGedaan => "eerstejaarsevaluatie_gedaan",
            Spoor2Gestart => "spoor2_gestart",
            BaanEindigt => "baan_eindigt",
            RedenEinde => "reden_einde",
            Initiatief => "initiatief",
            DatumEinde => "datum_einde",
            VsoAangeboden => "vso_aangeboden",
            VsoBedrag => "vso_bedrag",
            VsoEinddatum => "vso_einddatum",
            Outplacement => "outplacement",
            ContractType => "contract_type",
            DatumInDienst => "datum_in_dienst",
            UrenPerWeek => "uren_per_week",
            BrutoMaandloon => "bruto_maandloon",
            WerkgeverGrootte => "werkgever_grootte",
            Leeftijd => "leeftijd",
            Eigenrisicodrager => "eigenrisicodrager",
            HiaatExcedent => "hiaat_excedent",
            LoonBovenWiaGrens => "loon_boven_wia_grens",
            ZelfstandigInkomen => "zelfstandig_inkomen",
            ZzpZiek => "zzp_ziek",
            ZzpEersteZiektedag => "zzp_eerste_ziektedag",
            ZzpJaarwinst => "zzp_jaarwinst",
            ZzpAov => "zzp_aov",
            ZzpAovBedrag => "zzp_aov_bedrag",
            ZzpAovEigenrisico => "zzp_aov_eigenrisico",
            ZzpBroodfonds => "zzp_broodfonds",
            ZzpUwvVrijwillig => "zzp_uwv_vrijwillig",
            ZzpVerplichtVerzekerd => "zzp_verplicht_verzekerd",
            ZzpEindeVerplicht => "zzp_einde_verplicht",
        }
    }

    /// Read a stable id. Anything else (including other spellings) is `None`.
    pub fn parse(s: &str) -> Option<QuestionId> {
        QuestionId::ALL.iter().copied().find(|q| q.as_str() == s)
    }

    /// The question's definition: kind, options and whether "Weet ik niet" is offered.
    pub fn question(self) -> Question {
        question(self)
    }
}

impl std::fmt::Display for QuestionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every option id of every choice question. Option ids are stable contracts, like the
/// question ids. One option id can serve several questions (`ja`, `nee`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opt {
    Ja,
    Nee,
    Werknemer,
    Werkgever,
    Informatie,
    #[serde(rename = "binnen_4_weken")]
    Binnen4Weken,
    LangerGeleden,
    Conflict,
    Werkomstandigheden,
    Situatief,
    Ziek,
    NogNietBeoordeeld,
    JaReintegratiebedrijf,
    JaWerkgever,
    Misschien,
    Reorganisatie,
    Functioneren,
    TijdelijkContract,
    LangdurigeZiekte,
    EigenKeuze,
    Anders,
    Samen,
    Aangeboden,
    Getekend,
    WerkgeverBetaalt,
    UitTransitievergoeding,
    BetalerOnduidelijk,
    Vast,
    Tijdelijk,
    Oproep,
    Uitzend,
    #[serde(rename = "minder_dan_25")]
    MinderDan25,
    #[serde(rename = "vanaf_25")]
    Vanaf25,
    Wga,
    Zw,
    Beide,
    Geen,
    Hiaat,
    Excedent,
    /// The bedrijfsarts sees the person as sick (for example a burn-out) and relates it to
    /// the situation at work: ordinary Poortwachter, with the conflict in the plan.
    ZiekDoorWerksituatie,
    /// `rol`: the self-employed.
    Zelfstandige,
}

impl Opt {
    pub const ALL: [Opt; 41] = [
        Opt::Ja,
        Opt::Nee,
        Opt::Werknemer,
        Opt::Werkgever,
        Opt::Informatie,
        Opt::Binnen4Weken,
        Opt::LangerGeleden,
        Opt::Conflict,
        Opt::Werkomstandigheden,
        Opt::Situatief,
        Opt::Ziek,
        Opt::NogNietBeoordeeld,
        Opt::JaReintegratiebedrijf,
        Opt::JaWerkgever,
        Opt::Misschien,
        Opt::Reorganisatie,
        Opt::Functioneren,
        Opt::TijdelijkContract,
        Opt::LangdurigeZiekte,
        Opt::EigenKeuze,
        Opt::Anders,
        Opt::Samen,
        Opt::Aangeboden,
        Opt::Getekend,
        Opt::WerkgeverBetaalt,
        Opt::UitTransitievergoeding,
        Opt::BetalerOnduidelijk,
        Opt::Vast,
        Opt::Tijdelijk,
        Opt::Oproep,
        Opt::Uitzend,
        Opt::MinderDan25,
        Opt::Vanaf25,
        Opt::Wga,
        Opt::Zw,
        Opt::Beide,
        Opt::Geen,
        Opt::Hiaat,
        Opt::Excedent,
        Opt::ZiekDoorWerksituatie,
        Opt::Zelfstandige,
    ];

    /// The stable option id.
    pub fn as_str(self) -> &'static str {
        use Opt::*;
        match self {
            Ja => "ja",
            Nee => "nee",
            Werknemer => "werknemer",
            Werkgever => "werkgever",
            Informatie => "informatie",
            Binnen4Weken => "binnen_4_weken",
            LangerGeleden => "langer_geleden",
            Conflict => "conflict",
            Werkomstandigheden => "werkomstandigheden",
            Situatief => "situatief",
            Ziek => "ziek",
            NogNietBeoordeeld => "nog_niet_beoordeeld",
            JaReintegratiebedrijf => "ja_reintegratiebedrijf",
            JaWerkgever => "ja_werkgever",
            Misschien => "misschien",
            Reorganisatie => "reorganisatie",
            Functioneren => "functioneren",
            TijdelijkContract => "tijdelijk_contract",
            LangdurigeZiekte => "langdurige_ziekte",
            EigenKeuze => "eigen_keuze",
            Anders => "anders",
            Samen => "samen",
            Aangeboden => "aangeboden",
            Getekend => "getekend",
            WerkgeverBetaalt => "werkgever_betaalt",
            UitTransitievergoeding => "uit_transitievergoeding",
            BetalerOnduidelijk => "betaler_onduidelijk",
            Vast => "vast",
            Tijdelijk => "tijdelijk",
            Oproep => "oproep",
            Uitzend => "uitzend",
            MinderDan25 => "minder_dan_25",
            Vanaf25 => "vanaf_25",
            Wga => "wga",
            Zw => "zw",
            Beide => "beide",
            Geen => "geen",
            Hiaat => "hiaat",
            Excedent => "excedent",
            ZiekDoorWerksituatie => "ziek_door_werksituatie",
            Zelfstandige => "zelfstandige",
        }
    }

    pub fn parse(s: &str) -> Option<Opt> {
        Opt::ALL.iter().copied().find(|o| o.as_str() == s)
    }
}

/// The value written for "Weet ik niet" in export files. No option id may equal it.
pub const UNKNOWN_ID: &str = "weet_niet";

/// What kind of answer a question takes. A page renders each kind generically.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of a list of options (radio buttons), in this order.
    Choice(&'static [Opt]),
    /// A date. With `not_in_future`, a date after today is refused.
    Date { not_in_future: bool },
    /// An amount in euros. `required: false` means the page offers to skip it
    /// (stored as `Unknown`).
    Money { required: bool },
    /// A whole number within `min..=max` (age, hours per week).
    Integer { min: i64, max: i64 },
}

/// One question: its id, its kind and whether "Weet ik niet" is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub kind: Kind,
    pub allow_unknown: bool,
}

impl Question {
    /// The options of a choice question (empty for other kinds).
    pub fn options(&self) -> &'static [Opt] {
        match self.kind {
            Kind::Choice(opts) => opts,
            Kind::Date { .. } | Kind::Money { .. } | Kind::Integer { .. } => &[],
        }
    }
}

const JA_NEE: &[Opt] = &[Opt::Ja, Opt::Nee];

/// The definition of every question.
pub fn question(id: QuestionId) -> Question {
    use QuestionId as Q;
    let (kind, allow_unknown) = match id {
        Q::Rol => (
            Kind::Choice(&[
                Opt::Werknemer,
                Opt::Werkgever,
                Opt::Zelfstandige,
                Opt::Informatie,
            ]),
            false,
        ),
        Q::ZiekNu => (Kind::Choice(JA_NEE), false),
        Q::EersteZiektedag => (
            Kind::Date {
                not_in_future: true,
            },
            false,
        ),
        Q::EerdereZiekteperiode => (
            Kind::Choice(&[Opt::Nee, Opt::Binnen4Weken, Opt::LangerGeleden]),
            true,
        ),
        Q::EerdereZiekteperiodeBegin | Q::EerdereZiekteperiodeEinde => (
            Kind::Date {
                not_in_future: true,
            },
            true,
        ),
        Q::ProbleemanalyseGedaan
        | Q::PlanVanAanpakGedaan
        | Q::ArbeidsdeskundigOnderzoek
        | Q::EigenWerkMogelijk
        | Q::AangepastWerkMogelijk
        | Q::AnderWerkIntern
        | Q::TerugkeerBinnen26Weken
        | Q::EerstejaarsevaluatieGedaan
        | Q::LoonBovenWiaGrens => (Kind::Choice(JA_NEE), true),
        Q::OorzaakWerkOfConflict => (
            Kind::Choice(&[Opt::Conflict, Opt::Werkomstandigheden, Opt::Nee]),
            true,
        ),
        Q::OordeelBedrijfsartsSituatief => (
            Kind::Choice(&[
                Opt::Situatief,
                Opt::Ziek,
                Opt::ZiekDoorWerksituatie,
                Opt::NogNietBeoordeeld,
            ]),
            true,
        ),
        Q::Spoor2Gestart => (
            Kind::Choice(&[Opt::JaReintegratiebedrijf, Opt::JaWerkgever, Opt::Nee]),
            true,
        ),
        Q::BaanEindigt => (Kind::Choice(&[Opt::Nee, Opt::Ja, Opt::Misschien]), false),
        Q::RedenEinde => (
            Kind::Choice(&[
                Opt::Reorganisatie,
                Opt::Conflict,
                Opt::Functioneren,
                Opt::TijdelijkContract,
                Opt::LangdurigeZiekte,
                Opt::EigenKeuze,
                Opt::Anders,
            ]),
            true,
        ),
        Q::Initiatief => (
            Kind::Choice(&[Opt::Werkgever, Opt::Werknemer, Opt::Samen]),
            true,
        ),
        Q::DatumEinde => (
            Kind::Date {
                not_in_future: false,
            },
            true,
        ),
        Q::VsoAangeboden => (
            Kind::Choice(&[Opt::Nee, Opt::Aangeboden, Opt::Getekend]),
            true,
        ),
        // The settlement agreement's gross amount and proposed end date: "Weet ik niet"
        // is allowed for both (the outcome then shows what the law gives, and a worked
        // example for the end date with its assumption stated).
        Q::VsoBedrag => (Kind::Money { required: false }, true),
        Q::VsoEinddatum => (
            Kind::Date {
                not_in_future: false,
            },
            true,
        ),
        Q::Outplacement => (
            Kind::Choice(&[
                Opt::Nee,
                Opt::WerkgeverBetaalt,
                Opt::UitTransitievergoeding,
                Opt::BetalerOnduidelijk,
            ]),
            true,
        ),
        Q::ContractType => (
            Kind::Choice(&[Opt::Vast, Opt::Tijdelijk, Opt::Oproep, Opt::Uitzend]),
            false,
        ),
        Q::DatumInDienst => (
            Kind::Date {
                not_in_future: true,
            },
            true,
        ),
        // Hours per week: whole hours, 1 to 80 (above 60 a week is not allowed under the
        // Arbeidstijdenwet, but we do not refuse a typed reality).
        Q::UrenPerWeek => (Kind::Integer { min: 1, max: 80 }, true),
        Q::BrutoMaandloon => (Kind::Money { required: false }, true),
        Q::WerkgeverGrootte => (Kind::Choice(&[Opt::MinderDan25, Opt::Vanaf25]), true),
        Q::Leeftijd => (Kind::Integer { min: 15, max: 100 }, true),
        Q::Eigenrisicodrager => (
            Kind::Choice(&[Opt::Nee, Opt::Wga, Opt::Zw, Opt::Beide]),
            true,
        ),
        Q::HiaatExcedent => (
            Kind::Choice(&[Opt::Geen, Opt::Hiaat, Opt::Excedent, Opt::Beide]),
            true,
        ),
        Q::ZelfstandigInkomen => (Kind::Choice(JA_NEE), false),
        Q::ZzpZiek | Q::ZzpBroodfonds | Q::ZzpVerplichtVerzekerd => (Kind::Choice(JA_NEE), false),
        Q::ZzpEersteZiektedag => (
            Kind::Date {
                not_in_future: true,
            },
            false,
        ),
        Q::ZzpJaarwinst | Q::ZzpAovBedrag => (Kind::Money { required: false }, true),
        Q::ZzpAov | Q::ZzpUwvVrijwillig => (Kind::Choice(JA_NEE), true),
        // The AOV's waiting period in days; the income page takes the same range.
        Q::ZzpAovEigenrisico => (Kind::Integer { min: 0, max: 730 }, true),
        // The last day of the job or benefit that was compulsorily insured.
        Q::ZzpEindeVerplicht => (
            Kind::Date {
                not_in_future: true,
            },
            true,
        ),
    };
    Question {
        id,
        kind,
        allow_unknown,
    }
}

/// The groups of the check-answers page ("grouped summary lists", design.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Rol,
    Ziekte,
    Baan,
    Contract,
    Inkomen,
    /// The self-employed's own block.
    Zelfstandige,
}

impl QuestionId {
    /// The group this question is listed under on the check-answers page.
    pub fn section(self) -> Section {
        use QuestionId as Q;
        match self {
            Q::Rol => Section::Rol,
            Q::ZiekNu
            | Q::EersteZiektedag
            | Q::EerdereZiekteperiode
            | Q::EerdereZiekteperiodeBegin
            | Q::EerdereZiekteperiodeEinde
            | Q::ProbleemanalyseGedaan
            | Q::PlanVanAanpakGedaan
            | Q::ArbeidsdeskundigOnderzoek
            | Q::EigenWerkMogelijk
            | Q::AangepastWerkMogelijk
            | Q::AnderWerkIntern
            | Q::OorzaakWerkOfConflict
            | Q::OordeelBedrijfsartsSituatief
            | Q::TerugkeerBinnen26Weken
            | Q::EerstejaarsevaluatieGedaan
            | Q::Spoor2Gestart => Section::Ziekte,
            Q::BaanEindigt
            | Q::RedenEinde
            | Q::Initiatief
            | Q::DatumEinde
            | Q::VsoAangeboden
            | Q::VsoBedrag
            | Q::VsoEinddatum
            | Q::Outplacement => Section::Baan,
            Q::ContractType
            | Q::DatumInDienst
            | Q::UrenPerWeek
            | Q::BrutoMaandloon
            | Q::WerkgeverGrootte
            | Q::Leeftijd => Section::Contract,
            Q::Eigenrisicodrager
            | Q::HiaatExcedent
            | Q::LoonBovenWiaGrens
            | Q::ZelfstandigInkomen => Section::Inkomen,
            Q::ZzpZiek
            | Q::ZzpEersteZiektedag
            | Q::ZzpJaarwinst
            | Q::ZzpAov
            | Q::ZzpAovBedrag
            | Q::ZzpAovEigenrisico
            | Q::ZzpBroodfonds
            | Q::ZzpUwvVrijwillig
            | Q::ZzpVerplichtVerzekerd
            | Q::ZzpEindeVerplicht => Section::Zelfstandige,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for q in QuestionId::ALL {
            assert_eq!(QuestionId::parse(q.as_str()), Some(q));
            let json = serde_json::to_string(&q).unwrap();
            assert_eq!(json, format!("\"{}\"", q.as_str()));
        }
        for o in Opt::ALL {
            assert_eq!(Opt::parse(o.as_str()), Some(o));
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(json, format!("\"{}\"", o.as_str()));
            assert_ne!(o.as_str(), UNKNOWN_ID);
        }
        assert_eq!(QuestionId::parse("Rol"), None);
        assert_eq!(QuestionId::parse("terugkeer_binnen26_weken"), None);
    }

    #[test]
    fn all_lists_are_complete_and_ordered() {
        let mut sorted = QuestionId::ALL.to_vec();
        sorted.sort();
        assert_eq!(
            sorted,
            QuestionId::ALL.to_vec(),
            "ALL must follow enum order"
        );
        sorted.dedup();
        assert_eq!(sorted.len(), QuestionId::ALL.len());
        // Routing indexes answers by discriminant: it must equal the position in ALL.
        for (i, q) in QuestionId::ALL.iter().enumerate() {
            assert_eq!(*q as usize, i);
        }
        let mut opts = Opt::ALL.to_vec();
        opts.sort();
        opts.dedup();
        assert_eq!(opts.len(), Opt::ALL.len());
    }

    #[test]
    fn choice_questions_have_distinct_options() {
        for q in QuestionId::ALL {
            let opts = question(q).options();
            let mut v = opts.to_vec();
            v.sort();
            v.dedup();
            assert_eq!(v.len(), opts.len(), "{q}");
            if let Kind::Money { required } = question(q).kind {
                assert_eq!(required, !question(q).allow_unknown, "{q}");
            }
        }
    }
}
