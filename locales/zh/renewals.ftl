# 监控（remind --nagios）。
nagios-unreadable = { $count } 个档案无法读取
nagios-nothing = 没有需要关注的认证日期
nagios-nearest = 最近到期：{ $org } { $platform } 于 { $expires } 到期（还剩 { $days } 天）
nagios-nearest-past = 最近到期：{ $org } { $platform } 已于 { $expires } 到期（已过 { $days } 天）
