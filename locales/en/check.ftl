# check findings (domain truth round 2).
check-small-micro-unusual = small_micro = true with { $members } members: China's SME size standard (工信部联企业〔2011〕300号) puts small enterprises below 300 employees in the sectors that count staff, most far lower
check-small-micro-unusual-fix = check the classification for your sector (some count only revenue or assets); the Shenzhen subsidy needs it to be right
check-id-long-term-too-young = legal_rep.id_expires = "长期", but the ID number gives a birth date of { $birth }: the holder is { $age }, and long-term cards are issued only from 46
check-id-long-term-too-young-fix = copy the expiry date printed on the card (cards issued at 26–45 are valid 20 years, at 16–25 10 years)
check-causes-title = Known rejection causes (share of rejections):
check-cause-ruled-out = ruled out by the profile
check-cause-at-risk = AT RISK in the profile
check-cause-unknown = a profile cannot tell: check it yourself
check-cause-line = { $platform } { $share }%: { $text } — { $status }
