//! The glossary (`#/begrippen`): about sixty terms, each with a name and a short
//! definition in Dutch (B1) and English, and where useful a source.
//!
//! Every match is exhaustive, so a term without a translation does not compile.
//! The slugs are public anchors (`#/begrippen/<slug>`): keep them.

use super::KbPage;
use crate::lang::Lang;
use crate::source::{self as cite, Source};
use crate::text::t;
use crate::text::transitievergoeding::{compensation_term_en, compensation_term_nl};

crate::listed::listed! {
    /// A glossary term.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Term {
        Transitievergoeding,
        CompensatieTransitievergoeding,
        Spoor1,
        Spoor2,
        Outplacement,
        WetVerbeteringPoortwachter,
        Bedrijfsarts,
        Arbodienst,
        Verzuimprotocol,
        Probleemanalyse,
        PlanVanAanpak,
        Casemanager,
        Melding42eWeek,
        Eerstejaarsevaluatie,
        ArbeidsdeskundigOnderzoek,
        Reintegratiebedrijf,
        Reintegratieverslag,
        Wachttijd,
        Loondoorbetaling,
        Samentellen,
        BedongenArbeid,
        PassendeArbeid,
        Loonsanctie,
        Loonstop,
        Deskundigenoordeel,
        SecondOpinion,
        Wia,
        Wga,
        Iva,
        LoongerelateerdeUitkering,
        Loonaanvulling,
        Vervolguitkering,
        Arbeidsongeschiktheidspercentage,
        Restverdiencapaciteit,
        Dagloon,
        Maximumdagloon,
        Hiaat,
        Excedent,
        Ww,
        ZiektewetVangnet,
        Benadelingshandeling,
        Verzuimverzekering,
        Eigenrisicodrager,
        Aov,
        Baz,
        Vso,
        Bedenktermijn,
        Opzegverbod,
        SlapendDienstverband,
        Xella,
        Kantonrechter,
        Uwv,
        JuridischLoket,
        Vakbond,
        SituatieveArbeidsongeschiktheid,
        StecrWerkwijzer,
        Mediation,
        Cao,
        NoRiskPolis,
    }
}

