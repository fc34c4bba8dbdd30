//! The transitievergoeding calculator (`#/transitievergoeding`): the form beside the
//! result on wide screens, stacked on narrow ones. Everything shown comes from the core
//! (`form_model::tv`, `transitievergoeding`); a deep link in the fragment pre-fills the form and
//! shows the result at once, also when it is opened while the page is shown
//! (`components::linked_tool`). Typing never writes figures into the address.

use spoorwijzer_core::dates::DateParts;
use spoorwijzer_core::deeplink::{self, LinkNotice};
use spoorwijzer_core::flow::Voice;
use spoorwijzer_core::form_model::tv::{self, TvErrors, TvField, TvForm, WageMode};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::calc::{
    breakdown_row, cap_text, termination_label, tv_field_label, CalcText,
};
use spoorwijzer_core::text::forms::form_error;
use spoorwijzer_core::text::transitievergoeding::{line_text, reason_text, uncertainty_text};
use spoorwijzer_core::transitievergoeding::{
    CompensationStatus, EmployerSize, Termination, TvResult,
};
use yew::prelude::*;

use crate::components::date_field::DateField;
use crate::components::details::Details;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::link_notices::LinkNotices;
use crate::components::linked_tool::LinkProps;
use crate::components::money_field::MoneyField;
use crate::components::page_heading::PageHeading;
use crate::components::pending_law_notice::PendingLawNotice;
use crate::components::radio_group::{RadioGroup, RadioOption};
use crate::components::submit_button;
use crate::components::text_field::{TextField, TextKind};
use crate::download;
use crate::hooks::form::{
    field_error, field_id, focus_id, status_action, use_focus_result, use_form,
};
use crate::location;
use crate::state::use_app;
use spoorwijzer_core::text::format;

pub fn summary_items(errors: &TvErrors, lang: Lang) -> Vec<ErrorItem> {
    errors
        .iter()
        .map(|(f, e)| {
            ErrorItem::field(
                focus_id("tv", *f),
                format!("{}: {}", tv_field_label(*f, lang), form_error(*e, lang)),
            )
        })
        .collect()
}

#[derive(Clone, PartialEq)]
struct Initial {
    form: TvForm,
    notices: Vec<LinkNotice>,
    prefilled: bool,
}

