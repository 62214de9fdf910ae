# check findings (domain truth round 2).
check-small-micro-unusual = small_micro = true with { $members } members: China's SME size standard (工信部联企业〔2011〕300号) puts small enterprises below 300 employees in the sectors that count staff, most far lower
check-small-micro-unusual-fix = check the classification for your sector (some count only revenue or assets); the Shenzhen subsidy needs it to be right
