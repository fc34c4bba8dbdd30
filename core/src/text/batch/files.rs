//! The files the batch page offers before a file is read: the template (the columns and
//! one example row) and its explanation file ("uitleg"), which lists every column with its
//! meaning and every allowed value. Dutch: `;`, Dutch column names and the Dutch aliases
//! of the code values ([`crate::batch::values`]); English: `,` and the command line's keys
//! and codes. Both start with a BOM, so a spreadsheet reads them as UTF-8.

use crate::batch::values::{ValueKind, VALUE_ALIASES};
use crate::batch::ALIASES;
use crate::lang::Lang;
use crate::poortwachter::MilestoneId;
use crate::text::calc::termination_label;
use crate::text::poortwachter::milestone_title;
use crate::text::t;
use crate::transitievergoeding::Termination;

/// How a column's value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Date,
    Amount,
    Number,
    Percent,
    Fraction,
    Periods,
    Code,
    Steps,
}

/// A column of the explanation file: the key, its Dutch name, how it is written, and the
/// example of the template (Dutch, English); `None`: not in the template.
struct Col {
    key: &'static str,
    nl: &'static str,
    format: Format,
    example: Option<(&'static str, &'static str)>,
}

const fn col(
    key: &'static str,
    nl: &'static str,
    format: Format,
    example: Option<(&'static str, &'static str)>,
) -> Col {
    Col {
        key,
        nl,
        format,
        example,
    }
}

/// The columns of the explanation file, in order.
const COLUMNS: &[Col] = &[
    col(
        "id",
        "personeelsnummer",
        Format::Text,
        Some(("1001", "1001")),
    ),
    col(
        "start_date",
        "begindatum",
        Format::Date,
        Some(("01-03-2018", "2018-03-01")),
    ),
    col(
        "end_date",
        "einddatum",
        Format::Date,
        Some(("31-12-2026", "2026-12-31")),
    ),
    col(
        "base_monthly_wage",
        "maandloon",
        Format::Amount,
        Some(("3.250,50", "3250.50")),
    ),
    col("hourly_wage", "uurloon", Format::Amount, None),
    col("hours_per_week", "uren_per_week", Format::Number, None),
    col(
        "average_hours_per_month",
        "uren_per_maand",
        Format::Number,
        None,
    ),
    col(
        "holiday_allowance_pct",
        "vakantiegeld",
        Format::Percent,
        Some(("8", "8")),
    ),
    col(
        "fixed_yearly_extras",
        "vast_jaar",
        Format::Amount,
        Some(("0", "0")),
    ),
    col(
        "fixed_components_last_12_months",
        "vast_12m",
        Format::Amount,
        None,
    ),
    col(
        "variable_components_last_3_years",
        "variabel_3j",
        Format::Amount,
        None,
    ),
    col(
        "termination",
        "reden",
        Format::Code,
        Some(("employer_initiative", "employer_initiative")),
    ),
    col(
        "deductible_costs",
        "kosten",
        Format::Amount,
        Some(("0", "0")),
    ),
    col(
        "earlier_contracts",
        "eerdere_contracten",
        Format::Periods,
        Some(("01-01-2017..28-02-2018", "2017-01-01..2018-02-28")),
    ),
    col(
        "employer_size",
        "werkgever_grootte",
        Format::Code,
        Some(("unknown", "unknown")),
    ),
    col(
        "first_sick_day",
        "eerste_ziektedag",
        Format::Date,
        Some(("02-02-2026", "2026-02-02")),
    ),
    col(
        "last_sick_day",
        "laatste_ziektedag",
        Format::Date,
        Some(("", "")),
    ),
    col(
        "done",
        "gedaan",
        Format::Steps,
        Some((
            "ziekmelding_bedrijfsarts|probleemanalyse|plan_van_aanpak",
            "ziekmelding_bedrijfsarts|probleemanalyse|plan_van_aanpak",
        )),
    ),
    col(
        "wage_paid_during_illness",
        "loon_tijdens_ziekte",
        Format::Amount,
        None,
    ),
    col("payment_date", "betaaldatum", Format::Date, None),
    col(
        "wage_earned_in_remainder",
        "loon_in_restperiode",
        Format::Amount,
        None,
    ),
    col(
        "partial_dismissal_fraction",
        "deel_uren",
        Format::Fraction,
        None,
    ),
    col(
        "renewal_offer_equal_or_better",
        "aanbod_gelijk_of_beter",
        Format::Code,
        None,
    ),
    col(
        "follow_up_contract_within_6_months",
        "vervolgcontract_binnen_6_maanden",
        Format::Code,
        None,
    ),
    col("lang", "taal", Format::Code, None),
];

