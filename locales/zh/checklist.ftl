# checklist 命令。
checklist-documents-to-prepare = 认证材料清单
checklist-document = 材料
checklist-requirements = 要求
checklist-why = 原因
checklist-x-provided-to-prepare-problem = [x] 已准备  [ ] 待准备  [!] 有问题
checklist-general-title = 认证材料清单（通用）
checklist-if-applicable = 视情况：{ $name }
