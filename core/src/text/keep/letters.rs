//! The letter templates (issue 8) and the finished letter. Dutch is the letter; English is
//! a reading aid with the same content. Everything the user must fill in stands between
//! `[` and `]`.
//!
//! Which letters exist, their legal bases and the facts they are filled with are in
//! `crate::letters`.

use chrono::NaiveDate;

use crate::flow::Answers;
use crate::lang::Lang;
use crate::letters::{facts, legal_basis, Facts, LetterKind};
use crate::source::Source;
use crate::text::transitievergoeding::{compensation_term_en, compensation_term_nl};
use crate::text::{format, t};

/// A gap the user fills in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GapText {
    YourName,
    YourAddress,
    YourPhone,
    EmployerName,
    EmployerAddress,
    EmployeeName,
    Place,
    Date,
    FirstSickDay,
    StartDate,
    WachttijdEnd,
    Amount,
    EndDate,
    UwvQuestion,
    WhatHappened,
    ReplyDays,
    EvalDate,
    EvalPlace,
    Provider,
    OutplacementCost,
    Salutation,
}

/// The text of a gap, with its brackets.
pub fn gap(g: GapText, lang: Lang) -> String {
    let s = match g {
        GapText::YourName => t(lang, "jouw naam", "your name"),
        GapText::YourAddress => t(lang, "jouw adres", "your address"),
        GapText::YourPhone => t(lang, "jouw telefoonnummer of e-mailadres", "your phone number or e-mail address"),
        GapText::EmployerName => t(lang, "naam werkgever", "employer's name"),
        GapText::EmployerAddress => t(lang, "adres werkgever", "employer's address"),
        GapText::EmployeeName => t(lang, "naam werknemer", "employee's name"),
        GapText::Place => t(lang, "plaats", "place"),
        GapText::Date => t(lang, "datum", "date"),
        GapText::FirstSickDay => t(lang, "eerste ziektedag", "first sick day"),
        GapText::StartDate => t(lang, "datum in dienst", "start date of employment"),
        GapText::WachttijdEnd => t(lang, "einde van de 104 weken", "end of the 104 weeks"),
        GapText::Amount => t(lang, "bedrag", "amount"),
        GapText::EndDate => t(lang, "gewenste einddatum", "proposed end date"),
        GapText::UwvQuestion => t(lang,
            "kies: ben ik geschikt voor mijn eigen werk? / is het aangeboden werk passend? / doet mijn werkgever genoeg aan mijn re-integratie? / doe ik genoeg?",
            "choose: am I fit for my own work? / is the work offered suitable? / is my employer doing enough for my re-integration? / am I doing enough?"),
        GapText::WhatHappened => t(lang, "beschrijf kort wat er is gebeurd en waar jullie het niet over eens zijn", "describe briefly what happened and what you disagree on"),
        GapText::ReplyDays => t(lang, "14", "14"),
        GapText::EvalDate => t(lang, "datum en tijd", "date and time"),
        GapText::EvalPlace => t(lang, "plaats of videoverbinding", "place or video link"),
        GapText::Provider => t(lang, "naam outplacementbureau", "name of the outplacement provider"),
        GapText::OutplacementCost => t(lang, "bedrag inclusief btw", "amount including VAT"),
        GapText::Salutation => t(lang, "naam", "name"),
    };
    format!("[{s}]")
}

/// The values a letter is filled with, formatted for one language. A value the answers
/// do not give is a gap (`[...]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub today: String,
    pub first_sick_day: String,
    pub start_date: String,
    pub end_date: String,
    pub wachttijd_end: String,
    pub xella_amount: String,
    pub eval_from: String,
    pub eval_until: String,
}

/// The facts written for one language; a missing value becomes a gap.
pub fn fill(facts: &Facts, lang: Lang) -> Fill {
    let d = |x: Option<NaiveDate>, g: GapText| match x {
        Some(x) => format::long_date(x, lang),
        None => gap(g, lang),
    };
    Fill {
        today: format::long_date(facts.today, lang),
        first_sick_day: d(facts.first_sick_day, GapText::FirstSickDay),
        start_date: d(facts.start_date, GapText::StartDate),
        end_date: d(facts.end_date, GapText::Date),
        wachttijd_end: d(facts.wachttijd_end, GapText::WachttijdEnd),
        xella_amount: match facts.xella_amount {
            Some(c) => format::amount(c, lang),
            None => gap(GapText::Amount, lang),
        },
        eval_from: d(facts.eval_from, GapText::Date),
        eval_until: d(facts.eval_until, GapText::Date),
    }
}

