//! Comparing the registered name with the name on the licence, which must match character for
//! character — and saying why when they differ only in bracket or space width, the classic
//! rejection (（） vs ()).

/// How two names differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameDifference {
    /// Only in full-width vs half-width brackets or spaces.
    WidthOnly,
    /// Otherwise, from this 1-based character position.
    At(usize),
}

/// `None` when the names are identical.
pub fn compare_names(registered: &str, licence: &str) -> Option<NameDifference> {
    if registered == licence {
        return None;
    }
    if normalise(registered) == normalise(licence) {
        return Some(NameDifference::WidthOnly);
    }
    let position = registered
        .chars()
        .zip(licence.chars())
        .take_while(|(a, b)| a == b)
        .count()
        + 1;
    Some(NameDifference::At(position))
}

fn normalise(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '【' | '［' => '[',
            '】' | '］' => ']',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_names_match() {
        assert_eq!(
            compare_names("深圳市星河数据科技有限公司", "深圳市星河数据科技有限公司"),
            None
        );
    }

    #[test]
    fn bracket_and_space_width_are_recognised() {
        assert_eq!(
            compare_names("星河科技（深圳）有限公司", "星河科技(深圳)有限公司"),
            Some(NameDifference::WidthOnly)
        );
        assert_eq!(
            compare_names("星河 科技", "星河　科技"),
            Some(NameDifference::WidthOnly)
        );
        assert_eq!(
            compare_names("星河科技有限公司", "星河科技 有限公司"),
            Some(NameDifference::WidthOnly)
        );
    }

    #[test]
    fn other_differences_give_the_position() {
        assert_eq!(
            compare_names("星河数据科技", "星河信息科技"),
            Some(NameDifference::At(3))
        );
        assert_eq!(
            compare_names("星河", "星河科技"),
            Some(NameDifference::At(3))
        );
    }
}
