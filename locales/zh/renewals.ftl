# 监控（remind --nagios）。
nagios-unreadable = { $count } 个档案无法读取
nagios-nothing = 没有需要关注的认证日期
nagios-nearest = 最近到期：{ $org } { $platform } 于 { $expires } 到期（还剩 { $days } 天）
nagios-nearest-past = 最近到期：{ $org } { $platform } 已于 { $expires } 到期（已过 { $days } 天）
remind-not-certified = 未认证
remind-not-certified-advice = 尚未认证，无需年审；首次认证的费用见 `certplan quote`，日期见 `certplan timeline`。
quote-summary-needs-csv = --summary 仅用于 --format csv（每个档案一行）
bom-needs-csv = --bom 仅用于 CSV 输出：请加上 --format csv