/// The title of a letter, in the reader's language.
pub fn title(k: LetterKind, lang: Lang) -> &'static str {
    match k {
        LetterKind::UwvDeskundigenoordeel => t(
            lang,
            "Aanvraag deskundigenoordeel bij UWV",
            "Request to UWV for an expert opinion (deskundigenoordeel)",
        ),
        LetterKind::SlapendDienstverband => t(
            lang,
            "Verzoek: slapend dienstverband beëindigen met transitievergoeding",
            "Request to end a dormant employment contract with the transition payment",
        ),
        LetterKind::KopieProbleemanalyse => t(
            lang,
            "Verzoek om een kopie van de probleemanalyse en het plan van aanpak",
            "Request for a copy of the problem analysis and the action plan",
        ),
        LetterKind::UitnodigingEerstejaarsevaluatie => t(
            lang,
            "Uitnodiging voor de eerstejaarsevaluatie",
            "Invitation to the first-year review",
        ),
        LetterKind::OutplacementAfspraak => t(
            lang,
            "Bevestiging outplacement en toestemming om de kosten te verrekenen",
            "Confirmation of outplacement and consent to deduct its cost",
        ),
    }
}

/// An uncertainty the user is told about, if any.
pub fn uncertain(k: LetterKind, lang: Lang) -> Option<&'static str> {
    match k {
        LetterKind::UwvDeskundigenoordeel => Some(t(lang,
            "UWV vraagt om een aanvraagformulier; gebruik deze brief als toelichting daarbij. Of werknemers een bijdrage betalen en hoe hoog die is, hebben we niet kunnen controleren: kijk op uwv.nl.",
            "UWV asks for an application form; use this letter as the explanation that goes with it. Whether employees pay a fee, and how much, we could not verify: check uwv.nl.")),
        LetterKind::SlapendDienstverband => Some(t(lang,
            "Het bedrag is een schatting van de transitievergoeding op de laatste dag van de 104 weken. Welke dag UWV en de rechter precies nemen, is niet helemaal zeker. Of de werkgever de vergoeding van UWV terugkrijgt, kan afhangen van wetsvoorstel 36869; de stand daarvan staat in je advies.",
            "The amount is an estimate of the transition payment on the last day of the 104 weeks. Which day exactly UWV and the courts use is not entirely certain. Whether the employer gets the payment back from UWV can depend on bill 36869; where it stands is in your advice.")),
        LetterKind::KopieProbleemanalyse => Some(t(lang,
            "Dat je een kopie krijgt, staat in de Regeling procesgang eerste en tweede ziektejaar; het precieze artikelnummer hebben we niet gecontroleerd.",
            "That you get a copy follows from the Regeling procesgang eerste en tweede ziektejaar; we did not verify the exact article number.")),
        LetterKind::UitnodigingEerstejaarsevaluatie | LetterKind::OutplacementAfspraak => None,
    }
}

