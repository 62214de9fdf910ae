# 申请前检查的发现（领域真相第二轮）。
check-small-micro-unusual = 填写了 small_micro = true，但成员数为 { $members }：按《中小企业划型标准规定》（工信部联企业〔2011〕300号），按从业人员划分的行业中小型企业一般少于 300 人，多数远低于此
check-small-micro-unusual-fix = 请按所属行业核对企业划型（部分行业只看营业收入或资产总额）；深圳补贴以划型正确为前提
