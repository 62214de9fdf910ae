# The checklist command.
checklist-documents-to-prepare = documents to prepare
checklist-document = Document
checklist-requirements = Requirements
checklist-why = Why
checklist-x-provided-to-prepare-problem = [x] provided  [ ] to prepare  [!] problem
checklist-general-title = Documents each platform may ask for
checklist-if-applicable = { $name } (if applicable)
