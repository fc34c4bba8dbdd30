//! A citation: the article or official page a rule, deadline or text rests on.

use serde::Serialize;

/// A label (article or page name) and, where there is one, a public URL. Pages render the
/// URL as an outbound link with `rel="noopener noreferrer"`; nothing is ever loaded from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub label: &'static str,
    pub url: Option<&'static str>,
}

// ---------------------------------------------------------------------------------------
// The registry: each citation written once. Pages and the command line refer to these.

/// Bill 36869: compensation for the transitievergoeding only for small employers.
pub const KST_36869: Source = Source {
    label: "Kamerstukken II, 36869 (wetsvoorstel: compensatie transitievergoeding alleen voor kleine werkgevers)",
    url: Some("https://zoek.officielebekendmakingen.nl/kst-36869-3.html"),
};

/// The BAZ bill, sent to the Tweede Kamer (cabinet decision of 13 March 2026).
pub const BAZ_NAAR_KAMER: Source = Source {
    label: "Rijksoverheid: wetsvoorstel basisverzekering arbeidsongeschiktheid zelfstandigen (BAZ)",
    url: Some("https://www.rijksoverheid.nl/onderwerpen/zelfstandig-ondernemer/basisverzekering-arbeidsongeschiktheid-zelfstandigen"),
};

/// The WW duration as it stands, and the announced cut.
pub const RO_WW_DUUR: Source = Source {
    label: "Rijksoverheid: hoe lang heb ik recht op een WW-uitkering?",
    url: Some("https://www.rijksoverheid.nl/onderwerpen/werkloosheidswet-ww/vraag-en-antwoord/hoe-lang-heb-ik-recht-op-een-ww-uitkering"),
};

/// The coalition agreement of 2026 (plans, not law).
pub const COALITIEAKKOORD_2026: Source = Source {
    label: "Coalitieakkoord 2026 (plannen, nog geen wet)",
    url: Some("https://www.rijksoverheid.nl/regering/coalitieakkoord"),
};