/// The letter text in one language, filled with `f`.
pub fn body(k: LetterKind, f: &Fill, lang: Lang) -> String {
    let g = |x: GapText| gap(x, lang);
    // The placeholders of the letters, by the name each text uses.
    let naam = g(GapText::YourName);
    let adres = g(GapText::YourAddress);
    let tel = g(GapText::YourPhone);
    let wg = g(GapText::EmployerName);
    let wgadres = g(GapText::EmployerAddress);
    let wn = g(GapText::EmployeeName);
    let aanhef = g(GapText::Salutation);
    let plaats = g(GapText::Place);
    let d2 = g(GapText::Date);
    let einde = g(GapText::EndDate);
    let dagen = g(GapText::ReplyDays);
    let vraag = g(GapText::UwvQuestion);
    let wat = g(GapText::WhatHappened);
    let wanneer = g(GapText::EvalDate);
    let waar = g(GapText::EvalPlace);
    let bureau = g(GapText::Provider);
    let kosten = g(GapText::OutplacementCost);
    let Fill {
        today: datum,
        first_sick_day: ziek,
        start_date: start,
        end_date: einddatum,
        wachttijd_end: wt,
        xella_amount: bedrag,
        eval_from: van,
        eval_until: tot,
    } = f;
    let (compensatie_nl, compensatie_en) = (compensation_term_nl!(), compensation_term_en!());
    // The head of each letter: sender, addressee, place and date.
    let aan = t(lang, "Aan:", "To:");
    let to_uwv = format!("{naam}\n{adres}\n{tel}\n\n{aan} UWV\n\n{plaats}, {datum}");
    let to_employer = format!("{naam}\n{adres}\n\n{aan} {wg}\n{wgadres}\n\n{plaats}, {datum}");
    let to_employee = format!("{wg}\n{wgadres}\n\n{aan} {wn}\n\n{plaats}, {datum}");
    match k {
        LetterKind::UwvDeskundigenoordeel => t(
            lang,
            format!(
"{to_uwv}

Onderwerp: aanvraag deskundigenoordeel

Geachte heer, mevrouw,

Hierbij vraag ik een deskundigenoordeel aan. Ik ben ziek sinds {ziek}. Mijn werkgever is {wg}, {wgadres}.

Mijn vraag aan UWV is: {vraag}

Waarom ik dit vraag:
{wat}

Ik stuur deze stukken mee:
- het ingevulde aanvraagformulier deskundigenoordeel van UWV;
- de probleemanalyse en de latere adviezen van de bedrijfsarts;
- het plan van aanpak met alle bijstellingen;
- het rapport van de arbeidsdeskundige, als dat er is;
- de brieven en e-mails over ons meningsverschil;
- een second opinion van een andere bedrijfsarts, als ik die heb.

Ik heb mijn werkgever laten weten dat ik dit deskundigenoordeel aanvraag.

Met vriendelijke groet,

{naam}"),
            format!(
"{to_uwv}

Subject: request for an expert opinion (deskundigenoordeel)

Dear Sir or Madam,

I hereby request an expert opinion. I have been ill since {ziek}. My employer is {wg}, {wgadres}.

My question to UWV is: {vraag}

Why I am asking:
{wat}

I enclose these documents:
- UWV's completed application form for an expert opinion;
- the problem analysis and the later advice of the company doctor;
- the action plan with all its updates;
- the labour expert's report, if there is one;
- the letters and e-mails about our disagreement;
- a second opinion from another company doctor, if I have one.

I have told my employer that I am requesting this expert opinion.

Kind regards,

{naam}"),
        ),
        LetterKind::SlapendDienstverband => t(
            lang,
            format!(
"{to_employer}

Onderwerp: voorstel om mijn arbeidsovereenkomst te beëindigen met een transitievergoeding

Geachte {aanhef},

Ik ben sinds {start} bij u in dienst. Sinds {ziek} ben ik ziek. De 104 weken loondoorbetaling bij ziekte zijn voorbij (op {wt}). Er is geen zicht op herstel of op ander passend werk bij u binnen 26 weken.

Ik stel voor om mijn arbeidsovereenkomst met wederzijds goedvinden te beëindigen per {einde}. Daarbij betaalt u mij een vergoeding ter hoogte van de transitievergoeding die ik zou hebben gekregen als mijn contract aan het einde van de 104 weken was beëindigd. Volgens mijn berekening is dat {bedrag} bruto.

De Hoge Raad heeft in de Xella-beschikking (HR 8 november 2019, ECLI:NL:HR:2019:1734) beslist dat een goed werkgever zo'n voorstel in beginsel moet aannemen. Dat is alleen anders als u een gerechtvaardigd belang hebt om de arbeidsovereenkomst te laten bestaan, bijvoorbeeld een reëel uitzicht op re-integratie. Voor zover de compensatieregeling (artikel 7:673e BW) op u van toepassing is, kunt u de vergoeding bij UWV terugvragen, {compensatie_nl}.

Ik ontvang graag binnen {dagen} dagen uw schriftelijke reactie en een voorstel voor een beëindigingsovereenkomst.

Met vriendelijke groet,

{naam}"),
            format!(
"{to_employer}

Subject: proposal to end my employment contract with a transition payment

Dear {aanhef},

I have been employed by you since {start}. I have been ill since {ziek}. The 104 weeks of wage payment during illness are over (on {wt}). There is no prospect of recovery or of other suitable work with you within 26 weeks.

I propose to end my employment contract by mutual consent as of {einde}. You would pay me an amount equal to the transition payment I would have received if my contract had ended at the end of the 104 weeks. By my calculation this is {bedrag} gross.

In the Xella decision (Supreme Court, 8 November 2019, ECLI:NL:HR:2019:1734) the Hoge Raad ruled that a good employer must in principle accept such a proposal. That is only different if you have a justified interest in keeping the contract, for example a real prospect of re-integration. To the extent that the compensation scheme (article 7:673e of the Civil Code) applies to you, you can claim the payment back from UWV, {compensatie_en}.

I would like to receive your written reply and a proposal for a termination agreement within {dagen} days.

Kind regards,

{naam}"),
        ),
        LetterKind::KopieProbleemanalyse => t(
            lang,
            format!(
"{to_employer}

Onderwerp: verzoek om een kopie van de probleemanalyse en het plan van aanpak

Geachte {aanhef},

Ik ben ziek sinds {ziek}. De bedrijfsarts moest uiterlijk in de zesde ziekteweek een probleemanalyse maken, en daarna moesten wij samen een plan van aanpak opstellen (artikel 7:658a lid 3 BW en de Regeling procesgang eerste en tweede ziektejaar). Ik heb daar als werknemer recht op een kopie van.

Ik vraag u mij binnen {dagen} dagen een kopie te sturen van:
- de probleemanalyse van de bedrijfsarts, en latere bijstellingen daarvan;
- het plan van aanpak, met alle bijstellingen en verslagen van de evaluaties.

Bestaat een van deze stukken (nog) niet, laat mij dat dan ook weten.

Met vriendelijke groet,

{naam}"),
            format!(
"{to_employer}

Subject: request for a copy of the problem analysis and the action plan

Dear {aanhef},

I have been ill since {ziek}. The company doctor had to make a problem analysis by the sixth week of illness at the latest, and after that we had to draw up an action plan together (article 7:658a paragraph 3 of the Civil Code and the Regeling procesgang eerste en tweede ziektejaar). As the employee I am entitled to a copy.

I ask you to send me, within {dagen} days, a copy of:
- the company doctor's problem analysis, and later updates of it;
- the action plan, with all updates and the notes of the reviews.

If one of these documents does not exist (yet), please tell me that as well.

Kind regards,

{naam}"),
        ),
        LetterKind::UitnodigingEerstejaarsevaluatie => t(
            lang,
            format!(
"{to_employee}

Onderwerp: uitnodiging voor de eerstejaarsevaluatie

Beste {wn},

Je bent ziek sinds {ziek}. Tussen week 46 en week 52 van je ziekte ({van} tot en met {tot}) kijken we samen terug op het eerste ziektejaar. Dat heet de eerstejaarsevaluatie (artikel 7:658a BW en de Regeling procesgang eerste en tweede ziektejaar).

Ik nodig je uit voor dit gesprek op {wanneer}, {waar}.

We bespreken:
- kun je je eigen werk weer doen, eventueel aangepast (spoor 1)?
- is er ander passend werk bij ons?
- zo niet: hoe gaan we zoeken naar werk bij een andere werkgever (spoor 2)?
- wat is het doel voor het tweede ziektejaar, en wat spreken we af?

Neem het advies van de bedrijfsarts en, als dat er is, het rapport van de arbeidsdeskundige mee. Je mag iemand meenemen die je vertrouwt. We leggen de uitkomst schriftelijk vast in het plan van aanpak; die komt ook in het re-integratieverslag.

Met vriendelijke groet,

[naam en functie]
{wg}"),
            format!(
"{to_employee}

Subject: invitation to the first-year review

Dear {wn},

You have been ill since {ziek}. Between week 46 and week 52 of your illness ({van} up to and including {tot}) we look back together on the first year of illness. This is called the first-year review (eerstejaarsevaluatie; article 7:658a of the Civil Code and the Regeling procesgang eerste en tweede ziektejaar).

I invite you to this meeting on {wanneer}, {waar}.

We will discuss:
- can you do your own work again, perhaps adapted (track 1)?
- is there other suitable work with us?
- if not: how will we look for work with another employer (track 2)?
- what is the goal for the second year of illness, and what do we agree?

Please bring the company doctor's advice and, if there is one, the labour expert's report. You may bring someone you trust. We record the outcome in writing in the action plan; it also goes into the re-integration report.

Kind regards,

[name and position]
{wg}"),
        ),
        LetterKind::OutplacementAfspraak => t(
            lang,
            format!(
"{to_employee}

Onderwerp: bevestiging van de afspraak over outplacement en toestemming om de kosten te verrekenen

Beste {wn},

Je arbeidsovereenkomst eindigt op {einddatum}. Om je te helpen snel ander werk te vinden, hebben we outplacement afgesproken bij {bureau}. De kosten zijn {kosten}.

Deze kosten zijn transitiekosten: ze zijn bedoeld om werkloosheid te voorkomen of te verkorten. De wet staat toe dat ze van de transitievergoeding worden afgetrokken (artikel 7:673 lid 6 BW en het Besluit voorwaarden in mindering brengen kosten op transitievergoeding, Stb. 2015, 171, gewijzigd bij Stb. 2020, 188), maar alleen als:
- wij je de kosten vooraf schriftelijk hebben genoemd (dat doen we met deze brief);
- jij vooraf schriftelijk toestemming geeft om ze af te trekken;
- de kosten redelijk zijn en geen loon zijn.

Ga je akkoord? Onderteken dan hieronder en stuur de brief terug, vóór de outplacement begint. Zonder je handtekening trekken we niets af. Kosten van re-integratie tijdens ziekte (zoals spoor 2) trekken we nooit af.

Met vriendelijke groet,

[naam en functie]
{wg}

Akkoord van de werknemer:
Ik ga akkoord met de outplacement bij {bureau} en geef toestemming om de kosten ({kosten}) af te trekken van mijn transitievergoeding.

Naam: {wn}
Datum: {d2}
Handtekening: ______________________"),
            format!(
"{to_employee}

Subject: confirmation of the outplacement agreement and consent to deduct its cost

Dear {wn},

Your employment contract ends on {einddatum}. To help you find other work quickly, we agreed on outplacement with {bureau}. The cost is {kosten}.

This cost is a transition cost: it is meant to prevent or shorten unemployment. The law allows it to be deducted from the transition payment (article 7:673 paragraph 6 of the Civil Code and the Decree on conditions for deducting costs from the transition payment, Stb. 2015, 171, amended by Stb. 2020, 188), but only if:
- we named the cost to you in writing beforehand (we do so with this letter);
- you agree in writing beforehand to the deduction;
- the cost is reasonable and is not wages.

Do you agree? Then sign below and return the letter before the outplacement starts. Without your signature we deduct nothing. Costs of re-integration during illness (such as track 2) are never deducted.

Kind regards,

[name and position]
{wg}

Employee's consent:
I agree to the outplacement with {bureau} and consent to the cost ({kosten}) being deducted from my transition payment.

Name: {wn}
Date: {d2}
Signature: ______________________"),
        ),
    }
}

/// A finished letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    /// The title in the reader's language.
    pub title: &'static str,
    /// The letter itself (Dutch).
    pub text_nl: String,
    /// The English reading aid.
    pub text_en: String,
    pub legal_basis: &'static [Source],
    /// Shown to the user when a point is not certain.
    pub uncertain: Option<&'static str>,
}

/// Build one letter from the answers. `lang` is the reader's language (title, notes).
pub fn letter(kind: LetterKind, answers: &Answers, today: NaiveDate, lang: Lang) -> Letter {
    let f = facts(answers, today);
    Letter {
        kind,
        title: title(kind, lang),
        text_nl: body(kind, &fill(&f, Lang::Nl), Lang::Nl),
        text_en: body(kind, &fill(&f, Lang::En), Lang::En),
        legal_basis: legal_basis(kind),
        uncertain: uncertain(kind, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::{Answer, QuestionId as Q};
    use crate::letters::tests::{d, sick_employee};
    use crate::letters::{file_name, gaps};

    #[test]
    fn every_letter_is_filled_cites_its_basis_and_marks_gaps() {
        let today = d(2028, 2, 1);
        for k in LetterKind::ALL {
            let l = letter(k, &sick_employee(), today, Lang::Nl);
            assert!(
                l.text_nl.contains("1 februari 2028"),
                "{k:?}: date of today"
            );
            assert!(l.text_en.contains("1 February 2028"), "{k:?}: English date");
            // Name and address are always for the user to fill in.
            assert!(!gaps(&l.text_nl).is_empty());
            assert_eq!(
                gaps(&l.text_nl).len(),
                gaps(&l.text_en).len(),
                "{k:?}: same gaps"
            );
            assert!(!l.title.is_empty());
        }
        let write = |kind, lang| letter(kind, &sick_employee(), today, lang);
        let x = write(LetterKind::SlapendDienstverband, Lang::Nl);
        assert!(x.text_nl.contains("ECLI:NL:HR:2019:1734"));
        assert!(x.text_nl.contains("5 januari 2026"));
        assert!(x.text_nl.contains("1 januari 2016"));
        // The end of the 104 weeks: day 728 = 5 Jan 2026 + 727 days = 2 Jan 2028
        // (docs/law/poortwachter.md#worked-example-a).
        assert!(x.text_nl.contains("2 januari 2028"), "{}", x.text_nl);
        // The 2028 cap is not published: the engine uses its estimate, which does not
        // bite here (12 years at € 3.240 a month is far below it), so the amount is
        // exact and filled in.
        assert!(!x.text_nl.contains("[bedrag]"), "{}", x.text_nl);
        assert!(x.text_nl.contains("€ 12.9"), "{}", x.text_nl);
        assert!(x.uncertain.is_some());
        let e = write(LetterKind::UitnodigingEerstejaarsevaluatie, Lang::En);
        // Weeks 46–52: Mon 16 Nov 2026 – Sun 3 Jan 2027 (docs/law/poortwachter.md#worked-example-a).
        assert!(e.text_nl.contains("16 november 2026"), "{}", e.text_nl);
        assert!(e.text_nl.contains("3 januari 2027"), "{}", e.text_nl);
        assert_eq!(e.title, "Invitation to the first-year review");
        let o = write(LetterKind::OutplacementAfspraak, Lang::Nl);
        assert!(o.text_nl.contains("artikel 7:673 lid 6 BW"));
        assert!(o.text_nl.contains("Stb. 2015, 171"));
        assert!(o.text_nl.contains("Handtekening"));
        let u = write(LetterKind::UwvDeskundigenoordeel, Lang::Nl);
        assert!(u.text_nl.contains("probleemanalyse"));
        assert!(u.text_nl.contains("plan van aanpak"));
        assert!(u.text_nl.contains("aanvraagformulier"));
        let c = write(LetterKind::KopieProbleemanalyse, Lang::Nl);
        assert!(c.text_nl.contains("7:658a lid 3 BW"));
    }

    #[test]
    fn the_xella_amount_is_filled_when_the_engine_can_compute_it() {
        let mut a = sick_employee();
        a.insert(Q::EersteZiektedag, Answer::Date(d(2024, 1, 1)));
        let f = facts(&a, d(2026, 11, 22));
        // Day 728 = 1 Jan 2024 + 727 days = 28 Dec 2025 (2024 has 366 days).
        assert_eq!(f.wachttijd_end, Some(d(2025, 12, 28)));
        // In service 1 Jan 2016 – 28 Dec 2025: 119 whole months and 28 days.
        // M = 3000 × 1.08 = 3240; 3240 × 119 / 36 = 10.710,00 for the whole months,
        // plus the engine's share for the 28 remaining days (10.791,29): between 10.710
        // and 10.800.
        let amount = f.xella_amount.expect("xella amount");
        assert!((1_071_000..1_080_000).contains(&amount.0), "{amount:?}");
        let l = letter(
            LetterKind::SlapendDienstverband,
            &a,
            d(2026, 11, 22),
            Lang::Nl,
        );
        assert!(l.text_nl.contains(&format::amount(amount, Lang::Nl)));
        assert!(!l.text_nl.contains("[bedrag]"));
        assert!(l.text_nl.contains("28 december 2025"));
    }

    #[test]
    fn without_answers_the_facts_are_gaps() {
        let l = letter(
            LetterKind::SlapendDienstverband,
            &Answers::new(),
            d(2026, 11, 22),
            Lang::Nl,
        );
        let g = gaps(&l.text_nl);
        assert!(g.contains(&"eerste ziektedag"));
        assert!(g.contains(&"datum in dienst"));
        assert!(g.contains(&"bedrag"));
        assert!(g.contains(&"einde van de 104 weken"));
        let en = gaps(&l.text_en);
        assert!(en.contains(&"first sick day"));
        assert_eq!(
            file_name(LetterKind::SlapendDienstverband),
            "spoorwijzer-brief-slapend-dienstverband.txt"
        );
    }
}
