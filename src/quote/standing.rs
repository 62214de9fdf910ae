//! Where a platform stands on the quote's day, and what that leaves to pay: a first
//! certification still to come (with its expected subsidy), the annual reviews of a valid
//! certification, or a full re-certification once the grace period has passed (X-LAPSE).

use super::{LineKind, PlatformQuote, Reason};
use crate::money::Fen;
use crate::platform::Platform;
use crate::review::expiry;
use crate::rules::Rules;
use chrono::{Days, NaiveDate};

/// The last day of grace of a certification of `quoted`'s platform approved on `certified_on`,
/// when it has passed on `as_of`: the certification has lapsed and is certified again in full
/// at the first-time price (X-LAPSE; the same test as `timeline::basis_of` and `review_of`).
pub fn lapsed_since(
    rules: &Rules,
    quoted: &PlatformQuote,
    certified_on: NaiveDate,
    as_of: NaiveDate,
) -> Option<NaiveDate> {
    // ICP filings have no annual review (ICP), whatever the validity rules say.
    if quoted.platform == Platform::Icp {
        return None;
    }
    let validity = rules.validity_for(quoted.platform, as_of)?.rule;
    let grace_ends_on = expiry(certified_on, validity.months)?
        .checked_add_days(Days::new(validity.grace_days.into()))?;
    (grace_ends_on < as_of).then_some(grace_ends_on)
}

/// A budget counts what is still to pay (section 10 of the fact register): a platform validly
/// certified owes no first certification, only one annual review a year of the window; a new
/// one owes the first certification and the reviews after it; a lapsed one owes a full
/// re-certification at the first-time price and the reviews after it (X-LAPSE). A platform
/// without an annual review owes none.
pub fn still_to_pay(
    quoted: &mut PlatformQuote,
    certified_on: Option<NaiveDate>,
    lapsed_since: Option<NaiveDate>,
    years: u32,
) {
    quoted.certified_on = certified_on;
    quoted.lapsed_since = lapsed_since;
    let certifies = certified_on.is_none() || lapsed_since.is_some();
    let reviews_after_first = if certifies { years - 1 } else { years };
    quoted.renewals_in_window = if quoted.annual_review_rule.is_some() {
        reviews_after_first
    } else {
        0
    };
    let first = if certifies {
        quoted.first_fen
    } else {
        Fen::ZERO
    };
    quoted.still_to_pay_fen = first + quoted.annual_review_fen.times(quoted.renewals_in_window);
}

/// An expected subsidy follows a first certification still to come (X-SUBSIDY: a
/// reimbursement after payment; `forecast` pays it back after first certifications only): a
/// platform certified on `certified_on` — valid or lapsed — expects none. Its subsidy lines and
/// their notes go, and each subsidy decision says why it no longer applies.
pub fn no_subsidy_once_certified(quoted: &mut PlatformQuote, certified_on: NaiveDate) {
    let subsidies: Vec<&str> = quoted
        .lines
        .iter()
        .filter(|line| line.kind == LineKind::Subsidy)
        .map(|line| line.rule)
        .collect();
    quoted
        .notes
        .retain(|note| !subsidies.contains(&note.about.as_str()));
    quoted.lines.retain(|line| line.kind != LineKind::Subsidy);
    quoted.subsidy_fen = Fen::ZERO;
    for decision in &mut quoted.decisions {
        if decision.applied && subsidies.contains(&decision.rule) {
            decision.applied = false;
            decision.reason = Reason::AlreadyCertified(certified_on);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::money::Fen;
    use crate::profile::parse_profile;
    use crate::quote::{LineKind, quote};
    use crate::rules::{EMBEDDED_RULES, load_rules};
    use chrono::NaiveDate;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// The Shenzhen small/micro enterprise's WeCom quote on `as_of`, certified on `certified`.
    fn wecom(certified: Option<&str>, as_of: &str) -> (Option<NaiveDate>, Fen, Fen, bool) {
        let rules = load_rules("embedded", EMBEDDED_RULES).unwrap();
        let certified = certified.map_or(String::new(), |on| format!("certified_on = {on}\n"));
        let text = format!(
            "[org]\nname = \"x\"\nkind = \"enterprise\"\nmembers = 80\nregion = \"深圳\"\n\
             small_micro = true\n[platforms.wecom]\n{certified}"
        );
        let profile = parse_profile("t.toml", &text).unwrap();
        let quoted = quote(&profile, &rules, day(as_of), 2);
        let wecom = &quoted.platforms[0];
        let subsidy_line = wecom
            .lines
            .iter()
            .any(|line| line.kind == LineKind::Subsidy);
        (
            wecom.lapsed_since,
            wecom.subsidy_fen,
            wecom.still_to_pay_fen,
            subsidy_line,
        )
    }

    #[test]
    fn only_a_first_certification_still_to_come_expects_a_subsidy() {
        assert_eq!(
            wecom(None, "2026-12-05"),
            (None, Fen(15_000), Fen(60_000), true)
        );
        assert_eq!(
            wecom(Some("2026-01-15"), "2026-12-05"),
            (None, Fen::ZERO, Fen(60_000), false)
        );
    }

    #[test]
    fn a_certification_lapses_the_day_after_its_grace_and_is_certified_again_in_full() {
        // Certified 2025-01-01: expires 2025-12-31, grace to 2026-01-30 (X-LAPSE). Two years
        // hold two reviews within grace, or a re-certification and one review once lapsed.
        let grace = wecom(Some("2025-01-01"), "2026-01-30");
        assert_eq!(grace, (None, Fen::ZERO, Fen(60_000), false));
        let lapsed = wecom(Some("2025-01-01"), "2026-01-31");
        assert_eq!(
            lapsed,
            (Some(day("2026-01-30")), Fen::ZERO, Fen(60_000), false)
        );
    }
}
