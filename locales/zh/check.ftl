# 申请前检查的发现（领域真相第二轮）。
check-small-micro-unusual = 填写了 small_micro = true，但成员数为 { $members }：按《中小企业划型标准规定》（工信部联企业〔2011〕300号），按从业人员划分的行业中小型企业一般少于 300 人，多数远低于此
check-small-micro-unusual-fix = 请按所属行业核对企业划型（部分行业只看营业收入或资产总额）；深圳补贴以划型正确为前提
check-id-long-term-too-young = legal_rep.id_expires 填写为“长期”，但身份证号显示出生日期为 { $birth }：持证人现年 { $age } 岁，而长期身份证只发给 46 周岁以上的人
check-id-long-term-too-young-fix = 请照身份证上印的有效期截止日期填写（26–45 岁办理的有效期 20 年，16–25 岁 10 年）
check-causes-title = 已知的驳回原因（占驳回的比例）：
check-cause-ruled-out = 档案数据已排除
check-cause-at-risk = 档案数据显示有风险
check-cause-unknown = 档案无从判断，请自行核对
check-cause-line = { $platform } { $share }%：{ $text }——{ $status }
