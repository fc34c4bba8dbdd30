//! Words for the register of announced changes in the law ([`crate::pending_law`]):
//! the status label, what each change does, and what it would mean in the places it
//! affects. Every page, the calculator's explanation and the command line use these, so
//! a change of status in the register changes every text at once.

use crate::lang::Lang;
use crate::pending_law::{LawStatus, PendingLaw, PendingLawId};
use crate::text::format;
use crate::text::t;
use crate::transitievergoeding::EmployerSize;

/// The label above a notice: "Let op: wetsvoorstel, nog geen wet".
pub fn status_label(status: LawStatus, lang: Lang) -> &'static str {
    match status {
        LawStatus::Announced => t(
            lang,
            "Let op: plan, nog geen wetsvoorstel",
            "Note: a plan, not yet a bill",
        ),
        LawStatus::Proposal => t(
            lang,
            "Let op: wetsvoorstel, nog geen wet",
            "Note: a bill, not yet law",
        ),
        LawStatus::Adopted => t(
            lang,
            "Let op: aangenomen, nog niet in werking",
            "Note: passed, not yet in force",
        ),
        LawStatus::InForce => t(
            lang,
            "Nieuwe regel, nu van kracht",
            "New rule, now in force",
        ),
    }
}

/// The change's name.
pub fn title(id: PendingLawId, lang: Lang) -> &'static str {
    match id {
        PendingLawId::Bill36869 => t(
            lang,
            "Wetsvoorstel 36869: compensatie transitievergoeding alleen voor kleine werkgevers",
            "Bill 36869: compensation for the transitievergoeding only for small employers",
        ),
        PendingLawId::Baz => t(
            lang,
            "Basisverzekering arbeidsongeschiktheid zelfstandigen (BAZ)",
            "Basic disability insurance for the self-employed (BAZ)",
        ),
        PendingLawId::WwDuration => t(lang, "Kortere WW", "Shorter unemployment benefit (WW)"),
        PendingLawId::CompensationEnd2028 => t(
            lang,
            "Einde van de compensatie transitievergoeding",
            "End of the compensation for the transitievergoeding",
        ),
        PendingLawId::PoortwachterSmallEmployers => t(
            lang,
            "Eenvoudiger Poortwachter voor kleine werkgevers",
            "A simpler Poortwachter process for small employers",
        ),
        PendingLawId::MaxDagloonCut => {
            t(lang, "Lager maximumdagloon", "A lower maximum daily wage")
        }
    }
}

/// What the change would do, in general.
pub fn changes(id: PendingLawId, lang: Lang) -> &'static str {
    match id {
        PendingLawId::Bill36869 => t(lang, "Een werkgever die een zieke werknemer na twee jaar ziekte ontslaat, krijgt de transitievergoeding nu meestal terug van UWV (compensatie). Dit wetsvoorstel beperkt dat tot kleine werkgevers. Middelgrote en grote werkgevers krijgen dan geen compensatie meer als de 104 weken ziekte eindigen op of na de datum waarop de wet ingaat. Eindigden de 104 weken eerder, dan blijft de compensatie. Of een werkgever klein is, staat in de beschikking gedifferentieerde premie Whk van de Belastingdienst (loonsom tot 25 keer het gemiddelde premieloon, ongeveer minder dan 25 werknemers).", "An employer that dismisses an employee after two years of illness can now usually get the transitievergoeding back from UWV (compensation). This bill limits that to small employers. Medium and large employers would then get no compensation when the 104 weeks of illness end on or after the date the law takes effect. If the 104 weeks ended earlier, the compensation stays. Whether an employer is small is in the Belastingdienst's decision on the gedifferentieerde premie Whk (a wage bill of up to 25 times the average premium wage, roughly fewer than 25 employees)."),
        PendingLawId::Baz => t(lang, "Een verplichte basisverzekering voor zelfstandigen die langer dan een jaar niet kunnen werken door ziekte. De uitkering zou ongeveer op het minimumloon liggen, na een wachttijd. Wie al een eigen arbeidsongeschiktheidsverzekering heeft, kan er in de plannen onder voorwaarden buiten blijven. Directeur-grootaandeelhouders vallen er niet onder. Het kabinet besloot op 13 maart 2026 het voorstel naar de Tweede Kamer te sturen.", "A compulsory basic insurance for self-employed people who cannot work for more than a year because of illness. The benefit would be around the minimum wage, after a waiting period. In the plans, people who already have their own disability insurance can stay out under conditions. Directors who own the company (dga's) are not covered. On 13 March 2026 the cabinet decided to send the bill to the Tweede Kamer."),
        PendingLawId::WwDuration => t(lang, "Het kabinet wil de WW korter maken: nu duurt de WW 3 tot 24 maanden. In de plannen wordt dat hoogstens 12 maanden, vanaf 2028. De loongerelateerde WGA-uitkering duurt even lang als de WW, dus die zou ook korter worden. Er is nog geen wetsvoorstel.", "The cabinet wants to shorten the unemployment benefit (WW): today it lasts 3 to 24 months. In the plans it becomes at most 12 months, from 2028. The wage-related WGA benefit lasts as long as the WW, so it would become shorter too. There is no bill yet."),
        PendingLawId::CompensationEnd2028 => t(lang, "Het coalitieakkoord van 2026 wil de compensatie van UWV voor de transitievergoeding na twee jaar ziekte voor alle werkgevers afschaffen, vanaf 2028. Er is nog geen wetsvoorstel.", "The 2026 coalition agreement wants to abolish UWV's compensation for the transitievergoeding after two years of illness for all employers, from 2028. There is no bill yet."),
        PendingLawId::PoortwachterSmallEmployers => t(lang, "Het coalitieakkoord van 2026 wil de regels voor loondoorbetaling en re-integratie eenvoudiger maken, vooral voor kleine werkgevers. De loondoorbetaling van twee jaar blijft. Er is nog geen wetsvoorstel; de regels van nu gelden.", "The 2026 coalition agreement wants simpler rules for wage payment and re-integration during illness, especially for small employers. The two years of wage payment stay. There is no bill yet; today's rules apply."),
        PendingLawId::MaxDagloonCut => t(lang, "Het coalitieakkoord van 2026 wil het maximumdagloon vanaf 2029 met 20% verlagen. Dat is het hoogste loon waarover WW, Ziektewet en WIA een uitkering geven; wie meer verdient, zou dan een lagere uitkering krijgen. Er is nog geen wetsvoorstel.", "The 2026 coalition agreement wants to lower the maximum daily wage by 20% from 2029. That is the highest wage on which the WW, the Sickness Benefits Act and the WIA pay a benefit; people who earn more would then get a lower benefit. There is no bill yet."),
    }
}

