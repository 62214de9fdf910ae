//! A folder of clients at a glance: totals, the payments per month, every renewal sorted by
//! date with its status, and one row per client with its next payment, next deadline and open
//! findings. Built one organisation at a time, so a portfolio of thousands never holds their
//! plans together.

use super::OrgReport;
use super::payments::{MonthPayments, Payment, by_month, payments_due};
use crate::money::Fen;
use crate::platform::Platform;
use crate::review::ReviewStatus;
use chrono::NaiveDate;

/// What a client's next deadline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// The last day to submit the annual review and finish before expiry.
    SubmitBy,
    /// Too late to finish in time: the certification expires on this day.
    Expires,
    /// Expired: the grace period ends on this day.
    GraceEnds,
}

/// A dated deadline of one platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The day.
    pub date: NaiveDate,
    /// The platform.
    pub platform: Platform,
    /// What happens on the day.
    pub kind: DeadlineKind,
}

/// The next deadline of an organisation that has not passed: the earliest of its reviews' last
/// days to submit (its expiry once too late, the end of grace once expired; none once lapsed).
pub fn next_deadline(report: &OrgReport<'_>) -> Option<Deadline> {
    report
        .schedule
        .reviews
        .iter()
        .filter_map(|review| {
            let (date, kind) = match review.status {
                ReviewStatus::Lapsed => return None,
                ReviewStatus::Expired => (review.grace_ends_on, DeadlineKind::GraceEnds),
                _ if review.late_start => (review.expires_on, DeadlineKind::Expires),
                _ => (review.start_by, DeadlineKind::SubmitBy),
            };
            Some(Deadline {
                date,
                platform: review.platform,
                kind,
            })
        })
        .min_by_key(|deadline| (deadline.date, deadline.platform))
}

/// One client's row.
#[derive(Clone, Debug)]
pub struct ClientRow {
    /// The organisation's name, as the profile gives it.
    pub name: String,
    /// The client's own id (`[org] client_id`, a list's `client_id` column), if it has one.
    pub client_id: Option<String>,
    /// The profile path, as given.
    pub path: String,
    /// First certification of the platforms chosen.
    pub first_fen: Fen,
    /// The multi-year total of the quote.
    pub total_fen: Fen,
    /// The next payment in the months ahead.
    pub next_payment: Option<Payment>,
    /// The next deadline that has not passed.
    pub next_deadline: Option<Deadline>,
    /// Warnings and critical findings.
    pub open_findings: usize,
    /// Critical findings.
    pub critical_findings: usize,
    /// The worst renewal status, if any platform is certified.
    pub worst_status: Option<ReviewStatus>,
    /// The fewest days left to an expiry (negative once past), if any platform is certified.
    pub days_left: Option<i64>,
    /// What the reviews needing action cost (due, critical, expired; a lapsed one at the full
    /// first fee): the money at stake if nothing is done.
    pub at_stake_fen: Fen,
}

impl ClientRow {
    /// Whether the client needs action: a review due, critical, expired or lapsed. (Findings
    /// have their own column: documents not listed yet would otherwise put every new client
    /// first.)
    pub fn needs_action(&self) -> bool {
        self.worst_status >= Some(ReviewStatus::Due)
    }
}

/// One renewal in the portfolio.
#[derive(Clone, Debug)]
pub struct RenewalRow {
    /// Index of the client in [`Portfolio::clients`].
    pub client: usize,
    /// The platform.
    pub platform: Platform,
    /// Last day of validity.
    pub expires_on: NaiveDate,
    /// Last day to submit the review.
    pub start_by: NaiveDate,
    /// Days to expiry (negative once past).
    pub days_left: i64,
    /// Status on the as-of day.
    pub status: ReviewStatus,
    /// The review's fee.
    pub fee_fen: Fen,
}

