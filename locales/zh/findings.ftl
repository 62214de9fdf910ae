# 申请前检查的发现：问题（check-…）与处理办法（check-…-fix）。

## 主体与法定代表人。
check-uscc-missing = 未填写统一社会信用代码，无法核对
check-uscc-missing-fix = 在 [org] 中填写 uscc（{ kind-licence }上的 18 位代码）
check-uscc-invalid = 统一社会信用代码 { $code } { $problem }
check-uscc-invalid-fix = 对照{ kind-licence }逐位核对；主体信息不符是最常见的驳回原因
check-identifier-length = 长度为 { $length } 位，应为 18 位
check-identifier-character = 第 { $position } 位“{ $character }”不是允许的字符
check-identifier-check-character = 校验位为“{ $found }”，按前 17 位应为“{ $expected }”
check-identifier-birth-date = 第 7–14 位“{ $digits }”不是合理的出生日期
check-legal-rep-id-invalid = 法定代表人身份证号{ $problem }
check-legal-rep-id-invalid-fix = 对照身份证原件核对号码
check-id-long-term-too-young = legal_rep.id_expires 填写为“长期”，但身份证号显示出生日期为 { $birth }：持证人现年 { $age } 岁，而长期身份证只发给 46 周岁以上的人
check-id-long-term-too-young-fix = 请照身份证上印的有效期截止日期填写（26–45 岁办理的有效期 20 年，16–25 岁 10 年）
check-legal-rep-id-expired = 法定代表人身份证已于 { $expires } 过期
check-legal-rep-id-expired-fix = 先换领身份证，再提交申请
check-legal-rep-id-expires-during-review = 法定代表人身份证将于 { $expires } 到期，早于预计审核结束日 { $review_end }
check-legal-rep-id-expires-during-review-fix = 先换领身份证，或确保在到期前完成审核
check-name-unverified = 未填写{ kind-licence }上的名称，无法核对名称是否一致
check-name-unverified-fix = 在 [org] 中填写 license_name（与{ kind-licence }逐字一致）
check-name-width-only = 名称“{ $name }”与{ kind-licence }上的“{ $licence }”仅在括号或空格的全角/半角上不同，仍会被驳回
check-name-differs-at = 名称“{ $name }”与{ kind-licence }上的“{ $licence }”从第 { $position } 个字起不同
# 名称的差异，以及在该平台上的后果。
check-name-mismatch = { $difference }；{ $consequence }
check-name-consequence-wecom = 企业微信名称审核失败不能重新提交，须重新申请并再付审核费
check-name-consequence-dingtalk = 钉钉要求与{ kind-licence }逐字一致（括号、空格也算）
check-name-consequence-gov-account = 政务账号名称须规范，且每年只能改名一次，改名须重新认证
check-name-consequence-wechat = 材料不一致是微信认证延误的主要原因
check-name-mismatch-fix = 将平台上登记的名称改为与{ kind-licence }完全一致：{ $licence }
check-license-expired = { kind-licence }已于 { $expires } 到期
check-license-expired-fix = 先办理{ kind-licence }延期或换发
check-license-expires-during-review = { kind-licence }将于 { $expires } 到期，早于预计审核结束日 { $review_end }
check-license-expires-during-review-fix = 先办理{ kind-licence }延期
check-address-mismatch = 注册地址“{ $registered }”与实际经营地址“{ $office }”不同（占驳回原因的 32%）
check-address-mismatch-fix = 先在国家企业信用信息公示系统核对并办理地址变更，或准备实际经营地址证明
check-small-micro-unusual = 填写了 small_micro = true，但成员数为 { $members }：按《中小企业划型标准规定》（工信部联企业〔2011〕300号），在按从业人员划分的行业里，小型企业一般少于 300 人，微型企业更少
check-small-micro-unusual-fix = 请按所属行业核对企业划型（部分行业只看营业收入或资产总额）；凡按小微企业享受的减免与补贴，都以划型正确为前提

