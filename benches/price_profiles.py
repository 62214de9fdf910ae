#!/usr/bin/env python3
"""The Python floor for `certplan quote --format csv DIR` (benches/throughput.rs runs both).

A plain script: it reads every *.toml profile of DIR in name order with tomllib, prices each
platform with the embedded fee rules written out by hand (fees, tiers, exemptions, annual
reviews, the Shenzhen subsidy) and writes one CSV row per fee line, platform figure and total,
as `quote --format csv` does. It validates nothing and cites no source: it is the least work a
quote needs, the floor certplan is measured against.

Usage: python3 benches/price_profiles.py DIR > quote.csv
"""

import csv
import pathlib
import sys
import tomllib

# (platform, item, amount_fen or tiers, refundable): src/rules/data/fees.toml.
FEES = {
    "wecom": [
        ("review_fee", 30000, False),
        ("scale_fee", [(1000, 0), (10000, 270000), (None, 2970000)], True),
    ],
    "official_account": [("certification_fee", 30000, False)],
    "mini_program": [("certification_fee", 30000, False)],
    "dingtalk": [("certification_fee", 0, False)],
    "gov_account": [("certification_fee", 30000, False)],
    "alipay": [("certification_fee", 0, False)],
    "icp": [("filing_fee", 0, False)],
}
# Exemptions: (platform, items waived, kinds, poverty_county required or None).
EXEMPTIONS = [
    ("wecom", {"review_fee", "scale_fee"}, {"government", "nonprofit_org", "foundation"}, None),
    ("wecom", {"scale_fee"}, {"public_institution", "social_group", "private_non_enterprise", "for_profit_org"}, None),
    ("official_account", {"certification_fee"}, {"government", "foundation"}, None),
    ("mini_program", {"certification_fee"}, {"government", "foundation"}, None),
    ("gov_account", {"certification_fee"}, {"government"}, None),
    ("gov_account", {"certification_fee"}, {"public_institution"}, True),
]
ANNUAL = {"wecom", "official_account", "mini_program", "gov_account"}
SUBSIDY_PLATFORMS = {"wecom", "official_account", "mini_program"}
ORDER = ["wecom", "official_account", "mini_program", "dingtalk", "gov_account", "alipay", "icp"]


def amount(fee, members):
    if isinstance(fee, int):
        return fee
    for maximum, fen in fee:
        if maximum is None or members <= maximum:
            return fen
    return 0


def price(path, writer, years):
    with open(path, "rb") as file:
        profile = tomllib.load(file)
    org = profile["org"]
    kind, members = org["kind"], org["members"]
    region = org.get("region", "")
    subsidised = (
        kind == "enterprise"
        and org.get("small_micro", False)
        and ("深圳" in region or "shenzhen" in region.lower())
    )
    name = org["name"]
    first_total = subsidy_total = annual_total = 0
    for platform in ORDER:
        if platform not in profile.get("platforms", {}):
            continue
        first = refundable_part = 0
        for item, fee, refundable in FEES[platform]:
            fen = amount(fee, members)
            writer.writerow([path, name, platform, "fee", item, f"{platform}.{item}", fen, f"{fen / 100:.2f}", refundable, platform in ANNUAL, "", "", ""])
            for exempt_platform, items, kinds, poverty in EXEMPTIONS:
                if exempt_platform == platform and item in items and kind in kinds and (poverty is None or org.get("poverty_county", False) == poverty):
                    writer.writerow([path, name, platform, "exemption", item, "", -fen, f"{-fen / 100:.2f}", "", "", "", "", ""])
                    fen = 0
                    break
            first += fen
            if refundable:
                refundable_part += fen
        annual = first if platform in ANNUAL else 0
        subsidy = first * 50 // 100 if subsidised and platform in SUBSIDY_PLATFORMS else 0
        for item, fen in (("first_fen", first), ("failed_attempt_fen", first - refundable_part), ("annual_review_fen", annual), ("subsidy_fen", subsidy)):
            writer.writerow([path, name, platform, "summary", item, "", fen, f"{fen / 100:.2f}", "", "", "", "", ""])
        first_total += first
        subsidy_total += subsidy
        annual_total += annual
    total = first_total + (years - 1) * annual_total
    for item, fen in (("first_fen", first_total), ("subsidy_fen", subsidy_total), ("net_first_fen", first_total - subsidy_total), ("total_fen", total)):
        writer.writerow([path, name, "", "total", item, "", fen, f"{fen / 100:.2f}", "", "", years, "", ""])


def main():
    directory = pathlib.Path(sys.argv[1])
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["profile", "org", "platform", "row", "item", "rule", "amount_fen", "amount_yuan", "refundable", "annual_review", "years", "fact", "source"])
    for path in sorted(directory.glob("*.toml")):
        price(str(path), writer, 1)


if __name__ == "__main__":
    main()