impl Term {
    /// All terms (in declaration order; use [`super::search_terms`] with an empty query
    /// for the alphabetical list in a language).
    pub fn all() -> &'static [Term] {
        &Self::ALL
    }

    pub fn slug(self) -> &'static str {
        use Term::*;
        match self {
            Transitievergoeding => "transitievergoeding",
            CompensatieTransitievergoeding => "compensatie-transitievergoeding",
            Spoor1 => "spoor-1",
            Spoor2 => "spoor-2",
            Outplacement => "outplacement",
            WetVerbeteringPoortwachter => "wet-verbetering-poortwachter",
            Bedrijfsarts => "bedrijfsarts",
            Arbodienst => "arbodienst",
            Verzuimprotocol => "verzuimprotocol",
            Probleemanalyse => "probleemanalyse",
            PlanVanAanpak => "plan-van-aanpak",
            Casemanager => "casemanager",
            Melding42eWeek => "42e-weeksmelding",
            Eerstejaarsevaluatie => "eerstejaarsevaluatie",
            ArbeidsdeskundigOnderzoek => "arbeidsdeskundig-onderzoek",
            Reintegratiebedrijf => "re-integratiebedrijf",
            Reintegratieverslag => "re-integratieverslag",
            Wachttijd => "wachttijd",
            Loondoorbetaling => "loondoorbetaling",
            Samentellen => "samentellen",
            BedongenArbeid => "bedongen-arbeid",
            PassendeArbeid => "passende-arbeid",
            Loonsanctie => "loonsanctie",
            Loonstop => "loonstop",
            Deskundigenoordeel => "deskundigenoordeel",
            SecondOpinion => "second-opinion",
            Wia => "wia",
            Wga => "wga",
            Iva => "iva",
            LoongerelateerdeUitkering => "loongerelateerde-uitkering",
            Loonaanvulling => "loonaanvulling",
            Vervolguitkering => "vervolguitkering",
            Arbeidsongeschiktheidspercentage => "arbeidsongeschiktheidspercentage",
            Restverdiencapaciteit => "restverdiencapaciteit",
            Dagloon => "dagloon",
            Maximumdagloon => "maximumdagloon",
            Hiaat => "hiaat",
            Excedent => "excedent",
            Ww => "ww",
            ZiektewetVangnet => "ziektewet-vangnet",
            Benadelingshandeling => "benadelingshandeling",
            Verzuimverzekering => "verzuimverzekering",
            Eigenrisicodrager => "eigenrisicodrager",
            Aov => "aov",
            Baz => "baz",
            Vso => "vso",
            Bedenktermijn => "bedenktermijn",
            Opzegverbod => "opzegverbod",
            SlapendDienstverband => "slapend-dienstverband",
            Xella => "xella",
            Kantonrechter => "kantonrechter",
            Uwv => "uwv",
            JuridischLoket => "juridisch-loket",
            Vakbond => "vakbond",
            SituatieveArbeidsongeschiktheid => "situatieve-arbeidsongeschiktheid",
            StecrWerkwijzer => "stecr-werkwijzer",
            Mediation => "mediation",
            Cao => "cao",
            NoRiskPolis => "no-riskpolis",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Term> {
        Term::all().iter().copied().find(|t| t.slug() == slug)
    }

    /// `#/begrippen/<slug>`
    pub fn route(self) -> String {
        format!("#/begrippen/{}", self.slug())
    }

    /// The explanation page that tells more about this term, if there is one.
    pub fn page(self) -> Option<KbPage> {
        use KbPage as P;
        use Term::*;
        match self {
            Transitievergoeding | CompensatieTransitievergoeding => Some(P::Transitievergoeding),
            Spoor1
            | Spoor2
            | Outplacement
            | Reintegratiebedrijf
            | ArbeidsdeskundigOnderzoek
            | NoRiskPolis
            | PassendeArbeid => Some(P::SporenEnOutplacement),
            WetVerbeteringPoortwachter
            | Verzuimprotocol
            | Probleemanalyse
            | PlanVanAanpak
            | Casemanager
            | Melding42eWeek
            | Eerstejaarsevaluatie
            | Reintegratieverslag
            | Wachttijd
            | Loondoorbetaling
            | Samentellen
            | Loonsanctie
            | Loonstop => Some(P::Poortwachter),
            BedongenArbeid | SituatieveArbeidsongeschiktheid | StecrWerkwijzer | Mediation => {
                Some(P::SituatieveArbeidsongeschiktheid)
            }
            Vso | Bedenktermijn | Opzegverbod | SlapendDienstverband | Xella
            | Benadelingshandeling | Kantonrechter => Some(P::ZiekEnOntslag),
            Wia
            | Wga
            | Iva
            | LoongerelateerdeUitkering
            | Loonaanvulling
            | Vervolguitkering
            | Arbeidsongeschiktheidspercentage
            | Restverdiencapaciteit
            | Dagloon
            | Maximumdagloon
            | Hiaat
            | Excedent
            | Ww
            | ZiektewetVangnet
            | Verzuimverzekering
            | Eigenrisicodrager
            | Aov
            | Baz => Some(P::InkomenEnVerzekering),
            Bedrijfsarts | Arbodienst | Deskundigenoordeel | SecondOpinion | Uwv
            | JuridischLoket | Vakbond => Some(P::HulpEnRechten),
            Cao => None,
        }
    }

    /// The term as shown in the glossary.
    pub fn name(self, lang: Lang) -> &'static str {
        use Term::*;
        match self {
            Transitievergoeding => t(
                lang,
                "Transitievergoeding",
                "Transitievergoeding (transition payment)",
            ),
            CompensatieTransitievergoeding => t(
                lang,
                "Compensatie transitievergoeding",
                "Compensation for the transitievergoeding",
            ),
            Spoor1 => t(lang, "Spoor 1", "Spoor 1 (track 1)"),
            Spoor2 => t(lang, "Spoor 2", "Spoor 2 (track 2)"),
            Outplacement => t(lang, "Outplacement", "Outplacement"),
            WetVerbeteringPoortwachter => t(
                lang,
                "Wet verbetering poortwachter",
                "Wet verbetering poortwachter (Gatekeeper Act)",
            ),
            Bedrijfsarts => t(lang, "Bedrijfsarts", "Bedrijfsarts (company doctor)"),
            Arbodienst => t(
                lang,
                "Arbodienst",
                "Arbodienst (occupational health service)",
            ),
            Verzuimprotocol => t(lang, "Verzuimprotocol", "Verzuimprotocol (absence policy)"),
            Probleemanalyse => t(
                lang,
                "Probleemanalyse",
                "Probleemanalyse (problem analysis)",
            ),
            PlanVanAanpak => t(lang, "Plan van aanpak", "Plan van aanpak (action plan)"),
            Casemanager => t(lang, "Casemanager", "Case manager"),
            Melding42eWeek => t(
                lang,
                "42e-weeksmelding",
                "42e-weeksmelding (week-42 report)",
            ),
            Eerstejaarsevaluatie => t(
                lang,
                "Eerstejaarsevaluatie",
                "Eerstejaarsevaluatie (first-year review)",
            ),
            ArbeidsdeskundigOnderzoek => t(
                lang,
                "Arbeidsdeskundig onderzoek",
                "Arbeidsdeskundig onderzoek (work capacity assessment)",
            ),
            Reintegratiebedrijf => t(
                lang,
                "Re-integratiebedrijf",
                "Re-integratiebedrijf (re-integration agency)",
            ),
            Reintegratieverslag => t(
                lang,
                "Re-integratieverslag",
                "Re-integratieverslag (re-integration report)",
            ),
            Wachttijd => t(lang, "Wachttijd", "Wachttijd (waiting period)"),
            Loondoorbetaling => t(
                lang,
                "Loondoorbetaling bij ziekte",
                "Loondoorbetaling (sick pay by the employer)",
            ),
            Samentellen => t(
                lang,
                "Samentellen van ziekteperiodes",
                "Adding sick periods together (samentellen)",
            ),
            BedongenArbeid => t(lang, "Bedongen arbeid", "Bedongen arbeid (agreed work)"),
            PassendeArbeid => t(lang, "Passende arbeid", "Passende arbeid (suitable work)"),
            Loonsanctie => t(lang, "Loonsanctie", "Loonsanctie (wage sanction)"),
            Loonstop => t(lang, "Loonstop", "Loonstop (wage stop)"),
            Deskundigenoordeel => t(
                lang,
                "Deskundigenoordeel",
                "Deskundigenoordeel (UWV expert opinion)",
            ),
            SecondOpinion => t(lang, "Second opinion", "Second opinion"),
            Wia => t(lang, "WIA", "WIA (work and income act)"),
            Wga => t(lang, "WGA", "WGA (partial disability benefit)"),
            Iva => t(lang, "IVA", "IVA (full and permanent disability benefit)"),
            LoongerelateerdeUitkering => t(
                lang,
                "Loongerelateerde uitkering (LGU)",
                "Loongerelateerde uitkering (wage-related benefit, LGU)",
            ),
            Loonaanvulling => t(
                lang,
                "Loonaanvullingsuitkering",
                "Loonaanvulling (wage supplement benefit)",
            ),
            Vervolguitkering => t(
                lang,
                "Vervolguitkering",
                "Vervolguitkering (follow-up benefit)",
            ),
            Arbeidsongeschiktheidspercentage => t(
                lang,
                "Arbeidsongeschiktheidspercentage",
                "Arbeidsongeschiktheidspercentage (disability percentage)",
            ),
            Restverdiencapaciteit => t(
                lang,
                "Restverdiencapaciteit",
                "Restverdiencapaciteit (remaining earning capacity)",
            ),
            Dagloon => t(lang, "Dagloon", "Dagloon (daily wage)"),
            Maximumdagloon => t(
                lang,
                "Maximumdagloon",
                "Maximumdagloon (maximum daily wage)",
            ),
            Hiaat => t(lang, "WGA-hiaat", "WGA-hiaat (WGA gap)"),
            Excedent => t(lang, "WIA-excedent", "WIA-excedent (WIA excess)"),
            Ww => t(lang, "WW", "WW (unemployment benefit)"),
            ZiektewetVangnet => t(
                lang,
                "Ziektewet (vangnet)",
                "Ziektewet safety net (sickness benefit)",
            ),
            Benadelingshandeling => t(
                lang,
                "Benadelingshandeling",
                "Benadelingshandeling (act that harms the benefit fund)",
            ),
            Verzuimverzekering => t(
                lang,
                "Verzuimverzekering",
                "Verzuimverzekering (sick pay insurance)",
            ),
            Eigenrisicodrager => t(
                lang,
                "Eigenrisicodrager",
                "Eigenrisicodrager (self-insurer)",
            ),
            Aov => t(
                lang,
                "AOV",
                "AOV (disability insurance for the self-employed)",
            ),
            Baz => t(
                lang,
                "BAZ",
                "BAZ (planned basic disability insurance for the self-employed)",
            ),
            Vso => t(
                lang,
                "Vaststellingsovereenkomst (VSO)",
                "Vaststellingsovereenkomst (VSO, settlement agreement)",
            ),
            Bedenktermijn => t(lang, "Bedenktermijn", "Bedenktermijn (cooling-off period)"),
            Opzegverbod => t(
                lang,
                "Opzegverbod bij ziekte",
                "Opzegverbod (ban on dismissal during illness)",
            ),
            SlapendDienstverband => t(
                lang,
                "Slapend dienstverband",
                "Slapend dienstverband (dormant employment contract)",
            ),
            Xella => t(lang, "Xella-uitspraak", "Xella ruling"),
            Kantonrechter => t(
                lang,
                "Kantonrechter",
                "Kantonrechter (subdistrict court judge)",
            ),
            Uwv => t(lang, "UWV", "UWV (employee insurance agency)"),
            JuridischLoket => t(lang, "Juridisch Loket", "Juridisch Loket (legal aid desk)"),
            Vakbond => t(lang, "Vakbond", "Vakbond (trade union)"),
            SituatieveArbeidsongeschiktheid => t(
                lang,
                "Situatieve arbeidsongeschiktheid",
                "Situatieve arbeidsongeschiktheid (situational incapacity)",
            ),
            StecrWerkwijzer => t(
                lang,
                "STECR Werkwijzer Arbeidsconflicten",
                "STECR Werkwijzer Arbeidsconflicten (work conflict guideline)",
            ),
            Mediation => t(lang, "Mediation", "Mediation"),
            Cao => t(lang, "Cao", "Cao (collective labour agreement)"),
            NoRiskPolis => t(lang, "No-riskpolis", "No-riskpolis (no-risk policy)"),
        }
    }

    /// A short definition: one to three plain sentences.
    pub fn definition(self, lang: Lang) -> &'static str {
        use Term::*;
        match self {
            Transitievergoeding => t(lang, "Een vergoeding die je werkgever je moet betalen als hij je arbeidscontract beëindigt of niet verlengt. Je krijgt per dienstjaar een derde van je maandloon. Er geldt een maximum.", "A payment your employer must make when it ends your employment contract or does not renew it. You get one third of your monthly wage per year of service. There is a maximum."),
            CompensatieTransitievergoeding => t(lang, concat!("Geld dat UWV aan een werkgever terugbetaalt als hij een transitievergoeding betaalde aan een werknemer die na twee jaar ziekte uit dienst ging. De werkgever vraagt dit aan ", compensation_term_nl!(), "."), concat!("Money UWV pays back to an employer that paid a transitievergoeding to an employee who left after two years of illness. The employer applies ", compensation_term_en!(), ".")),
            Spoor1 => t(lang, "Re-integratie bij je eigen werkgever: in je eigen werk, in aangepast werk of in ander passend werk binnen het bedrijf. Spoor 1 komt altijd eerst.", "Re-integration at your own employer: in your own job, in adapted work or in other suitable work within the company. Spoor 1 always comes first."),
            Spoor2 => t(lang, "Re-integratie bij een andere werkgever, als terugkeer bij je eigen werkgever niet lukt. Je bent ziek en nog in dienst. Je werkgever regelt en betaalt het, vaak via een re-integratiebedrijf.", "Re-integration with another employer, when returning to your own employer does not work. You are sick and still employed. Your employer arranges and pays for it, often through a re-integration agency."),
            Outplacement => t(lang, "Begeleiding naar een nieuwe baan als je baan eindigt, bijvoorbeeld na een reorganisatie, een conflict of twee jaar ziekte. Het is geen re-integratie tijdens ziekte. Het is vrijwillig en de werkgever betaalt meestal.", "Guidance towards a new job when your job ends, for example after a reorganisation, a conflict or two years of illness. It is not re-integration during illness. It is voluntary and the employer usually pays."),
            WetVerbeteringPoortwachter => t(lang, "De regels voor de eerste twee jaar dat een werknemer ziek is. Ze zeggen wat werkgever en werknemer moeten doen om terugkeer naar werk mogelijk te maken, en wanneer.", "The rules for the first two years an employee is sick. They say what the employer and the employee must do, and when, to make a return to work possible."),
            Bedrijfsarts => t(lang, "Een arts die voor je werkgever werkt, maar onafhankelijk moet oordelen. Hij beoordeelt wat je wel en niet kunt en geeft advies over je terugkeer naar werk. Je werkgever krijgt geen medische details.", "A doctor who works for your employer but must judge independently. The doctor assesses what you can and cannot do and advises on your return to work. Your employer gets no medical details."),
            Arbodienst => t(lang, "Een organisatie met bedrijfsartsen en andere deskundigen die werkgevers helpen bij verzuim en gezond werken. Elke werkgever moet een arbodienst of bedrijfsarts hebben.", "An organisation of company doctors and other experts that helps employers with sick leave and healthy work. Every employer must have an arbodienst or a company doctor."),
            Verzuimprotocol => t(lang, "De regels van je werkgever voor ziekmelden: bij wie, hoe laat, en hoe je bereikbaar blijft. Houd je je er niet aan, dan kan je werkgever je loon tijdelijk inhouden.", "Your employer's rules for reporting sick: to whom, by what time, and how you stay reachable. If you do not follow them, your employer may withhold your wage for a while."),
            Probleemanalyse => t(lang, "Het eerste verslag van de bedrijfsarts over wat je nog kunt, wat niet, en wat de verwachting is. Het moet uiterlijk in de zesde week van je ziekte klaar zijn.", "The company doctor's first report on what you can still do, what you cannot, and what is expected. It must be ready by the sixth week of your illness at the latest."),
            PlanVanAanpak => t(lang, "Het plan dat je samen met je werkgever maakt over je terugkeer naar werk. Het moet uiterlijk in week 8 klaar zijn en wordt regelmatig besproken en aangepast.", "The plan you make together with your employer for your return to work. It must be ready by week 8 at the latest and is discussed and updated regularly."),
            Casemanager => t(lang, "De persoon die namens je werkgever je re-integratie regelt en bijhoudt. Vaak is dat iemand van HR of je leidinggevende.", "The person who arranges and follows your re-integration on behalf of your employer. Often someone from HR or your manager."),
            Melding42eWeek => t(lang, "De melding die je werkgever bij UWV doet als je bijna 42 weken ziek bent. Zo weet UWV dat je misschien later een WIA-uitkering aanvraagt.", "The report your employer makes to UWV when you have been sick for almost 42 weeks. It tells UWV that you may later apply for a WIA benefit."),
            Eerstejaarsevaluatie => t(lang, "Een gesprek rond het einde van het eerste ziektejaar (week 46 tot 52). Je bekijkt met je werkgever wat er is gedaan en of terugkeer in het eigen bedrijf nog haalbaar is. Zo niet, dan volgt spoor 2.", "A review around the end of the first year of illness (weeks 46 to 52). You and your employer look at what has been done and whether a return within the company is still realistic. If not, spoor 2 follows."),
            ArbeidsdeskundigOnderzoek => t(lang, "Een onderzoek door een arbeidsdeskundige naar welk werk je nog kunt doen, bij je eigen werkgever of elders. Het helpt bij de keuze tussen spoor 1 en spoor 2.", "An assessment by a work capacity expert of which work you can still do, at your own employer or elsewhere. It helps to choose between spoor 1 and spoor 2."),
            Reintegratiebedrijf => t(lang, "Een bedrijf dat je helpt werk te vinden bij een andere werkgever. Werkgevers schakelen het vaak in voor spoor 2 of outplacement.", "A company that helps you find work with another employer. Employers often hire one for spoor 2 or outplacement."),
            Reintegratieverslag => t(lang, "Het dossier van alles wat jij en je werkgever in twee jaar ziekte hebben gedaan. UWV controleert het als je een WIA-uitkering aanvraagt.", "The file of everything you and your employer did during two years of illness. UWV checks it when you apply for a WIA benefit."),
            Wachttijd => t(lang, "De periode van 104 weken ziekte voordat je een WIA-uitkering kunt krijgen. In die tijd betaalt je werkgever meestal je loon door.", "The period of 104 weeks of illness before you can get a WIA benefit. During that time your employer usually keeps paying your wage."),
            Loondoorbetaling => t(lang, "Je werkgever betaalt je loon door als je ziek bent, meestal tot 104 weken. De wet zegt: 70% van je loon, maar niet meer dan 70% van het maximumdagloon, en in het eerste jaar niet minder dan het minimumloon. Je cao of contract kan meer geven.", "Your employer keeps paying your wage while you are sick, usually for up to 104 weeks. The law says: 70% of your wage, but no more than 70% of the maximum daily wage, and in the first year not less than the minimum wage. Your collective agreement or contract may give more."),
            Samentellen => t(lang, "Word je binnen vier weken na je herstel opnieuw ziek, dan tellen de ziekteperiodes als één periode. De dagen dat je beter was tellen niet mee.", "If you fall sick again within four weeks of recovering, the sick periods count as one. The days you were well do not count."),
            BedongenArbeid => t(lang, "Het werk dat je met je werkgever hebt afgesproken in je contract. Ben je ziek, dan gaat het erom of je dit werk kunt doen.", "The work you agreed with your employer in your contract. When you are sick, the question is whether you can do this work."),
            PassendeArbeid => t(lang, "Werk dat past bij wat je nog kunt, je opleiding en je ervaring. Als je ziek bent, moet je passend werk aannemen als je werkgever het aanbiedt.", "Work that fits what you can still do, your education and your experience. When you are sick, you must accept suitable work if your employer offers it."),
            Loonsanctie => t(lang, "Een straf voor de werkgever als hij in de eerste twee jaar te weinig aan re-integratie deed. Hij moet dan tot 52 weken langer loon doorbetalen. UWV legt de sanctie op.", "A penalty for an employer that did too little for re-integration in the first two years. It must pay wages for up to 52 more weeks. UWV imposes it."),
            Loonstop => t(lang, "Je werkgever stopt met je loon betalen als je zonder goede reden niet meewerkt aan je re-integratie, bijvoorbeeld als je passend werk weigert.", "Your employer stops paying your wage because you do not cooperate with your re-integration without a good reason, for example by refusing suitable work."),
            Deskundigenoordeel => t(lang, "Een oordeel van UWV als jij en je werkgever het niet eens zijn over je ziekte of re-integratie. Het is niet bindend, maar rechters en UWV nemen het wel serieus.", "An opinion from UWV when you and your employer disagree about your illness or re-integration. It is not binding, but judges and UWV take it seriously."),
            SecondOpinion => t(lang, "Een tweede mening van een andere bedrijfsarts als je het niet eens bent met je eigen bedrijfsarts. Jij vraagt het aan, je werkgever betaalt in principe.", "A second view from another company doctor when you disagree with your own company doctor. You ask for it; your employer pays in principle."),
            Wia => t(lang, "De wet die je inkomen regelt als je na 104 weken ziekte nog niet of minder kunt werken. De WIA heeft twee uitkeringen: de WGA en de IVA.", "The law that covers your income if, after 104 weeks of illness, you cannot work or can work less. The WIA has two benefits: the WGA and the IVA."),
            Wga => t(lang, "De WIA-uitkering als je gedeeltelijk arbeidsongeschikt bent (35 tot 80%), of volledig maar niet blijvend. De hoogte verandert in de loop van de tijd.", "The WIA benefit if you are partly unable to work (35 to 80%), or fully but not permanently. The amount changes over time."),
            Iva => t(lang, "De WIA-uitkering als je volledig en blijvend arbeidsongeschikt bent: 80% of meer, met geen of weinig kans op herstel. Je krijgt 75% van je (gemaximeerde) loon.", "The WIA benefit if you are fully and permanently unable to work: 80% or more, with no or little chance of recovery. You get 75% of your (capped) wage."),
            LoongerelateerdeUitkering => t(lang, "Het eerste deel van de WGA. De uitkering hangt af van je oude loon. Ze duurt 3 tot 24 maanden, afhankelijk van hoe lang je hebt gewerkt.", "The first part of the WGA. The benefit depends on your old wage. It lasts 3 to 24 months, depending on how long you have worked."),
            Loonaanvulling => t(lang, "Een WGA-uitkering na de loongerelateerde uitkering, als je ten minste de helft verdient van wat je volgens UWV nog kunt verdienen. Ze vult je inkomen aan.", "A WGA benefit after the wage-related benefit, if you earn at least half of what UWV says you can still earn. It tops up your income."),
            Vervolguitkering => t(lang, "Een WGA-uitkering na de loongerelateerde uitkering, als je minder verdient dan de helft van wat je volgens UWV nog kunt verdienen. Ze is een percentage van het minimumloon, of van je oude loon als dat lager was, en is vaak veel lager.", "A WGA benefit after the wage-related benefit, if you earn less than half of what UWV says you can still earn. It is a percentage of the minimum wage, or of your old wage if that was lower, and is often much lower."),
            Arbeidsongeschiktheidspercentage => t(lang, "Hoeveel procent van je oude loon je door ziekte niet meer kunt verdienen. UWV stelt dit vast. Onder 35% krijg je geen WIA-uitkering.", "The percentage of your old wage that you can no longer earn because of illness. UWV sets it. Below 35% you get no WIA benefit."),
            Restverdiencapaciteit => t(lang, "Wat je volgens UWV nog kunt verdienen met werk dat je kunt doen, ondanks je ziekte.", "What UWV says you can still earn with work you can do despite your illness."),
            Dagloon => t(lang, "Het loon per dag waarop UWV je uitkering berekent. Het is gebaseerd op wat je verdiende in het jaar voor je ziekte of werkloosheid.", "The wage per day on which UWV bases your benefit. It is based on what you earned in the year before your illness or unemployment."),
            Maximumdagloon => t(lang, "Het hoogste dagloon waarmee UWV rekent. Verdien je meer, dan krijg je over het deel erboven geen uitkering. Op 1 januari 2026 was het € 304,25 per dag.", "The highest daily wage UWV uses. If you earn more, you get no benefit for the part above it. On 1 January 2026 it was €304.25 per day."),
            Hiaat => t(lang, "Het gat in je inkomen als je WGA-uitkering na de loongerelateerde periode fors daalt. Een WGA-hiaatverzekering via je werkgever kan dit aanvullen.", "The gap in your income when your WGA benefit drops sharply after the wage-related period. A WGA gap insurance through your employer can fill it."),
            Excedent => t(lang, "Het deel van je loon boven het maximumdagloon. De WIA keert daarover niets uit. Een WIA-excedentverzekering kan dat deel dekken.", "The part of your wage above the maximum daily wage. The WIA pays nothing over that part. A WIA excess insurance can cover it."),
            Ww => t(lang, "De werkloosheidsuitkering van UWV als je je baan verliest. Je moet dan wel kunnen en willen werken. Ze duurt 3 tot 24 maanden.", "UWV's unemployment benefit when you lose your job. You must be able and willing to work. It lasts 3 to 24 months."),
            ZiektewetVangnet => t(lang, "Een uitkering van UWV als je ziek bent en geen werkgever hebt die je loon doorbetaalt, bijvoorbeeld omdat je contract afliep tijdens je ziekte. Meldt je werkgever je dan niet ziek bij UWV, meld je dan zelf. Na een jaar ziekte houd je de uitkering alleen als je hoogstens 65% van je oude loon kunt verdienen.", "A UWV benefit when you are sick and have no employer paying your wage, for example because your contract ended while you were sick. If your employer does not report you sick to UWV, report yourself. After a year of illness you keep the benefit only if you can earn at most 65% of your former wage."),
            Benadelingshandeling => t(lang, "Iets wat je doet waardoor UWV onnodig een uitkering moet betalen. Bijvoorbeeld instemmen met het einde van je contract terwijl je ziek bent. UWV weigert je Ziektewet-uitkering dan, helemaal of voor een deel.", "Something you do that makes UWV pay a benefit it should not have had to pay. For example agreeing to the end of your contract while you are sick. UWV then refuses your sickness benefit, wholly or partly."),
            Verzuimverzekering => t(lang, "Een verzekering voor werkgevers die een deel van het loon vergoedt dat ze doorbetalen aan zieke werknemers.", "Insurance for employers that covers part of the wages they keep paying to sick employees."),
            Eigenrisicodrager => t(lang, "Een werkgever die zelf de WGA- of Ziektewet-uitkeringen van (oud-)werknemers betaalt, in plaats van premie aan UWV. Hij regelt dan ook zelf de re-integratie.", "An employer that pays the WGA or sickness benefits of its (former) employees itself instead of paying a premium to UWV. It then also arranges the re-integration itself."),
            Aov => t(lang, "Een arbeidsongeschiktheidsverzekering die je als zelfstandige zelf afsluit bij een verzekeraar. Zelfstandigen zijn niet verplicht verzekerd; wel kun je je soms vrijwillig bij UWV verzekeren, binnen 13 weken nadat je verplichte verzekering stopt.", "Disability insurance that you take out yourself with an insurer as a self-employed person. The self-employed are not compulsorily insured; you can sometimes insure yourself voluntarily with UWV, within 13 weeks after your compulsory insurance stops."),
            Baz => t(lang, "Een geplande verplichte basisverzekering tegen arbeidsongeschiktheid voor zelfstandigen. Het is nog geen wet.", "A planned compulsory basic disability insurance for the self-employed. It is not law yet."),
            Vso => t(lang, "Een afspraak tussen jou en je werkgever om je contract samen te beëindigen. Je tekent zelf, dus lees goed wat je opgeeft. Als je ziek bent, is tekenen riskant.", "An agreement between you and your employer to end your contract together. You sign it yourself, so read carefully what you give up. Signing while you are sick is risky."),
            Bedenktermijn => t(lang, "Binnen 14 dagen nadat je het met je werkgever eens werd over een vaststellingsovereenkomst, mag je die zonder reden schriftelijk ontbinden. Die dag kan eerder zijn dan het tekenen, bijvoorbeeld bij een akkoord per e-mail. Staat dit recht niet in de overeenkomst, dan is de termijn drie weken.", "Within 14 days after you and your employer reached a settlement agreement, you may cancel it in writing without giving a reason. That day can be earlier than the signing, for example with an agreement by e-mail. If the agreement does not mention this right, the period is three weeks."),
            Opzegverbod => t(lang, "Je werkgever mag je contract niet opzeggen in de eerste twee jaar dat je ziek bent. Heb je de AOW-leeftijd bereikt, dan is dat 6 of 13 weken. Er zijn uitzonderingen, bijvoorbeeld als je niet meewerkt aan je re-integratie.", "Your employer may not give notice during the first two years you are sick. Past the state pension (AOW) age this is 6 or 13 weeks. There are exceptions, for example if you do not cooperate with your re-integration."),
            SlapendDienstverband => t(lang, "Een contract dat na twee jaar ziekte blijft bestaan, terwijl je niet werkt en geen loon krijgt. Je kunt je werkgever vragen het te beëindigen met een vergoeding.", "A contract that continues after two years of illness while you do not work and get no wage. You can ask your employer to end it with a payment."),
            Xella => t(lang, "Een uitspraak van de Hoge Raad uit 2019. Een slapend dienstverband is niet verboden, maar een goed werkgever moet een serieus voorstel van de werknemer om het te beëindigen aannemen, met een vergoeding zo hoog als de transitievergoeding aan het einde van de 104 weken ziekte. Alleen met een gerechtvaardigd belang mag hij weigeren.", "A 2019 ruling of the Dutch Supreme Court. A dormant contract is not forbidden, but a good employer must accept a serious proposal by the employee to end it, with a payment as high as the transitievergoeding at the end of the 104 weeks of illness. The employer may refuse only with a legitimate interest."),
            Kantonrechter => t(lang, "De rechter die zaken over werk en ontslag behandelt. Je hebt er niet altijd een advocaat nodig.", "The judge who deals with cases about work and dismissal. You do not always need a lawyer there."),
            Uwv => t(lang, "De overheidsorganisatie die de werknemersverzekeringen uitvoert, zoals de WW, de WIA en de Ziektewet. UWV beslist ook over ontslag na twee jaar ziekte.", "The government agency that runs the employee insurances, such as the WW, the WIA and the Ziektewet. UWV also decides on dismissal after two years of illness."),
            JuridischLoket => t(lang, "Een organisatie die gratis juridisch advies geeft aan mensen met een laag of middeninkomen.", "An organisation that gives free legal advice to people with a low or middle income."),
            Vakbond => t(lang, "Een vereniging van werknemers. Als lid krijg je vaak gratis juridisch advies en hulp bij conflicten met je werkgever.", "An association of employees. Members often get free legal advice and help with conflicts with their employer."),
            SituatieveArbeidsongeschiktheid => t(lang, "Je kunt niet werken door de situatie op je werk, bijvoorbeeld een conflict, maar je bent niet ziek. De bedrijfsarts stelt dat vast, niet jij zelf.", "You cannot work because of the situation at work, for example a conflict, but you are not sick. The company doctor decides this, not you."),
            StecrWerkwijzer => t(lang, "Een werkwijze voor bedrijfsartsen bij een conflict op het werk. Ze helpt bepalen of er sprake is van ziekte of van een conflict. Het is geen wet, maar UWV en rechters kijken ernaar.", "A working method for company doctors when there is a conflict at work. It helps decide whether there is illness or a conflict. It is not law, but UWV and judges take it into account."),
            Mediation => t(lang, "Hulp van een neutrale bemiddelaar om samen met je werkgever een conflict op te lossen.", "Help from a neutral mediator to solve a conflict together with your employer."),
            Cao => t(lang, "Afspraken over loon en werk die vakbonden en werkgevers samen maken voor een bedrijf of een sector. Een cao kan meer geven dan de wet, bijvoorbeeld 100% loon bij ziekte.", "Agreements on pay and work that unions and employers make together for a company or sector. A collective agreement can give more than the law, for example 100% pay during illness."),
            NoRiskPolis => t(lang, "Een regeling van UWV voor werkgevers die iemand met een ziekte of beperking in dienst nemen. Wordt die werknemer ziek, dan betaalt UWV een Ziektewet-uitkering aan de werkgever.", "A UWV scheme for employers who hire someone with an illness or disability. If that employee falls sick, UWV pays a sickness benefit to the employer."),
        }
    }

    /// The law article or official page behind the term, where there is one (a
    /// citation of [`crate::source`]).
    pub fn source(self) -> Option<Source> {
        use Term::*;
        match self {
            Transitievergoeding => Some(cite::BW_7_673),
            CompensatieTransitievergoeding => Some(cite::BW_7_673E),
            Spoor1 | Spoor2 | PassendeArbeid => Some(cite::BW_7_658A),
            Outplacement => None,
            WetVerbeteringPoortwachter => Some(cite::UWV_REINTEGREREN),
            Probleemanalyse | PlanVanAanpak | Eerstejaarsevaluatie => {
                Some(cite::REGELING_PROCESGANG)
            }
            Bedrijfsarts | Arbodienst | SecondOpinion => Some(cite::ARBOWET_14),
            Verzuimprotocol | Loondoorbetaling | BedongenArbeid => Some(cite::BW_7_629),
            Samentellen => Some(cite::BW_7_629_LID_10),
            Loonstop => Some(cite::BW_7_629_LID_3),
            Casemanager | ArbeidsdeskundigOnderzoek | Reintegratiebedrijf | Reintegratieverslag => {
                None
            }
            Melding42eWeek => Some(cite::UWV_ZIEK_MELDEN),
            Wachttijd => Some(cite::WIA_23),
            Loonsanctie => Some(cite::WIA_25_LID_9),
            Deskundigenoordeel => Some(cite::UWV_DESKUNDIGENOORDEEL),
            Wia | Wga | Iva | Arbeidsongeschiktheidspercentage | Restverdiencapaciteit => {
                Some(cite::UWV_WIA_UITKERINGEN)
            }
            LoongerelateerdeUitkering => Some(cite::UWV_LGU),
            Vervolguitkering => Some(cite::UWV_VERVOLGUITKERING),
            Loonaanvulling | Hiaat | Excedent => None,
            Dagloon | Maximumdagloon => Some(cite::UWV_DAGLOON),
            Ww => Some(cite::RO_WW_DUUR),
            ZiektewetVangnet => Some(cite::ZW_29),
            Benadelingshandeling => Some(cite::ZW_45),
            Verzuimverzekering | Aov | Kantonrechter | Vakbond | Mediation | Cao | NoRiskPolis => {
                None
            }
            Eigenrisicodrager => Some(cite::UWV_ERD),
            Baz => Some(cite::BAZ_NAAR_KAMER),
            Vso | Bedenktermijn => Some(cite::BW_7_670B),
            Opzegverbod => Some(cite::BW_7_670),
            SlapendDienstverband | Xella => Some(cite::HR_2019_1734_XELLA),
            // An organisation, not a rule: its website is a help link ([`Term::website`]).
            Uwv | JuridischLoket => None,
            SituatieveArbeidsongeschiktheid => Some(cite::BW_7_628),
            StecrWerkwijzer => Some(cite::STECR_WERKWIJZER),
        }
    }

    /// The website of the organisation the term names, where it is one: a help link
    /// ([`crate::source::help`]), not a citation.
    pub fn website(self) -> Option<&'static str> {
        match self {
            Term::Uwv => Some(cite::help::UWV),
            Term::JuridischLoket => Some(cite::help::JURIDISCH_LOKET),
            _ => None,
        }
    }
}