## 所选平台。
check-no-corporate-account = 没有对公账户：无法进行打款验证，也不能开通收款
check-no-corporate-account-fix = 新公司可改用法定代表人扫码验证加办公场所视频；需要收款时先开立对公账户
check-dingtalk-corporate-account = 钉钉认证需要对公账户开户许可证或银行账户证明
check-dingtalk-corporate-account-fix = 先开立对公账户，再申请
check-gov-corporate-account = 政务账号认证包含对公账户打款验证
check-gov-corporate-account-fix = 准备单位对公账户及开户许可证
check-gov-level-missing = 未填写行政级别（gov_level）：所需材料和审核时间因级别而异
check-gov-level-missing-fix = 在 [org] 中填写 gov_level：central（中央）、provincial（省级）、prefecture（地市级）、county（区县级）或 township（乡镇级）
check-gov-township-authorization = 乡镇级单位须有上级主管部门授权函才能申请
check-gov-township-authorization-fix = 向上级主管部门申请授权函，并在 [documents] 中列为 superior_authorization
check-gov-name-forbidden = 账号名称“{ $name }”含“中国”或“国家”（占名称驳回的 38%）
check-gov-name-forbidden-fix = 去掉“中国”“国家”，例如：{ $suggestion }
check-gov-name-parent = 垂直管理单位的账号名称“{ $name }”未体现上级单位“{ $parent }”
check-gov-name-parent-fix = 在名称中体现上级单位，例如：{ $suggestion }
check-gov-name-province = 省级账号名称“{ $name }”须包含省份“{ $province }”
check-gov-name-region = 账号名称“{ $name }”不含地区“{ $region }”
check-gov-name-region-fix = 名称应以地区开头（地区 + 部门简称 + 性质），例如：{ $suggestion }
check-gov-rename-once = 账号每年只能改名一次，改名后须重新认证
check-gov-rename-once-fix = 提交前确定名称
check-wecom-per-license-limit = 该{ kind-licence }已认证 { $count } 个企业微信，上限为 5 个
check-wecom-per-license-limit-fix = 用其他主体的{ kind-licence }认证，或注销不用的企业微信
# $tier 是档位名称；$tier_id（medium、large）决定成员上限。
check-wecom-scale-tier = { $members } 名成员需按{ $tier }规模认证（规模费 { $fee } 元，{ $tier_id ->
    [large] 成员人数不限
   *[other] 成员上限 { $cap } 人
}）；中型和大型企业还需接受电话回访和征信核查
check-wecom-scale-tier-fix = 按实际规模选择认证档位，预留接听回访电话的人
check-wecom-super-admin = 只有超级管理员能提交认证
check-wecom-super-admin-fix = 由超级管理员登录管理后台提交

## 材料（问题本身来自材料清单）。
check-document = { $platform_names }所需的“{ $name }”：{ $problem }
check-document-problem-fix = 换成清晰的 JPG/PNG/PDF 原件扫描件，大小符合要求，并核对路径
check-document-missing-fix = 准备“{ $name }”，并在 [documents] 中以 { $slots } 列出
check-file-misnamed-fix = 将扩展名改为 .{ $extension }：平台按内容识别格式，扩展名不符只会让人误解
check-file-unopenable-fix = 重新扫描或导出，上传前先用 PDF 阅读器或看图软件打开确认一次
check-file-pdf-protected-fix = 另存一份无密码、无权限限制的副本（打印为新的 PDF，或在生成它的软件中取消保护）
check-file-small-page-fix = 按原件实际尺寸（100%）扫描，不要缩小到小页面上
check-file-low-resolution-fix = 用扫描仪（而非手机）以 300 dpi 以上的分辨率重新扫描原件，短边至少 { $legible } 像素
# 需要同一份材料的各平台名称之间。
check-list-separator = 、
check-document-unused = [documents] 列出了 { $slot }（{ $path }），但所申请的平台都不需要这份材料：{ $platforms }
check-document-unused-fix = 如认为需要，请核对 [org] 中的行业、政务账号级别、对公账户等信息；否则从 [documents] 中删除 { $slot }，申请时也不必提交
