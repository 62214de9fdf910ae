# benefits 命令。
benefits-already-binding-for-this-organisation = 对本组织已有限制：
benefits-what-certification-unlocks = 认证前后对比
benefits-uncertified = 未认证
benefits-certified = 已认证
benefits-general-title = 认证前后对比
benefits-note-line = 注：{ $text } { $cite }
benefits-binding = - { $problem } → { $fix } { $cite }
benefits-binding-with-cost = - { $problem } → { $fix }（费用 { $cost } 元） { $cite }
