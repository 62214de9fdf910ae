//! The text of a CSV client list, whatever Excel saved it as: UTF-8 with or without a
//! byte-order mark, UTF-16 with one, or GBK/GB18030 (Excel's CSV on Chinese Windows). The
//! encoding is detected, never guessed: bytes that are none of these are refused, not decoded
//! into wrong characters.

use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

/// The encoding a list's text was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// UTF-8 (a byte-order mark, if any, removed).
    Utf8,
    /// UTF-16 with a byte-order mark.
    Utf16,
    /// GBK or GB18030: not UTF-8, and valid GB18030 throughout.
    Gbk,
}

/// Why bytes could not be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undecodable {
    /// NUL bytes between characters and no byte-order mark: UTF-16 that cannot be told apart
    /// from its byte order.
    Utf16WithoutMark,
    /// None of the encodings certplan reads.
    Unknown,
}

/// The text `bytes` hold, and the encoding they were found in.
pub fn decode(bytes: &[u8]) -> Result<(String, Found), Undecodable> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return String::from_utf8(rest.to_vec())
            .map(|text| (text, Found::Utf8))
            .map_err(|_| Undecodable::Unknown);
    }
    for (mark, encoding) in [(b"\xFF\xFE", UTF_16LE), (b"\xFE\xFF", UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(mark) {
            return encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|text| (text.into_owned(), Found::Utf16))
                .ok_or(Undecodable::Unknown);
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.contains('\0') {
            return Err(Undecodable::Utf16WithoutMark);
        }
        return Ok((text.to_owned(), Found::Utf8));
    }
    if bytes.contains(&0) {
        return Err(Undecodable::Utf16WithoutMark);
    }
    GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| (text.into_owned(), Found::Gbk))
        .ok_or(Undecodable::Unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "名称,主体类型,人数\n星河科技,企业,\"1,500\"\n";

    #[test]
    fn utf8_with_or_without_a_byte_order_mark() {
        assert_eq!(decode(TEXT.as_bytes()), Ok((TEXT.to_owned(), Found::Utf8)));
        let marked = [b"\xEF\xBB\xBF".as_slice(), TEXT.as_bytes()].concat();
        assert_eq!(decode(&marked), Ok((TEXT.to_owned(), Found::Utf8)));
    }

    #[test]
    fn gbk_as_excel_saves_csv_on_chinese_windows() {
        let (bytes, _, _) = GB18030.encode(TEXT);
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(decode(&bytes), Ok((TEXT.to_owned(), Found::Gbk)));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_in_either_order() {
        let little: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let big: Vec<u8> = TEXT.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let little = [b"\xFF\xFE".as_slice(), &little].concat();
        let big = [b"\xFE\xFF".as_slice(), &big].concat();
        assert_eq!(decode(&little), Ok((TEXT.to_owned(), Found::Utf16)));
        assert_eq!(decode(&big), Ok((TEXT.to_owned(), Found::Utf16)));
    }

    #[test]
    fn what_is_none_of_them_is_refused_not_guessed() {
        let unmarked: Vec<u8> = "name,kind"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&unmarked), Err(Undecodable::Utf16WithoutMark));
        // A lone GBK lead byte at the end, and bytes no GB18030 sequence has.
        assert_eq!(decode(b"name\xB0"), Err(Undecodable::Unknown));
        assert_eq!(decode(b"\x80\xFF\xFF"), Err(Undecodable::Unknown));
    }
}
