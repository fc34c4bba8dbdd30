//! The names of the public holidays, in Dutch and English.

use crate::holidays::HolidayKind;
use crate::lang::Lang;
use crate::text::t;

/// A public holiday's name.
pub fn holiday_name(kind: HolidayKind, lang: Lang) -> &'static str {
    match kind {
        HolidayKind::Nieuwjaarsdag => t(lang, "Nieuwjaarsdag", "New Year's Day"),
        HolidayKind::GoedeVrijdag => t(lang, "Goede Vrijdag", "Good Friday"),
        HolidayKind::TweedePaasdag => t(lang, "Tweede Paasdag", "Easter Monday"),
        HolidayKind::Koningsdag => t(lang, "Koningsdag", "King's Day"),
        HolidayKind::Bevrijdingsdag => t(lang, "Bevrijdingsdag (5 mei)", "Liberation Day (5 May)"),
        HolidayKind::Hemelvaartsdag => t(lang, "Hemelvaartsdag", "Ascension Day"),
        HolidayKind::TweedePinksterdag => t(lang, "Tweede Pinksterdag", "Whit Monday"),
        HolidayKind::EersteKerstdag => t(lang, "Eerste Kerstdag", "Christmas Day"),
        HolidayKind::TweedeKerstdag => {
            t(lang, "Tweede Kerstdag", "Boxing Day (second Christmas day)")
        }
        HolidayKind::Gelijkgesteld => t(
            lang,
            "Dag die bij besluit gelijk is gesteld aan een feestdag",
            "Day treated as a public holiday by royal decree",
        ),
    }
}
