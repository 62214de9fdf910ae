# benefits 命令。
benefits-already-binding-for-this-organisation = 对本组织已有限制：
benefits-what-certification-unlocks = 认证前后对比
benefits-uncertified = 未认证
benefits-certified = 已认证
benefits-general-title = 认证前后对比
benefits-note-line = 注：{ $text } { $cite }
benefits-binding = - { $problem } → { $fix } { $cite }
benefits-binding-with-cost = - { $problem } → { $fix }；费用 { $cost } 元 { $cite }
benefits-exceeded = { $members } 名成员超过未认证时的“{ $benefit }”上限 { $limit }
benefits-fix-tier-up-to = 认证为{ $tier }档（最多 { $max } 人）
benefits-fix-tier-unlimited = 认证为{ $tier }档（不限人数）
benefits-fix-certify = 认证
benefits-ruled-out-by-type = { $account_type }不能使用“{ $benefit }”
benefits-fix-service-account = 改用服务号（type = "service"）
benefits-ruled-out-by-level = { $level }政务账号没有“{ $benefit }”
benefits-fix-other-channel = 需要收款时使用其他渠道（或由上级单位的服务号承担）
benefits-needs-corporate-account = 没有对公账户，无法使用“{ $benefit }”
benefits-fix-open-account = 开立对公账户
benefits-certification-required = { $kind }未认证时：{ $uncertified }
benefits-fix-certify-first = 先完成认证
benefits-fix-renew-expired = 认证已于 { $expired } 到期：请在宽限期最后一天 { $grace } 前通过年审
benefits-fix-recertify-lapsed = 认证在 { $grace } 之后已失效：须按首次认证价格重新完整认证