/// The portfolio of a folder of profiles.
#[derive(Clone, Debug)]
pub struct Portfolio {
    /// The day it is made for.
    pub as_of: NaiveDate,
    /// One row per client, in the order added.
    pub clients: Vec<ClientRow>,
    /// Every renewal, by expiry (call [`Portfolio::finish`]).
    pub renewals: Vec<RenewalRow>,
    /// Every payment expected in the months ahead.
    pub payments: Vec<Payment>,
}

impl Portfolio {
    /// An empty portfolio for `as_of`.
    pub fn new(as_of: NaiveDate) -> Portfolio {
        Portfolio {
            as_of,
            clients: Vec::new(),
            renewals: Vec::new(),
            payments: Vec::new(),
        }
    }

    /// Adds one client's plans; returns its index.
    pub fn add(
        &mut self,
        name: &str,
        client_id: Option<&str>,
        path: &str,
        report: &OrgReport<'_>,
    ) -> usize {
        let index = self.clients.len();
        let payments = payments_due(report);
        let next_deadline = next_deadline(report);
        for review in &report.schedule.reviews {
            self.renewals.push(RenewalRow {
                client: index,
                platform: review.platform,
                expires_on: review.expires_on,
                start_by: review.start_by,
                days_left: review.days_left,
                status: review.status,
                fee_fen: review.fee_fen,
            });
        }
        self.clients.push(ClientRow {
            name: name.to_owned(),
            client_id: client_id.map(str::to_owned),
            path: path.to_owned(),
            first_fen: report.quote.first_fen,
            total_fen: report.quote.total_fen,
            next_payment: payments.first().copied(),
            next_deadline,
            open_findings: report.open_findings(),
            critical_findings: report
                .findings
                .iter()
                .filter(|finding| finding.severity == crate::check::Severity::Critical)
                .count(),
            worst_status: report.schedule.worst(),
            days_left: report
                .schedule
                .reviews
                .iter()
                .map(|review| review.days_left)
                .min(),
            at_stake_fen: report
                .schedule
                .reviews
                .iter()
                .filter(|review| review.status >= ReviewStatus::Due)
                .fold(Fen::ZERO, |sum, review| sum + review.fee_fen),
        });
        self.payments.extend(payments);
        index
    }

    /// Sorts the renewals by expiry (then client and platform).
    pub fn finish(&mut self) {
        self.renewals
            .sort_by_key(|row| (row.expires_on, row.client, row.platform));
    }

    /// The payments per month over the months ahead.
    pub fn months(&self) -> Vec<MonthPayments> {
        by_month(&self.payments, self.as_of)
    }

    /// Σ first certification over the clients.
    pub fn first_fen(&self) -> Fen {
        self.clients
            .iter()
            .fold(Fen::ZERO, |sum, client| sum + client.first_fen)
    }

    /// Σ multi-year totals over the clients.
    pub fn total_fen(&self) -> Fen {
        self.clients
            .iter()
            .fold(Fen::ZERO, |sum, client| sum + client.total_fen)
    }

    /// Σ payments expected in the months ahead.
    pub fn due_fen(&self) -> Fen {
        self.payments
            .iter()
            .fold(Fen::ZERO, |sum, payment| sum + payment.amount)
    }

    /// How many renewals have `status`.
    pub fn count(&self, status: ReviewStatus) -> usize {
        self.renewals
            .iter()
            .filter(|row| row.status == status)
            .count()
    }

    /// The clients needing action ([`ClientRow::needs_action`]), most urgent first: worst
    /// status, then the nearest deadline, then the most money at stake, then as read.
    pub fn needing_action(&self) -> Vec<usize> {
        let mut indices: Vec<usize> = (0..self.clients.len())
            .filter(|index| self.clients[*index].needs_action())
            .collect();
        indices.sort_by_key(|index| {
            let client = &self.clients[*index];
            (
                std::cmp::Reverse(client.worst_status),
                client.next_deadline.map(|deadline| deadline.date),
                std::cmp::Reverse(client.at_stake_fen),
                *index,
            )
        });
        indices
    }

    /// Σ open findings over the clients.
    pub fn open_findings(&self) -> usize {
        self.clients.iter().map(|client| client.open_findings).sum()
    }
}
