//! Check characters of the two identifiers on every application: the unified social credit
//! code (GB 32100-2015) and the resident identity number (GB 11643-1999).

use chrono::NaiveDate;

const USCC_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
/// The earliest birth date a resident identity number is taken to hold.
const EARLIEST_BIRTH: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();

/// What is wrong with an identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdentifierProblem {
    /// Not 18 characters.
    Length(usize),
    /// A character outside the allowed set, at a 1-based position.
    Character(char, usize),
    /// The check character does not match.
    CheckCharacter {
        /// What the first 17 characters call for.
        expected: char,
        /// What is written.
        found: char,
    },
    /// Characters 7–14 are not a plausible birth date.
    BirthDate(String),
}

/// Checks a unified social credit code: 18 characters from `0-9A-Y` without I, O, S, V, Z, the
/// last being (31 − Σ value × weight mod 31) mod 31.
pub fn check_uscc(code: &str) -> Result<(), IdentifierProblem> {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 18 {
        return Err(IdentifierProblem::Length(chars.len()));
    }
    let mut values = Vec::with_capacity(18);
    for (index, c) in chars.iter().enumerate() {
        let value = USCC_ALPHABET
            .find(*c)
            .ok_or(IdentifierProblem::Character(*c, index + 1))?;
        values.push(value as u32);
    }
    let sum: u32 = values
        .iter()
        .zip(USCC_WEIGHTS)
        .map(|(value, weight)| value * weight)
        .sum();
    let expected_value = (31 - sum % 31) % 31;
    // The alphabet is ASCII and a value below 31 indexes it.
    let expected = char::from(USCC_ALPHABET.as_bytes()[expected_value as usize]);
    if chars[17] != expected {
        return Err(IdentifierProblem::CheckCharacter {
            expected,
            found: chars[17],
        });
    }
    Ok(())
}

/// Checks a resident identity number (17 digits and a check character, Σ digit × weight mod 11
/// indexing `10X98765432`) and returns the birth date in characters 7–14, which must be a real
/// day between 1900-01-01 and `today`.
pub fn check_resident_id(id: &str, today: NaiveDate) -> Result<NaiveDate, IdentifierProblem> {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() != 18 {
        return Err(IdentifierProblem::Length(chars.len()));
    }
    let mut sum = 0;
    for (index, c) in chars[..17].iter().enumerate() {
        let digit = c
            .to_digit(10)
            .ok_or(IdentifierProblem::Character(*c, index + 1))?;
        sum += digit * ID_WEIGHTS[index];
    }
    let expected = ID_CHECK[(sum % 11) as usize];
    let found = chars[17].to_ascii_uppercase();
    if !(found.is_ascii_digit() || found == 'X') {
        return Err(IdentifierProblem::Character(chars[17], 18));
    }
    if found != expected {
        return Err(IdentifierProblem::CheckCharacter {
            expected,
            found: chars[17],
        });
    }
    let birth: String = chars[6..14].iter().collect();
    let date = NaiveDate::parse_from_str(&birth, "%Y%m%d")
        .map_err(|_| IdentifierProblem::BirthDate(birth.clone()))?;
    if date < EARLIEST_BIRTH || date > today {
        return Err(IdentifierProblem::BirthDate(birth));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn published_unified_social_credit_codes_are_valid() {
        for code in [
            "91110000600037341L",
            "91310110666007217T",
            "913301087458306077",
            "91310115591693856A",
        ] {
            assert_eq!(check_uscc(code), Ok(()), "{code}");
        }
    }

    #[test]
    fn broken_unified_social_credit_codes_say_what_is_wrong() {
        assert_eq!(
            check_uscc("91110000600037341"),
            Err(IdentifierProblem::Length(17))
        );
        assert_eq!(
            check_uscc("91110000600037341LX"),
            Err(IdentifierProblem::Length(19))
        );
        assert_eq!(
            check_uscc("9111000060003734IL"),
            Err(IdentifierProblem::Character('I', 17))
        );
        assert_eq!(
            check_uscc("91110000600037341l"),
            Err(IdentifierProblem::Character('l', 18))
        );
        assert_eq!(
            check_uscc("91110000600037341M"),
            Err(IdentifierProblem::CheckCharacter {
                expected: 'L',
                found: 'M'
            })
        );
        assert_eq!(
            check_uscc("９1110000600037341L"),
            Err(IdentifierProblem::Character('９', 1)),
            "full-width digit"
        );
    }

    #[test]
    fn published_resident_numbers_are_valid_and_give_the_birth_date() {
        assert_eq!(
            check_resident_id("360426199101010071", today()),
            Ok(NaiveDate::from_ymd_opt(1991, 1, 1).unwrap())
        );
        assert_eq!(
            check_resident_id("321083197812162119", today()),
            Ok(NaiveDate::from_ymd_opt(1978, 12, 16).unwrap())
        );
        assert_eq!(
            check_resident_id("33010219200403064X", today()),
            Ok(NaiveDate::from_ymd_opt(1920, 4, 3).unwrap())
        );
        assert_eq!(
            check_resident_id("33010219200403064x", today()).map(|_| ()),
            Ok(()),
            "lower-case x"
        );
    }

    #[test]
    fn broken_resident_numbers_say_what_is_wrong() {
        assert_eq!(
            check_resident_id("360426199101010072", today()),
            Err(IdentifierProblem::CheckCharacter {
                expected: '1',
                found: '2'
            })
        );
        assert_eq!(
            check_resident_id("36042619910101007", today()),
            Err(IdentifierProblem::Length(17))
        );
        assert_eq!(
            check_resident_id("3604261991A1010071", today()),
            Err(IdentifierProblem::Character('A', 11))
        );
        // A valid check character over an impossible birth date (1991-13-01).
        let impossible = with_check("36042619911301007");
        assert_eq!(
            check_resident_id(&impossible, today()),
            Err(IdentifierProblem::BirthDate("19911301".into()))
        );
        let future = with_check("36042620300101007");
        assert_eq!(
            check_resident_id(&future, today()),
            Err(IdentifierProblem::BirthDate("20300101".into()))
        );
    }

    fn with_check(first17: &str) -> String {
        let sum: u32 = first17
            .chars()
            .zip(ID_WEIGHTS)
            .map(|(c, w)| c.to_digit(10).unwrap() * w)
            .sum();
        format!("{first17}{}", ID_CHECK[(sum % 11) as usize])
    }
}
