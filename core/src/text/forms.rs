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
    let text = match e {
        FormError::Empty => t(lang, "Vul dit in.", "Enter this."),
        FormError::NotANumber => t(lang, "Vul een getal in, bijvoorbeeld 3.250,50.", "Enter a number, for example 3,250.50."),
        FormError::NotADate => t(lang, "Vul een datum in als dag, maand en jaar, bijvoorbeeld 5 3 2026 of 05-03-2026.", "Enter a date as day, month and year, for example 5 3 2026 or 05-03-2026."),
        FormError::ImpossibleDate => t(lang, "Deze datum bestaat niet. Controleer de dag en de maand.", "This date does not exist. Check the day and the month."),
        FormError::DateOutOfRange => {
            let (from, until) = (dates::short(dates::min_date()), dates::short(dates::max_date()));
            return t(
                lang,
                format!("De datum moet tussen {from} en {until} liggen."),
                format!("The date must lie between {from} and {until}."),
            );
        }
        FormError::EndBeforeStart => t(lang, "Deze datum ligt vóór de begindatum. Vul een latere datum in.", "This date lies before the start date. Enter a later date."),
        FormError::Negative => t(lang, "Vul een bedrag of getal in dat niet negatief is.", "Enter an amount or number that is not negative."),
        FormError::Zero => t(lang, "Vul een getal in dat groter is dan 0.", "Enter a number greater than 0."),
        FormError::TooLarge { max } => {
            return t(
                lang,
                format!(
                    "Dit is meer dan {}. Controleer of je geen cijfer te veel hebt getypt.",
                    format::amount_whole(max, lang)
                ),
                format!(
                    "This is more than {}. Check that you did not type an extra digit.",
                    format::amount_whole(max, lang)
                ),
            )
        }
        FormError::TooManyHours => t(lang, "Een week heeft hoogstens 168 uur. Vul het aantal uren per week in.", "A week has at most 168 hours. Enter the hours per week."),
        FormError::PercentOutOfRange => t(lang, "Vul een percentage tussen 0 en 100 in.", "Enter a percentage between 0 and 100."),
        FormError::NotWholeNumber => t(lang, "Vul een heel getal in, zonder komma.", "Enter a whole number, without decimals."),
        FormError::NumberTooLarge { max } => return t(lang, format!("Vul een getal van hoogstens {max} in."), format!("Enter a number of at most {max}.")),
        FormError::Before2020 => t(lang, "Deze datum ligt vóór 2020. Dan gelden de oude regels, en die berekent deze rekenhulp niet.", "This date lies before 2020. The old rules then apply, which this calculator does not cover."),
        FormError::Overlap => t(lang, "Deze periode overlapt met een andere periode. Controleer de datums.", "This period overlaps another period. Check the dates."),
        FormError::AfterCurrent => t(lang, "Dit eerdere contract moet vóór het huidige contract liggen.", "This earlier contract must lie before the current contract."),
        FormError::Invalid => t(lang, "Deze waarde kunnen we niet gebruiken. Controleer wat je hebt ingevuld.", "We cannot use this value. Check what you entered."),
    };
    text.into()
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