/// The calculator for one link (`query`: the fragment's query, empty without a link).
#[component]
pub fn TransitievergoedingPage(props: &LinkProps) -> Html {
    let app = use_app();
    let today = crate::clock::use_today();
    let lang = app.lang;
    let initial = use_memo(props.query.clone(), move |query| {
        let (link, notices) = deeplink::parse_tv(query);
        Initial {
            form: if link.is_empty() {
                TvForm::default()
            } else {
                TvForm::from_link(&link, |d| format::decimal(d, lang))
            },
            notices,
            prefilled: !link.is_empty(),
        }
    });
    let form = {
        let prefilled = initial.prefilled;
        let initial = initial.clone();
        use_form(move || initial.form.clone(), prefilled)
    };
    // The outcome of the form as last submitted: `None` before the first "Bereken".
    let outcome = use_memo(form.submitted().cloned(), |submitted| {
        submitted.as_ref().map(tv::calculate)
    });
    let status = use_state(|| None::<CalcText>);

    use_focus_result(
        form.submits(),
        matches!(*outcome, Some(Ok(_))),
        "tv-result-heading",
    );

    let t = |c: CalcText| AttrValue::from(c.text(lang));
    let errors: TvErrors = match &*outcome {
        Some(Err(e)) if form.errors_shown() => e.clone(),
        Some(_) | None => Vec::new(),
    };
    let err = |f: TvField| field_error(&errors, f, lang);

    let onsubmit = {
        let status = status.clone();
        form.on_submit(move || status.set(None))
    };
    let on_wage_mode = form.setter(|f, v: AttrValue| {
        f.wage_mode = if v.as_str() == "uur" {
            WageMode::Hourly
        } else {
            WageMode::Monthly
        };
    });
    let on_reden = form.setter(|f, v: AttrValue| {
        if let Some(r) = Termination::parse(&v) {
            f.reden = r;
        }
    });
    let on_size = form.setter(|f, v: AttrValue| {
        if let Some(g) = EmployerSize::parse(&v) {
            f.werkgever_grootte = g;
        }
    });
    let size_options = vec![
        RadioOption::new(
            EmployerSize::Small.code(),
            CalcText::TvGrootteKlein.text(lang),
        ),
        RadioOption::new(
            EmployerSize::MediumLarge.code(),
            CalcText::TvGrootteMiddelgroot.text(lang),
        ),
        RadioOption::new(
            EmployerSize::Unknown.code(),
            CalcText::TvGrootteOnbekend.text(lang),
        ),
    ];
    let on_copy_link = {
        let form = form.clone();
        status_action(&status, CalcText::LinkCopied, move || {
            let url = location::link_to(
                "/transitievergoeding",
                &deeplink::build_tv(&form.fields().to_link()),
            );
            download::copy_text(&url)
        })
    };

    let wage_options = vec![
        RadioOption::new("maand", CalcText::TvWageMonthly.text(lang)),
        RadioOption::new("uur", CalcText::TvWageHourly.text(lang)),
    ];
    let reden_options: Vec<RadioOption> = Termination::ALL
        .iter()
        .map(|r| RadioOption::new(r.code(), termination_label(*r, lang)))
        .collect();
    let help = |c: CalcText| Some((t(CalcText::WhatCounts), t(c)));

    let fields = form.fields();
    let earlier = fields.earlier.iter().enumerate().map(|(i, p)| {
        let on_start = form.setter(move |f, v: DateParts| {
            if let Some(row) = f.earlier.get_mut(i) {
                row.start = v;
            }
        });
        let on_end = form.setter(move |f, v: DateParts| {
            if let Some(row) = f.earlier.get_mut(i) {
                row.end = v;
            }
        });
        let on_remove = form.setter(move |f, _: MouseEvent| {
            if i < f.earlier.len() {
                f.earlier.remove(i);
            }
        });
        let n = i + 1;
        html! {
            <div class="sw-repeat" key={i}>
                <DateField id={field_id("tv", TvField::EarlierStart(i))}
                    legend={format!("{} {n}", CalcText::TvEarlierStart.text(lang))}
                    value={p.start.clone()} on_change={on_start} error={err(TvField::EarlierStart(i))} />
                <DateField id={field_id("tv", TvField::EarlierEnd(i))}
                    legend={format!("{} {n}", CalcText::TvEarlierEnd.text(lang))}
                    value={p.end.clone()} on_change={on_end} error={err(TvField::EarlierEnd(i))} />
                <button type="button" class="sw-button sw-button--secondary" onclick={on_remove}>
                    { format!("{} {n}", CalcText::TvEarlierRemove.text(lang)) }
                </button>
            </div>
        }
    });
    let on_add_earlier = form.setter(|f, _: MouseEvent| f.earlier.push(Default::default()));

    html! {
        <>
            <PageHeading text={t(CalcText::TvTitle)} error={!errors.is_empty()} />
            <p class="sw-lead">{ t(CalcText::TvIntro) }</p>
            <LinkNotices id="tv-link-notice" notices={initial.notices.clone()} />
            if !errors.is_empty() {
                <ErrorSummary title={t(CalcText::ErrorSummaryTitle)} items={summary_items(&errors, lang)}
                    focus_key={form.submits()} />
            }
            <div class="sw-calc">
                <form class="sw-calc__form" novalidate=true {onsubmit} id="tv-form">
                    <DateField id={field_id("tv", TvField::Start)} legend={t(CalcText::TvStart)} hint={t(CalcText::TvStartHint)}
                        value={fields.start.clone()} on_change={form.setter(|f, v: DateParts| f.start = v)} error={err(TvField::Start)} />
                    <DateField id={field_id("tv", TvField::Einde)} legend={t(CalcText::TvEnd)} hint={t(CalcText::TvEndHint)}
                        value={fields.einde.clone()} on_change={form.setter(|f, v: DateParts| f.einde = v)} error={err(TvField::Einde)} />
                    <RadioGroup id="tv-loonvorm" legend={t(CalcText::TvWageMode)} options={wage_options} inline=true
                        selected={if fields.wage_mode == WageMode::Hourly { "uur" } else { "maand" }}
                        on_change={on_wage_mode} />
                    if fields.wage_mode == WageMode::Monthly {
                        <MoneyField id={field_id("tv", TvField::Loon)} label={t(CalcText::TvLoon)} hint={t(CalcText::TvLoonHint)}
                            value={fields.loon.clone()} on_change={form.setter(|f, v: String| f.loon = v)} error={err(TvField::Loon)}
                            help={help(CalcText::TvLoonHelp)} />
                    } else {
                        <MoneyField id={field_id("tv", TvField::Uurloon)} label={t(CalcText::TvUurloon)}
                            value={fields.uurloon.clone()} on_change={form.setter(|f, v: String| f.uurloon = v)} error={err(TvField::Uurloon)} />
                        <TextField id={field_id("tv", TvField::Uren)} label={t(CalcText::TvUren)} kind={TextKind::Hours}
                            value={fields.uren.clone()} on_change={form.setter(|f, v: String| f.uren = v)} error={err(TvField::Uren)} />
                    }
                    <TextField id={field_id("tv", TvField::Vakantiegeld)} label={t(CalcText::TvVakantiegeld)}
                        hint={t(CalcText::TvVakantiegeldHint)} kind={TextKind::Percentage} suffix="%"
                        value={fields.vakantiegeld.clone()} on_change={form.setter(|f, v: String| f.vakantiegeld = v)}
                        error={err(TvField::Vakantiegeld)} help={help(CalcText::TvVakantiegeldHelp)} />
                    <MoneyField id={field_id("tv", TvField::VastJaar)} label={format!("{} {}", CalcText::TvVastJaar.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TvVastJaarHint)} value={fields.vast_jaar.clone()} on_change={form.setter(|f, v: String| f.vast_jaar = v)}
                        error={err(TvField::VastJaar)} help={help(CalcText::TvVastJaarHelp)} />
                    <MoneyField id={field_id("tv", TvField::Vast12m)} label={format!("{} {}", CalcText::TvVast12m.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TvVast12mHint)} value={fields.vast_12m.clone()} on_change={form.setter(|f, v: String| f.vast_12m = v)}
                        error={err(TvField::Vast12m)} help={help(CalcText::TvVast12mHelp)} />
                    <MoneyField id={field_id("tv", TvField::Variabel3j)} label={format!("{} {}", CalcText::TvVariabel3j.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TvVariabel3jHint)} value={fields.variabel_3j.clone()} on_change={form.setter(|f, v: String| f.variabel_3j = v)}
                        error={err(TvField::Variabel3j)} help={help(CalcText::TvVariabel3jHelp)} />
                    <RadioGroup id={field_id("tv", TvField::Reden)} legend={t(CalcText::TvReden)} hint={t(CalcText::TvRedenHint)}
                        options={reden_options} selected={fields.reden.code()} on_change={on_reden}
                        error={err(TvField::Reden)} />
                    if fields.reden == Termination::PartialDismissal {
                        <TextField id={field_id("tv", TvField::Deel)} label={t(CalcText::TvDeel)} hint={t(CalcText::TvDeelHint)}
                            kind={TextKind::Percentage} suffix="%" value={fields.deel.clone()}
                            on_change={form.setter(|f, v: String| f.deel = v)} error={err(TvField::Deel)} />
                    }
                    <MoneyField id={field_id("tv", TvField::Kosten)} label={format!("{} {}", CalcText::TvKosten.text(lang), CalcText::Optional.text(lang))}
                        hint={t(CalcText::TvKostenHint)} value={fields.kosten.clone()} on_change={form.setter(|f, v: String| f.kosten = v)}
                        error={err(TvField::Kosten)} help={Some((t(CalcText::WhatDoesThisMean), t(CalcText::TvKostenHelp)))} />
                    <fieldset class="sw-fieldset sw-fieldset--group">
                        <legend class="sw-fieldset__legend">{ format!("{} {}", CalcText::TvEarlier.text(lang), CalcText::Optional.text(lang)) }</legend>
                        <p class="sw-hint">{ t(CalcText::TvEarlierHint) }</p>
                        { for earlier }
                        <button type="button" class="sw-button sw-button--secondary" onclick={on_add_earlier}>
                            { t(CalcText::TvEarlierAdd) }
                        </button>
                    </fieldset>
                    <Details summary={t(CalcText::TvIllness)} id="tv-illness" open={fields.has_illness_inputs()}>
                        <p class="sw-hint">{ t(CalcText::TvIllnessHint) }</p>
                        <DateField id={field_id("tv", TvField::EersteZiektedag)} legend={t(CalcText::TvEersteZiektedag)}
                            hint={t(CalcText::TvEersteZiektedagHint)} value={fields.eerste_ziektedag.clone()}
                            on_change={form.setter(|f, v: DateParts| f.eerste_ziektedag = v)} error={err(TvField::EersteZiektedag)} />
                        <MoneyField id={field_id("tv", TvField::LoonTijdensZiekte)} label={t(CalcText::TvLoonTijdensZiekte)}
                            hint={t(CalcText::TvLoonTijdensZiekteHint)} value={fields.loon_tijdens_ziekte.clone()}
                            on_change={form.setter(|f, v: String| f.loon_tijdens_ziekte = v)} error={err(TvField::LoonTijdensZiekte)} />
                        <DateField id={field_id("tv", TvField::Betaaldatum)} legend={t(CalcText::TvBetaaldatum)}
                            hint={t(CalcText::TvBetaaldatumHint)} value={fields.betaaldatum.clone()}
                            on_change={form.setter(|f, v: DateParts| f.betaaldatum = v)} error={err(TvField::Betaaldatum)} />
                        <RadioGroup id={field_id("tv", TvField::WerkgeverGrootte)} legend={t(CalcText::TvWerkgeverGrootte)}
                            hint={t(CalcText::TvWerkgeverGrootteHint)} options={size_options}
                            selected={fields.werkgever_grootte.code()} on_change={on_size}
                            error={err(TvField::WerkgeverGrootte)} />
                    </Details>
                    { submit_button("tv-submit", &t(CalcText::TvCalculate)) }
                </form>
                <section class="sw-calc__result" aria-labelledby="tv-result-heading">
                    <div aria-live="polite">
                        <h2 id="tv-result-heading" tabindex="-1">{ t(CalcText::TvResultHeading) }</h2>
                        { match &*outcome {
                            Some(Ok(r)) => result_view(r, spoorwijzer_core::flow::voice(&app.answers), today, lang),
                            Some(Err(_)) | None => html! { <p class="sw-muted">{ t(CalcText::TvResultEmpty) }</p> },
                        } }
                    </div>
                    if matches!(*outcome, Some(Ok(_))) {
                        <div class="sw-button-group">
                            <button type="button" class="sw-button sw-button--secondary" id="tv-copy-link"
                                onclick={on_copy_link}>{ t(CalcText::CopyLink) }</button>
                        </div>
                    }
                    <p role="status" class="sw-status" id="tv-status">
                        { status.map(|c| c.text(lang)).unwrap_or("") }
                    </p>
                </section>
            </div>
        </>
    }
}

