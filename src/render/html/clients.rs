//! A portfolio's clients in two compact tables, a row each: those needing action first (the
//! worst status, then the nearest deadline, then the money at stake), then every other client.
//! Ten thousand rows stay light: no chart and no nested table per client; the rows are laid out
//! as grids that the browser skips while off screen (`content-visibility`), so the ARIA roles
//! say "table" where the display no longer does; and one small inline script, allowed by its
//! hash in the page's policy, sorts a table by the column whose heading is clicked (without it
//! the tables still read in their given order).

use super::Page;
use super::header::deadline_text;
use super::shown;
use super::svg::{severity_class, status_class};
use crate::check::Severity;
use crate::msg;
use crate::report::portfolio::{ClientRow, Portfolio};
use maud::{Markup, html};

/// Sorts every `table.sortable` by the column of the heading button clicked, ascending then
/// descending: by each cell's `data-v` when it has one, else its text; numbers as numbers.
/// Marks the page `data-sortable="ready"` once in place (the browser test looks for it).
pub const SORT_SCRIPT: &str = r#"(function(){function key(r,i){var c=r.cells[i],v=c.hasAttribute("data-v")?c.getAttribute("data-v"):c.textContent.trim(),n=Number(v);return v!==""&&!isNaN(n)?[0,n]:[v===""?2:1,v];}document.querySelectorAll("table.sortable").forEach(function(t){t.tHead.addEventListener("click",function(e){var b=e.target.closest("button");if(!b)return;var th=b.parentNode,i=th.cellIndex,d=th.getAttribute("aria-sort")==="ascending"?-1:1;Array.prototype.forEach.call(t.tHead.rows[0].cells,function(c){c.removeAttribute("aria-sort");});th.setAttribute("aria-sort",d>0?"ascending":"descending");var body=t.tBodies[0],rows=Array.prototype.map.call(body.rows,function(r){return[key(r,i),r];});rows.sort(function(x,y){var a=x[0],b=y[0];if(a[0]!==b[0])return a[0]-b[0];if(a[0]===0)return(a[1]-b[1])*d;return String(a[1]).localeCompare(String(b[1]))*d;});var f=document.createDocumentFragment();rows.forEach(function(p){f.appendChild(p[1]);});body.appendChild(f);});});document.documentElement.setAttribute("data-sortable","ready");})();"#;

/// The CSP source allowing [`SORT_SCRIPT`]: its SHA-256, base64 (checked by a test).
pub const SORT_SCRIPT_HASH: &str = "'sha256-XXyXhvRbQtlbgg7qviwF0CD3RhYtXA56dW4fIWc9AxI='";

/// Where a client's name leads: nowhere (one file), or its own page beside the portfolio
/// (`report DIR -o out/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientLinks {
    /// One self-contained file: names are plain text.
    None,
    /// Each client has `client-N.html` beside the portfolio's `index.html`.
    Pages,
}

/// The file name of client `index`'s own page.
pub fn client_page(index: usize) -> String {
    format!("client-{}.html", index + 1)
}

/// The clients needing action, most urgent first.
pub fn attention(page: &Page<'_>, portfolio: &Portfolio, links: ClientLinks) -> Markup {
    let lang = page.lang;
    let indices = portfolio.needing_action();
    html! {
        section.major #attention {
            h2 { (msg!(lang, "report-attention-title", count = indices.len())) }
            @if indices.is_empty() {
                p.note { (msg!(lang, "report-attention-none")) }
            } @else {
                p.note { (msg!(lang, "report-attention-intro")) }
                (table(page, portfolio, &indices, links))
            }
        }
    }
}

/// Every other client, in the order read.
pub fn others(page: &Page<'_>, portfolio: &Portfolio, links: ClientLinks) -> Markup {
    let lang = page.lang;
    let indices: Vec<usize> = (0..portfolio.clients.len())
        .filter(|index| !portfolio.clients[*index].needs_action())
        .collect();
    html! {
        section.major #clients {
            h2 { (msg!(lang, "report-clients-title-count", count = indices.len())) }
            @if links == ClientLinks::Pages {
                p.note { (msg!(lang, "report-clients-pages-intro")) }
            } @else {
                p.note { (msg!(lang, "report-clients-intro")) }
            }
            @if !indices.is_empty() { (table(page, portfolio, &indices, links)) }
        }
    }
}

/// One sortable table of the clients at `indices`.
fn table(page: &Page<'_>, portfolio: &Portfolio, indices: &[usize], links: ClientLinks) -> Markup {
    let lang = page.lang;
    let heading = |id: &str, numeric: bool| {
        html! {
            th.num[numeric] role="columnheader" { button type="button" { (crate::i18n::message(lang, id)) } }
        }
    };
    html! {
        table.sortable.clients role="table" {
            thead { tr role="row" {
                (heading("report-col-client", false))
                (heading("report-col-status", false))
                (heading("report-col-next-deadline", false))
                (heading("report-col-days-left", true))
                (heading("report-col-at-stake", true))
                (heading("report-col-next-payment", false))
                (heading("report-col-first", true))
                (heading("report-col-open-findings", true))
            } }
            tbody {
                @for &index in indices { (row(page, index, &portfolio.clients[index], links)) }
            }
        }
    }
}

/// A client's row; `data-v` holds what a column sorts by where its text would sort wrong.
fn row(page: &Page<'_>, index: usize, client: &ClientRow, links: ClientLinks) -> Markup {
    let lang = page.lang;
    let rank = client
        .worst_status
        .map_or(String::new(), |status| (status as u8).to_string());
    html! {
        tr id={ "client-" (index + 1) } role="row" {
            td role="cell" {
                @match links {
                    ClientLinks::Pages => a href=(client_page(index)) { (shown(&client.name)) },
                    ClientLinks::None => (shown(&client.name)),
                }
                @if let Some(id) = &client.client_id {
                    " " span.muted.client-id { (shown(id)) }
                }
            }
            td role="cell" data-v=(rank) {
                @match client.worst_status {
                    Some(status) => span.badge.(status_class(status)) { (status.label(lang)) },
                    None => span.badge.s-none { (msg!(lang, "report-not-certified")) },
                }
            }
            @match &client.next_deadline {
                Some(deadline) => td role="cell" data-v=(deadline.date) { span.date { (deadline.date) } " " (deadline_text(deadline, lang)) },
                None => td role="cell" data-v="" { span.muted { "—" } },
            }
            td.num role="cell" { @if let Some(days) = client.days_left { (days) } }
            td.num role="cell" data-v=(client.at_stake_fen.0) {
                @if client.at_stake_fen.0 > 0 { (client.at_stake_fen.yuan_grouped()) }
            }
            @match &client.next_payment {
                Some(payment) => td role="cell" data-v=(payment.date) { span.date { (payment.date) } " " (payment.platform.label(lang)) " ¥" (payment.amount.yuan_grouped()) },
                None => td role="cell" data-v="" { span.muted { "—" } },
            }
            td.num role="cell" data-v=(client.first_fen.0) { (client.first_fen.yuan_grouped()) }
            td.num role="cell" {
                @if client.critical_findings > 0 {
                    span.(severity_class(Severity::Critical)) { strong { (client.open_findings) } }
                } @else { (client.open_findings) }
            }
        }
    }
}
