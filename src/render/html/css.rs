//! The report's one stylesheet, inlined: a CJK font stack, tabular figures aligned right, one
//! palette for platforms, statuses and severities (each also said in words, so the page reads
//! in black and white), and print rules for A4 with a page break before each section.

/// The stylesheet of every report page.
pub const STYLE: &str = r#"
:root{--ink:#1b2430;--muted:#5b6675;--line:#d9dee5;--panel:#f5f7fa;--brand:#1f3a5f;
--ok:#2e7d32;--due:#b26a00;--critical:#c62828;--expired:#8e1b1b;--lapsed:#3d3d3d;--info:#3d5a80;
--wecom:#2f6fb3;--official_account:#2e8b57;--mini_program:#7a5cc2;--dingtalk:#d9822b;
--gov_account:#b23b3b;--alipay:#0a8fb0;--icp:#6b7280}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#eef1f5;color:var(--ink);
font:14px/1.55 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 28px 48px;background:#fff;min-height:100vh}
header.masthead{border-bottom:3px solid var(--brand);padding-bottom:14px;margin-bottom:18px}
.eyebrow{color:var(--muted);font-size:13px;letter-spacing:.04em;text-transform:uppercase;margin:0}
h1{font-size:26px;margin:2px 0 10px;color:var(--brand);line-height:1.3}
h2{font-size:19px;margin:0 0 10px;color:var(--brand);border-bottom:1px solid var(--line);padding-bottom:6px}
h3{font-size:15px;margin:16px 0 6px}
section{margin:26px 0 0}
dl.facts{display:flex;flex-wrap:wrap;gap:6px 26px;margin:0}
dl.facts div{display:flex;gap:6px}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin:18px 0 4px}
.card{background:var(--panel);border:1px solid var(--line);border-left:4px solid var(--brand);border-radius:6px;padding:10px 14px}
.card .label{color:var(--muted);font-size:12.5px}
.card .value{font-size:21px;font-weight:700;font-variant-numeric:tabular-nums;white-space:nowrap}
.card .note{color:var(--muted);font-size:12px}
.card.warn{border-left-color:var(--due)} .card.bad{border-left-color:var(--critical)} .card.good{border-left-color:var(--ok)}
table{border-collapse:collapse;width:100%;margin:8px 0 4px;font-size:13.5px}
th,td{padding:6px 9px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--panel);color:var(--muted);font-weight:600;font-size:12.5px;border-bottom:2px solid var(--line)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.date{font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:700;border-top:2px solid var(--ink);border-bottom:none}
tr.part td{color:var(--muted);font-size:12.5px;border-bottom:none;padding-top:1px;padding-bottom:1px}
tr.part td:first-child{padding-left:24px}
tr.platform td{border-top:1px solid var(--line)}
tr.platform td:first-child{white-space:nowrap}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px;vertical-align:0}
sup.fn{font-size:10px;margin-left:2px;white-space:nowrap} sup.fn a{color:var(--muted);text-decoration:none}
table.figures td.num,table.figures th.num{padding-right:30px;position:relative}
table.figures td.num sup.fn{position:absolute;right:3px;top:5px;margin:0}
td.nowrap{white-space:nowrap}
table.clients,table.clients thead,table.clients tbody,table.clients th,table.clients td{display:block;min-width:0}
table.clients th.num{white-space:normal}
table.clients tr{display:grid;grid-template-columns:20% 8% 21% 7% 9% 17% 9% 9%}
table.clients tbody tr{content-visibility:auto;contain-intrinsic-size:auto 44px}
table.sortable th button{all:unset;cursor:pointer}
table.sortable th button::after{content:"\a0↕";color:var(--line)}
table.sortable th[aria-sort=ascending] button::after{content:"\a0▲";color:var(--muted)}
table.sortable th[aria-sort=descending] button::after{content:"\a0▼";color:var(--muted)}
table.sortable th button:focus-visible{outline:2px solid var(--brand)}
ul.binding{margin:4px 0 8px;padding-left:20px;color:var(--critical)} ul.binding li{margin:2px 0}
table.benefits{table-layout:fixed} table.benefits th:first-child{width:26%} table.benefits th:nth-child(2){width:30%}
td.client{min-width:230px} span.date{white-space:nowrap;font-variant-numeric:tabular-nums}
figure{margin:10px 0 6px} figure svg{width:100%;height:auto;display:block}
figcaption{color:var(--muted);font-size:12.5px;margin-top:4px}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;color:var(--muted);font-size:12.5px;margin:6px 0}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:700;white-space:nowrap;border:1px solid currentColor}
.s-ok{color:var(--ok)} .s-due{color:var(--due)} .s-critical{color:var(--critical)} .s-expired{color:var(--expired)}
.s-lapsed{color:var(--lapsed)} .s-info{color:var(--info)} .s-warning{color:var(--due)} .s-none{color:var(--muted)}
.badge.s-critical,.badge.s-expired{background:#fdecec} .badge.s-due,.badge.s-warning{background:#fff4e0}
.badge.s-ok{background:#eaf5eb} .badge.s-lapsed{background:#ececec} .badge.s-info{background:#eaf0f7}
ul.checklist{list-style:none;padding:0;margin:4px 0 10px;columns:2;column-gap:28px}
ul.checklist li{break-inside:avoid;display:flex;gap:8px;padding:3px 0}
.box{flex:none;display:inline-block;width:15px;height:15px;border:1.5px solid var(--ink);border-radius:2px;
font-size:12px;line-height:12px;text-align:center;font-weight:700;margin-top:3px}
.box.problem{border-color:var(--critical);color:var(--critical)}
.problem-text{color:var(--critical);font-size:12.5px;display:block}
.missing-text{color:var(--muted);font-size:12.5px;display:block}
.optional{color:var(--muted);font-size:12.5px}
.muted{color:var(--muted)}
.note{color:var(--muted);font-size:12.5px;margin:4px 0}
ol.sources{font-size:12.5px;color:var(--muted);padding-left:26px} ol.sources code{color:var(--ink)}
a{color:var(--brand)}
footer{margin-top:32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);padding-top:8px}
@page{size:A4;margin:14mm 12mm}
@media print{
body{background:#fff;font-size:11.5px}
main{max-width:none;padding:0}
section.major{break-before:page}
figure,li,tr{break-inside:avoid}
table{font-size:10.5px} th,td{padding:4px 6px} td.client{min-width:0;width:26%}
table.sortable th button::after{content:none}
table.clients tbody tr{content-visibility:visible}
a{color:inherit;text-decoration:none}
.card{break-inside:avoid}
}
"#;