fn uncertain_note(r: &TvResult, key: &str, voice: Voice, lang: Lang) -> Html {
    let notes = tv::uncertain_for(r, key);
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <div class="sw-uncertain">
            <p class="sw-uncertain__title">{ CalcText::TvUncertainTitle.text(lang) }</p>
            <ul>{ for notes.iter().map(|u| html! { <li>{ uncertainty_text(*u, voice, lang) }</li> }) }</ul>
        </div>
    }
}

/// After long illness: the amount at the end of the 104 weeks (Xella) and the UWV
/// compensation with its status; a pending bill speaks through the register's notice.
fn illness_view(r: &TvResult, lang: Lang) -> Html {
    use spoorwijzer_core::flow::outcome::{PendingMeaning, PendingNotice};
    use spoorwijzer_core::pending_law::PendingLawId;
    use spoorwijzer_core::text::calc::compensation_status_label;
    use spoorwijzer_core::text::flow::outcome::render_pending;
    let t = |c: CalcText| c.text(lang);
    let Some(comp) = r.compensation else {
        return html! {};
    };
    let pending = match (comp.status, r.wachttijd_end) {
        (
            CompensationStatus::DependsOnPendingLaw | CompensationStatus::DependsOnEmployerSize,
            Some(end),
        ) => Some(render_pending(
            &PendingNotice {
                id: PendingLawId::Bill36869,
                meaning: PendingMeaning::Compensation {
                    size: r.employer_size,
                    wachttijd_end: end,
                },
            },
            lang,
        )),
        _ => None,
    };
    html! {
        <>
            <h3>{ t(CalcText::TvIllnessResult) }</h3>
            <dl class="sw-summary-list" id="tv-illness-result">
                if let Some(x) = r.xella_amount {
                    <dt>{ t(CalcText::TvXellaAmount) }</dt>
                    <dd id="tv-xella">{ format::amount(x, lang) }</dd>
                }
                <dt>{ t(CalcText::TvCompensationStatus) }</dt>
                <dd id="tv-compensation-status" data-status={comp.status.code()}>
                    { compensation_status_label(comp.status, lang) }
                </dd>
                if let Some(a) = comp.amounts {
                    <dt>{ t(CalcText::TvCompensation) }</dt>
                    <dd id="tv-compensation">{ format::amount(a.amount, lang) }</dd>
                }
                if let Some(d) = comp.deadline {
                    <dt>{ t(CalcText::TvCompensationDeadline) }</dt>
                    <dd>{ format::long_date(d, lang) }</dd>
                }
            </dl>
            if let Some(n) = pending {
                <PendingLawNotice notice={n} dom_id="tv-pending" />
            }
        </>
    }
}

