# 监控（remind --nagios）。
nagios-unreadable = { $count } 个档案无法读取
nagios-nothing = 没有需要关注的认证日期
nagios-nearest = 最近到期：{ $org } { $platform } 于 { $expires } 到期（还剩 { $days } 天）
nagios-nearest-past = 最近到期：{ $org } { $platform } 已于 { $expires } 到期（已过 { $days } 天）
remind-not-certified = 未认证
remind-not-certified-advice = 尚未认证，无需年审；首次认证的费用见 `certplan quote`，日期见 `certplan timeline`。
quote-summary-needs-csv = --summary 仅用于 --format csv（每个档案一行）
bom-needs-csv = --bom 仅用于 CSV 输出：请加上 --format csv
remind-late = 已来不及在 { $expires } 到期前完成（最迟提交日 { $start_by } 已过）；今天提交，预计 { $earliest } 至 { $latest } 完成审核，{ $grace }；费用 { $fee } 元。
remind-late-maybe = 最迟提交日 { $start_by } 已过，不能确保在 { $expires } 到期前完成；今天提交，预计 { $earliest } 至 { $latest } 完成审核，{ $grace }；费用 { $fee } 元。
remind-late-within-grace = 仍在宽限期内（至 { $grace }），请立即提交
remind-late-grace-at-risk = 可能超出宽限期（{ $grace } 结束后认证失效），请立即提交
remind-late-after-grace = 已超出宽限期（{ $grace } 结束），认证将失效，须重新完整认证
nagios-too-late = 已来不及在到期前完成年审
timeline-late-start = 开始日期 { $start } 已过：如今天（{ $today }）开始，预计 { $earliest } 至 { $latest } 完成
