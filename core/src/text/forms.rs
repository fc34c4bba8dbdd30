//! Texts of the form fields: the sentence for each field error, and what a money or
//! number field read ("Gelezen als € 3.250,50").

use crate::dates;
use crate::forms::FormError;
use crate::lang::Lang;
use crate::money::Decimal;
use crate::text::format;
use crate::text::t;

/// The sentence shown beside the field and in the error summary.
pub fn form_error(e: FormError, lang: Lang) -> String {
    match e {
        FormError::Empty => t(lang, "Vul dit in.", "Enter this.").into(),
        FormError::NotANumber => t(lang, "Vul een getal in, bijvoorbeeld 3.250,50.", "Enter a number, for example 3,250.50.").into(),
        FormError::NotADate => t(lang, "Vul een datum in als dag, maand en jaar, bijvoorbeeld 5 3 2026 of 05-03-2026.", "Enter a date as day, month and year, for example 5 3 2026 or 05-03-2026.").into(),
        FormError::ImpossibleDate => t(lang, "Deze datum bestaat niet. Controleer de dag en de maand.", "This date does not exist. Check the day and the month.").into(),
        FormError::DateOutOfRange => t(
            lang,
            format!(
                "De datum moet tussen {} en {} liggen.",
                dates::short(dates::min_date()),
                dates::short(dates::max_date())
            ),
            format!(
                "The date must lie between {} and {}.",
                dates::short(dates::min_date()),
                dates::short(dates::max_date())
            ),
        ),
        FormError::EndBeforeStart => t(lang, "Deze datum ligt vóór de begindatum. Vul een latere datum in.", "This date lies before the start date. Enter a later date.").into(),
        FormError::Negative => t(lang, "Vul een bedrag of getal in dat niet negatief is.", "Enter an amount or number that is not negative.").into(),
        FormError::Zero => t(lang, "Vul een getal in dat groter is dan 0.", "Enter a number greater than 0.").into(),
        FormError::TooLarge { max } => t(
            lang,
            format!(
                "Dit is meer dan {}. Controleer of je geen cijfer te veel hebt getypt.",
                format::amount_whole(max, lang)
            ),
            format!(
                "This is more than {}. Check that you did not type an extra digit.",
                format::amount_whole(max, lang)
            ),
        ),
        FormError::TooManyHours => t(lang, "Een week heeft hoogstens 168 uur. Vul het aantal uren per week in.", "A week has at most 168 hours. Enter the hours per week.").into(),
        FormError::PercentOutOfRange => t(lang, "Vul een percentage tussen 0 en 100 in.", "Enter a percentage between 0 and 100.").into(),
        FormError::NotWholeNumber => t(lang, "Vul een heel getal in, zonder komma.", "Enter a whole number, without decimals.").into(),
        FormError::NumberTooLarge { max } => t(lang, format!("Vul een getal van hoogstens {max} in."), format!("Enter a number of at most {max}.")),
        FormError::Before2020 => t(lang, "Deze datum ligt vóór 2020. Dan gelden de oude regels, en die berekent deze rekenhulp niet.", "This date lies before 2020. The old rules then apply, which this calculator does not cover.").into(),
        FormError::Overlap => t(lang, "Deze periode overlapt met een andere periode. Controleer de datums.", "This period overlaps another period. Check the dates.").into(),
        FormError::AfterCurrent => t(lang, "Dit eerdere contract moet vóór het huidige contract liggen.", "This earlier contract must lie before the current contract.").into(),
        FormError::Invalid => t(lang, "Deze waarde kunnen we niet gebruiken. Controleer wat je hebt ingevuld.", "We cannot use this value. Check what you entered.").into(),
    }
}

/// "Gelezen als € 3.250,50" / "Read as €3,250.50": what a money field read, or `None`
/// when nothing readable was typed. Amounts are shown to the cent.
pub fn read_as_money(s: &str, lang: Lang) -> Option<String> {
    let d = Decimal::parse_user(s).ok()?;
    let shown = format::amount(d.to_cents(), lang);
    Some(t(
        lang,
        format!("Gelezen als {shown}"),
        format!("Read as {shown}"),
    ))
}

/// "Gelezen als 38,5" / "Read as 38.5": what a number field read.
pub fn read_as_number(s: &str, lang: Lang) -> Option<String> {
    let d = Decimal::parse_user(s.trim().trim_end_matches('%')).ok()?;
    let shown = format::decimal(d, lang);
    Some(t(
        lang,
        format!("Gelezen als {shown}"),
        format!("Read as {shown}"),
    ))
}