/// The result in the reader's voice: the employer reads "je werknemer", never "je
/// werkgever" (the voice is the interview's role; the employee's before it is known).
fn result_view(r: &TvResult, voice: Voice, today: chrono::NaiveDate, lang: Lang) -> Html {
    let t = |c: CalcText| c.text(lang);
    let shown = if r.due { r.payable } else { r.amount };
    html! {
        <div class="sw-result" id="tv-result">
            <p class="sw-amount">
                <span class="sw-amount__label">{ t(CalcText::TvAmountLabel) }</span>
                <span class="sw-amount__value" id="tv-amount">{ format::amount(shown, lang) }</span>
            </p>
            { uncertain_note(r, "payable", voice, lang) }
            <p class={classes!("sw-verdict", if r.due { "sw-verdict--due" } else { "sw-verdict--not-due" })} id="tv-verdict">
                <strong>{ if r.due { t(CalcText::TvDue) } else { t(CalcText::TvNotDue) } }</strong>
            </p>
            <p>{ reason_text(r.reason, voice, lang) }</p>
            <p class="sw-muted">{ format!("{}: {}", t(CalcText::TvLegalBasis), r.reason.basis()) }</p>
            if !r.due {
                <p>{ t(CalcText::TvNotDueBenchmark) }</p>
            }
            <h3>{ t(CalcText::TvBreakdown) }</h3>
            <table class="sw-breakdown">
                <tbody>
                    { for tv::breakdown(r).into_iter().map(|row| {
                        let uncertain = row.key().is_some_and(|k| !tv::uncertain_for(r, k).is_empty());
                        let (label, value) = breakdown_row(row, lang);
                        html! {
                            <tr>
                                <th scope="row">{ label }</th>
                                <td class="sw-breakdown__num">
                                    { value }
                                    if uncertain {
                                        <span class="sw-uncertain-mark">{ format!(" ({})", t(CalcText::TvUncertainMark)) }</span>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <h3>{ t(CalcText::TvCap) }</h3>
            <p id="tv-cap">
                { cap_text(r, lang) }
                if let Some(src) = tv::cap_source(r).filter(|_| !r.cap_is_annual_wage) {
                    { " " }{ t(CalcText::TlSource) }{ ": " }
                    { crate::components::source_link::source_link(&src, lang) }
                }
            </p>
            if r.capped {
                <p>{ t(CalcText::TvCapped) }</p>
            }
            { uncertain_note(r, "cap", voice, lang) }
            { illness_view(r, lang) }
            // The claim deadline is for a transitievergoeding that is owed; a date already
            // past says so (for example after a dormant contract's wachttijd).
            if r.due {
                <h3>{ t(CalcText::TvDeadlines) }</h3>
                <dl class="sw-summary-list">
                    <dt>{ t(CalcText::TvClaimDeadline) }</dt>
                    <dd id="tv-claim-deadline">
                        { format::long_date(r.claim_deadline, lang) }
                        if r.claim_deadline < today {
                            { " " }{ t(CalcText::TvClaimDeadlinePassed) }
                        }
                    </dd>
                </dl>
            }
            <Details summary={t(CalcText::TvHowCalculated)} id="tv-how">
                <ol class="sw-explanation">
                    { for r.explanation.iter().map(|l| html! { <li>{ line_text(*l, voice, lang) }</li> }) }
                </ol>
            </Details>
        </div>
    }
}