/// "Laatst gecontroleerd op 29 november 2026."
pub fn last_checked(entry: &PendingLaw, lang: Lang) -> String {
    t(
        lang,
        format!(
            "Laatst gecontroleerd op {}.",
            format::long_date(entry.last_checked, lang)
        ),
        format!(
            "Last checked on {}.",
            format::long_date(entry.last_checked, lang)
        ),
    )
}

/// The intended date, or for a change in force its date: "Bedoelde ingangsdatum: …". When
/// the intended date had already passed on the last check and the change was not in force,
/// it says so: a new date is then not known.
pub fn intended(entry: &PendingLaw, lang: Lang) -> Option<String> {
    let d = entry.intended?;
    let date = format::long_date(d, lang);
    Some(match entry.status {
        LawStatus::InForce => t(
            lang,
            format!("In werking sinds {date}."),
            format!("In force since {date}."),
        ),
        _ if intended_date_passed(entry) => t(
            lang,
            format!("Bedoelde ingangsdatum was {date}. Die datum is voorbij en de wet is nog niet ingegaan. Een nieuwe datum is niet bekend."),
            format!("It was meant to take effect on {date}. That date has passed and the law has not taken effect. No new date is known."),
        ),
        _ => t(
            lang,
            format!("Bedoelde ingangsdatum: {date}."),
            format!("Intended to take effect on {date}."),
        ),
    })
}

/// The change is not in force and its intended date lay before the last check.
fn intended_date_passed(entry: &PendingLaw) -> bool {
    entry.status != LawStatus::InForce && entry.intended.is_some_and(|d| d < entry.last_checked)
}