/// A column's name in a file of `lang`: its Dutch name, or the key.
fn name(key: &str, nl: &'static str, lang: Lang) -> String {
    t(lang, nl, key).to_string()
}

/// A code value as a file of `lang` writes it: its Dutch form, or the code.
fn value(kind: ValueKind, code: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => crate::batch::values::dutch(kind, code)
            .unwrap_or(code)
            .to_string(),
        Lang::En => code.to_string(),
    }
}

/// A template cell: a code value in the file's language, anything else as given.
fn example(key: &str, nl: &str, en: &str, lang: Lang) -> String {
    match ValueKind::of_key(key) {
        Some(kind) => value(kind, nl, lang),
        None => t(lang, nl, en).to_string(),
    }
}

fn write_csv(rows: &[Vec<String>], lang: Lang) -> String {
    let mut w = csv::WriterBuilder::new()
        .delimiter(if lang == Lang::Nl { b';' } else { b',' })
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for r in rows {
        // Writing to a Vec cannot fail.
        let _ = w.write_record(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The template file: the columns and one example row, with a BOM. Dutch: `;`, Dutch
/// column names, the Dutch aliases of the codes and a decimal comma; English: `,` and the
/// command line's keys and codes.
pub fn template_csv(lang: Lang) -> String {
    let columns: Vec<_> = COLUMNS
        .iter()
        .filter_map(|c| c.example.map(|e| (c.key, c.nl, e)))
        .collect();
    let header = columns.iter().map(|(k, nl, _)| name(k, nl, lang)).collect();
    let row = columns
        .iter()
        .map(|(k, _, (nl, en))| example(k, nl, en, lang))
        .collect();
    write_csv(&[header, row], lang)
}

fn format_text(f: Format, lang: Lang) -> &'static str {
    match f {
        Format::Text => t(lang, "tekst of nummer", "text or number"),
        Format::Date => t(
            lang,
            "datum: DD-MM-JJJJ of JJJJ-MM-DD",
            "date: YYYY-MM-DD or DD-MM-YYYY",
        ),
        Format::Amount => t(
            lang,
            "bedrag in euro: 3.250,50 of 3250.50",
            "amount in euros: 3250.50 (or 3.250,50 in a ; file)",
        ),
        Format::Number => t(lang, "getal: 38 of 38,5", "number: 38 or 38.5"),
        Format::Percent => t(lang, "percentage: 8", "percentage: 8"),
        Format::Fraction => t(
            lang,
            "deel van 0 tot en met 1: 0,4",
            "share from 0 to 1: 0.4",
        ),
        Format::Periods => t(
            lang,
            "VAN..TOT, meer perioden gescheiden door |",
            "FROM..UNTIL, several periods separated by |",
        ),
        Format::Code => t(
            lang,
            "een van de waarden hieronder",
            "one of the values below",
        ),
        Format::Steps => t(
            lang,
            "stappen hieronder, gescheiden door |",
            "steps below, separated by |",
        ),
    }
}

fn meaning(key: &str, lang: Lang) -> &'static str {
    match key {
        "id" => t(lang, "Het personeelsnummer. Gebruik geen naam. Met een vast nummer werkt de agenda met alle termijnen ook na een nieuwe import goed.", "The employee number. Do not use a name. With a fixed number, the calendar with all deadlines stays right after a new import."),
        "start_date" => t(lang, "Eerste dag in dienst.", "First day in service."),
        "end_date" => t(lang, "Laatste dag in dienst.", "Last day in service."),
        "base_monthly_wage" => t(lang, "Bruto maandloon, zonder vakantiegeld.", "Gross monthly base wage, without holiday allowance."),
        "hourly_wage" => t(lang, "Bruto uurloon, in plaats van het maandloon (met uren per week of uren per maand).", "Gross hourly wage, instead of the monthly wage (with hours per week or per month)."),
        "hours_per_week" => t(lang, "Afgesproken uren per week, bij een uurloon.", "Agreed hours per week, with an hourly wage."),
        "average_hours_per_month" => t(lang, "Gemiddelde uren per maand over de laatste 12 maanden, bij wisselende uren.", "Average hours per month over the last 12 months, for variable hours."),
        "holiday_allowance_pct" => t(lang, "Vakantiegeld in procenten van het loon. Leeg: 8.", "Holiday allowance as a percentage of the wage. Empty: 8."),
        "fixed_yearly_extras" => t(lang, "Vaste extra's per jaar, zoals een dertiende maand.", "Fixed extras per year, such as a 13th month."),
        "fixed_components_last_12_months" => t(lang, "Vaste looncomponenten over de laatste 12 maanden, samen.", "Fixed wage components over the last 12 months, in total."),
        "variable_components_last_3_years" => t(lang, "Wisselende looncomponenten over de 3 kalenderjaren voor het jaar van het einde, samen.", "Variable wage components over the 3 calendar years before the year of the end, in total."),
        "termination" => t(lang, "Hoe het contract eindigt. Leeg: de werkgever zegt op.", "How the contract ends. Empty: the employer gives notice."),
        "deductible_costs" => t(lang, "Transitiekosten die van de transitievergoeding af mogen (vooraf schriftelijk afgesproken).", "Transition costs that may be deducted (agreed in writing beforehand)."),
        "earlier_contracts" => t(lang, "Eerdere contracten die meetellen (ketenregeling).", "Earlier contracts that count (chained contracts)."),
        "employer_size" => t(lang, "Grootte van de werkgever voor de compensatie van UWV, zoals in de beschikking premie Whk.", "The employer's size for the UWV compensation, as in the Whk premium decision."),
        "first_sick_day" => t(lang, "Eerste ziektedag. Geeft de poortwachter-termijnen.", "First sick day. Gives the Poortwachter deadlines."),
        "last_sick_day" => t(lang, "Laatste ziektedag als de werknemer hersteld is. Leeg zolang de werknemer ziek is.", "Last sick day when the employee has recovered. Empty while still sick."),
        "done" => t(lang, "Poortwachter-stappen die al gedaan zijn. Die staan niet in het overzicht en niet in de agenda.", "Poortwachter steps already done. They are left out of the overview and the calendar."),
        "wage_paid_during_illness" => t(lang, "Bruto loon dat tijdens de ziekte is doorbetaald, voor de compensatie van UWV.", "Gross wage paid during the illness, for the UWV compensation."),
        "payment_date" => t(lang, "Dag waarop de transitievergoeding is betaald (de laatste termijn).", "Day the transitievergoeding was paid (the last instalment)."),
        "wage_earned_in_remainder" => t(lang, "Het loon dat echt verdiend is na de hele jaren dienst, als je dat weet.", "The wage actually earned after the whole years of service, if you know it."),
        "partial_dismissal_fraction" => t(lang, "Bij gedeeltelijk ontslag: het deel van de uren dat stopt.", "With a partial dismissal: the share of the hours that ends."),
        "renewal_offer_equal_or_better" => t(lang, "Bij een geweigerde verlenging: was het aanbod minstens even goed?", "With a declined renewal: was the offer at least as good?"),
        "follow_up_contract_within_6_months" => t(lang, "Bij een geweigerde verlenging: is er een vervolgcontract dat binnen 6 maanden begint?", "With a declined renewal: is there a follow-up contract starting within 6 months?"),
        "lang" => t(lang, "Taal van de foutmeldingen van deze regel.", "Language of this line's error messages."),
        _ => "",
    }
}

fn value_meaning(kind: ValueKind, code: &str, lang: Lang) -> String {
    match kind {
        ValueKind::Termination => Termination::parse(code)
            .map(|r| termination_label(r, lang).to_string())
            .unwrap_or_default(),
        ValueKind::EmployerSize => match code {
            "small" => t(lang, "kleine werkgever", "small employer"),
            "medium_large" => t(
                lang,
                "middelgrote of grote werkgever",
                "medium-sized or large employer",
            ),
            _ => t(lang, "weet ik niet", "not known"),
        }
        .into(),
        ValueKind::YesNo => match code {
            "true" => t(lang, "ja", "yes"),
            _ => t(lang, "nee", "no"),
        }
        .into(),
        ValueKind::Lang => match code {
            "nl" => t(lang, "Nederlands", "Dutch"),
            _ => t(lang, "Engels", "English"),
        }
        .into(),
    }
}

/// The explanation file ("uitleg") of the template: one line per column (its name, how
/// it is written, what it means, the other names that are accepted), and below each
/// column with codes one line per allowed value (with its other accepted forms).
pub fn explanation_csv(lang: Lang) -> String {
    let mut rows: Vec<Vec<String>> = vec![vec![
        t(lang, "kolom", "column").into(),
        t(lang, "waarde", "value").into(),
        t(lang, "betekenis", "meaning").into(),
        t(lang, "ook goed", "also accepted").into(),
    ]];
    for Col {
        key, nl, format, ..
    } in COLUMNS
    {
        let shown = name(key, nl, lang);
        let mut others: Vec<&str> = ALIASES
            .iter()
            .chain(crate::batch::STATUS_ALIASES)
            .filter(|(a, k)| k == key && *a != shown)
            .map(|(a, _)| *a)
            .collect();
        if lang == Lang::Nl {
            others.push(key);
        }
        rows.push(vec![
            shown.clone(),
            format_text(*format, lang).into(),
            meaning(key, lang).into(),
            others.join(", "),
        ]);
        if let Some(kind) = ValueKind::of_key(key) {
            for r in VALUE_ALIASES.iter().filter(|r| r.kind == kind) {
                let v = value(kind, r.code, lang);
                let also: Vec<&str> = std::iter::once(r.code)
                    .chain(r.aliases.iter().copied())
                    .filter(|a| *a != v)
                    .collect();
                rows.push(vec![
                    shown.clone(),
                    v,
                    value_meaning(kind, r.code, lang),
                    also.join(", "),
                ]);
            }
        }
        if *format == Format::Steps {
            for m in MilestoneId::all() {
                rows.push(vec![
                    shown.clone(),
                    m.code(),
                    milestone_title(m, lang),
                    String::new(),
                ]);
            }
        }
    }
    write_csv(&rows, lang)
}

/// The file name of the explanation download.
pub fn explanation_file_name(lang: Lang) -> &'static str {
    t(
        lang,
        "spoorwijzer-uitleg-nl.csv",
        "spoorwijzer-explanation-en.csv",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::canonical_key;

    fn read(text: &str, lang: Lang) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .delimiter(if lang == Lang::Nl { b';' } else { b',' })
            .has_headers(false)
            .flexible(true)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn the_dutch_template_uses_dutch_names_and_codes() {
        let nl = template_csv(Lang::Nl);
        assert!(nl.starts_with("\u{feff}personeelsnummer;begindatum;einddatum;maandloon;"));
        let rows = read(&nl, Lang::Nl);
        let col = |n: &str| rows[0].iter().position(|h| h == n).unwrap();
        assert_eq!(rows[1][col("reden")], "opzegging");
        assert_eq!(rows[1][col("werkgever_grootte")], "onbekend");
        assert_eq!(rows[1][col("maandloon")], "3.250,50");
        // Every column name is one the batch knows.
        for h in &rows[0] {
            assert!(canonical_key(h).is_some(), "{h}");
        }
        let en = template_csv(Lang::En);
        assert!(en.starts_with("\u{feff}id,start_date,end_date,base_monthly_wage,"));
        let rows = read(&en, Lang::En);
        let col = |n: &str| rows[0].iter().position(|h| h == n).unwrap();
        assert_eq!(rows[1][col("termination")], "employer_initiative");
        assert!(en.ends_with("\r\n"));
    }

    #[test]
    fn the_explanation_lists_every_column_and_every_allowed_value() {
        for lang in [Lang::Nl, Lang::En] {
            let text = explanation_csv(lang);
            assert!(text.starts_with('\u{feff}'));
            let rows = read(&text, lang);
            assert!(rows.iter().all(|r| r.len() == 4));
            // Every column of the template is explained.
            let tpl = read(&template_csv(lang), lang);
            for h in &tpl[0] {
                assert!(rows.iter().any(|r| &r[0] == h), "{lang:?}: {h}");
            }
            // Every termination, every size, yes and no, every step.
            let reden = t(lang, "reden", "termination");
            for tm in Termination::ALL {
                let v = value(ValueKind::Termination, tm.code(), lang);
                let row = rows.iter().find(|r| r[0] == reden && r[1] == v);
                let row = row.unwrap_or_else(|| panic!("{lang:?}: {v}"));
                assert_eq!(row[2], termination_label(tm, lang));
            }
            for m in MilestoneId::all() {
                assert!(rows.iter().any(|r| r[1] == m.code()), "{}", m.code());
            }
            let size = t(lang, "werkgever_grootte", "employer_size");
            assert_eq!(rows.iter().filter(|r| r[0] == size).count(), 4);
        }
        let nl = read(&explanation_csv(Lang::Nl), Lang::Nl);
        let opzegging = nl.iter().find(|r| r[1] == "opzegging").unwrap();
        assert!(opzegging[3].contains("employer_initiative"));
        assert!(opzegging[3].contains("ontbinding"));
        let werknemer = nl.iter().find(|r| r[1] == "opzegging_werknemer").unwrap();
        assert_eq!(werknemer[2], "De werknemer neemt zelf ontslag");
        assert_ne!(
            explanation_file_name(Lang::Nl),
            explanation_file_name(Lang::En)
        );
    }
}
