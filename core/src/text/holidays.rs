//! The names of the public holidays, in Dutch and English.

use crate::holidays::HolidayKind;
use crate::lang::Lang;

/// A public holiday's name.
pub fn holiday_name(kind: HolidayKind, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match kind {
            HolidayKind::Nieuwjaarsdag => "Nieuwjaarsdag",
            HolidayKind::GoedeVrijdag => "Goede Vrijdag",
            HolidayKind::TweedePaasdag => "Tweede Paasdag",
            HolidayKind::Koningsdag => "Koningsdag",
            HolidayKind::Bevrijdingsdag => "Bevrijdingsdag (5 mei)",
            HolidayKind::Hemelvaartsdag => "Hemelvaartsdag",
            HolidayKind::TweedePinksterdag => "Tweede Pinksterdag",
            HolidayKind::EersteKerstdag => "Eerste Kerstdag",
            HolidayKind::TweedeKerstdag => "Tweede Kerstdag",
            HolidayKind::Gelijkgesteld => "Dag die bij besluit gelijk is gesteld aan een feestdag",
        },
        Lang::En => match kind {
            HolidayKind::Nieuwjaarsdag => "New Year's Day",
            HolidayKind::GoedeVrijdag => "Good Friday",
            HolidayKind::TweedePaasdag => "Easter Monday",
            HolidayKind::Koningsdag => "King's Day",
            HolidayKind::Bevrijdingsdag => "Liberation Day (5 May)",
            HolidayKind::Hemelvaartsdag => "Ascension Day",
            HolidayKind::TweedePinksterdag => "Whit Monday",
            HolidayKind::EersteKerstdag => "Christmas Day",
            HolidayKind::TweedeKerstdag => "Boxing Day (second Christmas day)",
            HolidayKind::Gelijkgesteld => "Day treated as a public holiday by royal decree",
        },
    }
}