/// What bill 36869 means for a compensation, given the employer's size and the end of
/// the 104 weeks, in neutral words ("de werkgever") that fit both voices.
pub fn compensation_meaning(
    entry: &PendingLaw,
    size: EmployerSize,
    wachttijd_end: chrono::NaiveDate,
    lang: Lang,
) -> String {
    let date = entry
        .intended
        .map(|d| format::long_date(d, lang))
        .unwrap_or_default();
    let end = format::long_date(wachttijd_end, lang);
    let before = entry.intended.is_some_and(|d| wachttijd_end < d);
    // The intended date has passed without the law: which end dates the new rule will
    // cover depends on the law as it is passed (docs/law/wetsvoorstellen.md).
    let (passed_nl, passed_en) = if intended_date_passed(entry) {
        (
            format!(" Let op: {date} is voorbij en de wet is nog niet ingegaan. Of de nieuwe regel ook geldt als de 104 weken eindigen vóór de dag waarop de wet echt ingaat, hangt af van de wet zoals die wordt aangenomen."),
            format!(" Note: {date} has passed and the law has not taken effect. Whether the new rule also covers 104 weeks that end before the day the law really takes effect depends on the law as it is passed."),
        )
    } else {
        (String::new(), String::new())
    };
    if before {
        return t(
            lang,
            format!("De 104 weken ziekte eindigden op {end}, vóór {date}. Het wetsvoorstel verandert voor deze compensatie dus niets."),
            format!("The 104 weeks of illness ended on {end}, before {date}. The bill therefore changes nothing for this compensation."),
        );
    }
    match size {
        EmployerSize::Small => t(
            lang,
            "De werkgever is klein (volgens de beschikking van de Belastingdienst). Een kleine werkgever houdt de compensatie, ook als het wetsvoorstel wet wordt.",
            "The employer is small (according to the Belastingdienst's decision). A small employer keeps the compensation, also if the bill becomes law.",
        )
        .into(),
        EmployerSize::MediumLarge => t(
            lang,
            format!("De 104 weken ziekte eindigen op {end}, op of na {date}, en de werkgever is middelgroot of groot. Wordt het wetsvoorstel wet, dan krijgt deze werkgever geen compensatie van UWV. Blijft het bij de wet van nu, dan wel.{passed_nl}"),
            format!("The 104 weeks of illness end on {end}, on or after {date}, and the employer is medium-sized or large. If the bill becomes law, this employer gets no compensation from UWV. If today's law stays, it does.{passed_en}"),
        ),
        EmployerSize::Unknown => t(
            lang,
            format!("De 104 weken ziekte eindigen op {end}, op of na {date}. Of de werkgever de compensatie krijgt, hangt er dan van af of het wetsvoorstel wet wordt en of de werkgever klein is. Een kleine werkgever houdt de compensatie; een middelgrote of grote niet.{passed_nl}"),
            format!("The 104 weeks of illness end on {end}, on or after {date}. Whether the employer gets the compensation then depends on whether the bill becomes law and whether the employer is small. A small employer keeps the compensation; a medium-sized or large one does not.{passed_en}"),
        ),
    }
}

/// The whole notice as one paragraph, for places that show plain text (the
/// calculator's explanation, the command line): label, what it would mean, last checked.
pub fn compensation_notice(
    entry: &PendingLaw,
    size: EmployerSize,
    wachttijd_end: chrono::NaiveDate,
    lang: Lang,
) -> String {
    format!(
        "{} ({}). {} {}",
        status_label(entry.status, lang),
        title(entry.id, lang),
        compensation_meaning(entry, size, wachttijd_end, lang),
        last_checked(entry, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pending_law::{PendingLawId, REGISTER};

    #[test]
    fn every_change_has_words_in_both_languages() {
        for row in REGISTER {
            for lang in [Lang::Nl, Lang::En] {
                assert!(!title(row.id, lang).is_empty());
                assert!(changes(row.id, lang).len() > 40);
                assert!(!status_label(row.status, lang).is_empty());
                assert!(last_checked(&row, lang).contains("2026"));
            }
        }
    }

    #[test]
    fn the_notice_names_status_and_date() {
        let e = PendingLawId::Bill36869.entry();
        let d = chrono::NaiveDate::from_ymd_opt(2027, 5, 3).unwrap_or_default();
        let nl = compensation_notice(e, EmployerSize::MediumLarge, d, Lang::Nl);
        assert!(nl.starts_with("Let op: wetsvoorstel, nog geen wet"), "{nl}");
        assert!(
            nl.contains("Laatst gecontroleerd op 29 november 2026"),
            "{nl}"
        );
        assert!(nl.contains("geen compensatie"), "{nl}");
        let en = compensation_notice(e, EmployerSize::Unknown, d, Lang::En);
        assert!(en.starts_with("Note: a bill, not yet law"), "{en}");
        assert!(en.contains("Last checked on 29 November 2026"), "{en}");
    }

    #[test]
    fn a_passed_intended_date_is_said_and_leaves_the_date_to_the_law_as_passed() {
        let mut e = *PendingLawId::Bill36869.entry();
        let end = chrono::NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default();
        // Checked after the intended date (1 July 2026) while still a proposal.
        let nl = intended(&e, Lang::Nl).unwrap_or_default();
        assert!(nl.contains("Die datum is voorbij"), "{nl}");
        let en = compensation_meaning(&e, EmployerSize::MediumLarge, end, Lang::En);
        assert!(
            en.contains("has passed and the law has not taken effect"),
            "{en}"
        );
        // Checked before the intended date: the plain date, no such sentence.
        e.last_checked = chrono::NaiveDate::from_ymd_opt(2026, 3, 13).unwrap_or_default();
        let nl = intended(&e, Lang::Nl).unwrap_or_default();
        assert_eq!(nl, "Bedoelde ingangsdatum: 1 juli 2026.");
        let nl = compensation_meaning(&e, EmployerSize::Unknown, end, Lang::Nl);
        assert!(!nl.contains("voorbij"), "{nl}");
        // In force: the date it took effect.
        e.status = LawStatus::InForce;
        e.last_checked = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default();
        assert_eq!(
            intended(&e, Lang::En).unwrap_or_default(),
            "In force since 1 July 2026."
        );
    }
}
