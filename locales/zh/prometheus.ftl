# `remind --format prometheus`：每个指标的 HELP 行。
prometheus-help-certplan-review-expiry-timestamp-seconds = 认证有效期最后一天结束的时刻（北京时间次日零点），Unix 秒。
prometheus-help-certplan-review-start-by-timestamp-seconds = 年审最迟提交日结束的时刻（北京时间），按最长审核时间在到期前办完，Unix 秒。
prometheus-help-certplan-review-days-left = 截至查询日距到期的天数（已过期为负数）。
prometheus-help-certplan-review-status = 查询日的认证状态：当前状态为 1，其余为 0。
prometheus-help-certplan-reviews = 各状态下已申请的平台数。
prometheus-help-certplan-profiles-failed = 无法读取或内容无效的档案数。
prometheus-help-certplan-calendar-provisional = 有日期依据尚未发布放假通知的年份推算（暂定）时为 1，否则为 0。
prometheus-duplicate = 客户 { $client } 的 { $platform } 出现在多个档案中：指标只保留第一个（请为每个档案填写不同的 client_id）。
