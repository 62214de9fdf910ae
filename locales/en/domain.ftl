# Domain facts reaching users (domain truth round 2).
subsidy-ask-locally = The { $subsidy } is for enterprises; as { $kind } you may still ask the local SME office whether a similar programme covers you.
checklist-tips = Tips:
tier-small = small
tier-medium = medium
tier-large = large
