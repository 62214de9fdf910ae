# timeline 命令。
timeline-certification-timeline-starting = 认证时间表，开始于 { $start }
timeline-step = 步骤
timeline-duration = 时长
timeline-done-between = 预计完成
timeline-only-if-needed = 仅在需要时
timeline-expected-done = 预计完成：{ $earliest } 至 { $latest }（{ $min }–{ $max } 个工作日）
timeline-expected-done-provisional = 预计完成：{ $earliest } 至 { $latest }（{ $min }–{ $max } 个工作日；暂定：涉及尚未公布节假日的年份）
timeline-legend = ↳ 在上一审核期内进行；? 仅在出现问题时发生，不计入预计时间。
timeline-days = { $range } 个{ $unit }
timeline-days-about = 约 { $days } 个{ $unit }
timeline-days-at-most = 最长 { $days } 个{ $unit }
timeline-basis-annual-review = 已于 { $certified_on } 认证，{ $expires_on } 到期：以下为年审步骤，自 { $start } 起提交（年审窗口 { $window_opens_on } 开启）。
timeline-basis-recertification = 已于 { $certified_on } 认证，但宽限期已于 { $grace_ended_on } 结束（已失效）：以下为重新完整认证的步骤。
timeline-certified-without-review = { $platform }：已于 { $certified_on } 认证；无年审，无需安排。
timeline-basis-annual-review-expired = 已于 { $certified_on } 认证，{ $expires_on } 已到期，宽限期至 { $grace_ends_on }：以下为年审步骤，自 { $start } 起提交。
