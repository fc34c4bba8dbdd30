//! Deductions stage: the costs the employer may take off (art. 7:673 lid 6 BW), in the
//! order given and never below zero, and what is left to pay.

use super::explain::{Line, ReasonCode};
use super::q::Ratio;
use super::{
    money, ov, DeductionKind, DeductionPart, DeductionResult, Field, Staged, TvError, TvInput,
    MAX_MONTHLY_CENTS,
};
use crate::money::Cents;

/// What the deductions stage gives.
pub(super) struct Deducted {
    pub deductions: Vec<DeductionResult>,
    /// What the employer must pay, exact (zero when not due).
    pub payable_q: Ratio,
    pub payable: Cents,
    /// The transitiekosten actually taken off (part (a) of the UWV compensation).
    pub transitiekosten: Ratio,
}

/// The deductions stage: each deduction of `input` checked and taken off `amount`.
pub(super) fn stage(
    input: &TvInput,
    due: bool,
    amount: Ratio,
) -> Result<Staged<Deducted>, TvError> {
    let o = ov(Field::Input);
    let mut lines = Vec::new();
    let mut deductions = Vec::new();
    let mut remaining = amount;
    let mut deducted_transitiekosten = Ratio::ZERO;
    for (i, dd) in input.deductions.iter().enumerate() {
        let amt = money(
            Field::Deduction(i, DeductionPart::Amount),
            dd.amount,
            100 * MAX_MONTHLY_CENTS,
        )?;
        let reason = match dd.kind {
            DeductionKind::Reintegratie => ReasonCode::DeductionReintegratie,
            DeductionKind::Transitiekosten | DeductionKind::Inzetbaarheidskosten => {
                if !dd.specified_in_writing_before {
                    ReasonCode::DeductionNotSpecifiedBefore
                } else if !dd.employee_consent_in_writing {
                    ReasonCode::DeductionNoConsent
                } else if !due {
                    ReasonCode::DeductionNothingDue
                } else {
                    ReasonCode::DeductionAccepted
                }
            }
        };
        let accepted = reason == ReasonCode::DeductionAccepted;
        let applied = if accepted {
            amt.min_q(remaining)
                .map_err(&o)?
                .max_q(Ratio::ZERO)
                .map_err(&o)?
        } else {
            Ratio::ZERO
        };
        remaining = remaining.minus(applied).map_err(&o)?;
        if accepted && dd.kind == DeductionKind::Transitiekosten {
            deducted_transitiekosten = deducted_transitiekosten.plus(applied).map_err(&o)?;
        }
        let r = DeductionResult {
            kind: dd.kind,
            amount: amt.round(),
            accepted,
            applied: applied.round(),
            reason,
        };
        lines.push(Line::DeductionLine {
            kind: dd.kind,
            amount: r.amount,
            accepted,
            applied: r.applied,
            reason,
        });
        deductions.push(r);
    }
    let payable_q = if due { remaining } else { Ratio::ZERO };
    let payable = payable_q.round();
    lines.push(Line::Payable {
        due,
        amount: payable,
    });
    Ok(Staged::new(
        Deducted {
            deductions,
            payable_q,
            payable,
            transitiekosten: deducted_transitiekosten,
        },
        lines,
    ))
}
