//! Numbers written in Chinese — 六百, 一千五百, 一千五 (colloquial for 1 500), 两千, 十二,
//! 1.5万, 3千 — read as the whole number they stand for, so that a message can name the
//! number TOML needs.

/// A part of a number as written: a value (a Chinese digit, or ASCII digits with perhaps a
/// decimal point, in thousandths) or a unit.
#[derive(Clone, Copy)]
enum Part {
    Value(u128),
    Zero,
    Small(u128),
    Large(u128),
}

/// Thousandths in one: `1.5万` is read exactly, in integers.
const MILLI: u128 = 1000;

/// The whole number `text` writes in Chinese numerals (or digits with Chinese units), when it
/// is one: `六百` → 600, `1.5万` → 15 000. Plain digits are not Chinese numerals (`None`).
pub(crate) fn chinese_number(text: &str) -> Option<u64> {
    let text = text.trim().trim_end_matches(['人', '名', '个', '家']);
    let parts = parts(text)?;
    // Plain digits are numbers already, not Chinese numerals.
    if text.is_ascii() && parts.iter().all(|part| matches!(part, Part::Value(_))) {
        return None;
    }
    let mut total: u128 = 0;
    let mut section: u128 = 0;
    let mut current: Option<u128> = None;
    let mut last_unit: Option<u128> = None;
    let mut zero = false;
    for part in parts {
        match part {
            Part::Value(value) => {
                if current.is_some() {
                    // Two numbers in a row (一二): not a way of writing one number.
                    return None;
                }
                current = Some(value);
            }
            Part::Zero => {
                current = None;
                zero = true;
            }
            Part::Small(unit) => {
                // 十二 is 12: a ten alone counts one ten; 百 and 千 need their digit.
                let count = match current.take() {
                    Some(count) => count,
                    None if unit == 10 => MILLI,
                    None => return None,
                };
                section = section.checked_add(count.checked_mul(unit)?)?;
                last_unit = Some(unit);
                zero = false;
            }
            Part::Large(unit) => {
                section = section.checked_add(current.take().unwrap_or(0))?;
                if section == 0 {
                    return None;
                }
                total = total.checked_add(section.checked_mul(unit)?)?;
                section = 0;
                last_unit = Some(unit);
                zero = false;
            }
        }
    }
    if let Some(value) = current {
        // 一千五 is 1 500, 两万三 is 23 000: a last digit without its unit counts in the unit
        // below the one before it (not after 零, nor after 十: 十五 is 15).
        let scale = match last_unit {
            Some(unit) if unit >= 100 && !zero => unit / 10,
            _ => 1,
        };
        section = section.checked_add(value.checked_mul(scale)?)?;
    }
    total = total.checked_add(section)?;
    (total.is_multiple_of(MILLI) && total > 0)
        .then(|| u64::try_from(total / MILLI).ok())
        .flatten()
}

fn parts(text: &str) -> Option<Vec<Part>> {
    let mut parts = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let part = match c {
            '0'..='9' | '０'..='９' => {
                let mut written = String::from(ascii(c));
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_digit() || ('０'..='９').contains(&next) || next == '.' {
                        written.push(ascii(next));
                        chars.next();
                    } else {
                        break;
                    }
                }
                Part::Value(thousandths(&written)?)
            }
            '零' | '〇' => Part::Zero,
            '十' | '拾' => Part::Small(10),
            '百' | '佰' => Part::Small(100),
            '千' | '仟' => Part::Small(1000),
            '万' | '萬' => Part::Large(10_000),
            '亿' => Part::Large(100_000_000),
            _ => Part::Value(u128::from(digit(c)?) * MILLI),
        };
        parts.push(part);
    }
    (!parts.is_empty()).then_some(parts)
}

fn ascii(c: char) -> char {
    match c {
        '０'..='９' => {
            char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
        }
        _ => c,
    }
}

/// `1.5` in thousandths (1 500); at most three decimals.
fn thousandths(written: &str) -> Option<u128> {
    let (whole, fraction) = written.split_once('.').unwrap_or((written, ""));
    if whole.is_empty() || fraction.len() > 3 || fraction.contains('.') || whole.len() > 20 {
        return None;
    }
    let fraction = format!("{fraction:0<3}");
    whole
        .parse::<u128>()
        .ok()?
        .checked_mul(MILLI)?
        .checked_add(fraction.parse().ok()?)
}

fn digit(c: char) -> Option<u8> {
    Some(match c {
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::chinese_number;

    #[test]
    fn chinese_numerals_as_people_write_them() {
        for (written, number) in [
            ("六百", 600),
            ("一千五百", 1500),
            ("一千五", 1500),
            ("两千", 2000),
            ("1.5万", 15_000),
            ("１.５万", 15_000),
            ("3千", 3000),
            ("十二", 12),
            ("二十", 20),
            ("一百零五", 105),
            ("一千零五十", 1050),
            ("两万三", 23_000),
            ("十五万", 150_000),
            ("一万二千三百四十五", 12_345),
            ("六百人", 600),
            ("壹仟伍佰", 1500),
            ("1亿", 100_000_000),
        ] {
            assert_eq!(chinese_number(written), Some(number), "{written}");
        }
    }

    #[test]
    fn what_is_not_one_number_is_none() {
        for written in [
            "1500",
            "",
            "百",
            "一二",
            "1.2345万",
            "0.5",
            "六百来个",
            "abc",
            "万",
        ] {
            assert_eq!(chinese_number(written), None, "{written}");
        }
    }
}
