//! What a file that is not UTF-8 most likely is, so that the message can name the encoding
//! to save it from: Chinese Windows saves GBK, Notepad's "Unicode" is two bytes a unit.

use super::decode::{Found, Undecodable, decode};
use certplan::lang::Lang;
use certplan::msg;

/// The problem with `bytes` (which are not UTF-8; the first bad byte at `offset`) in `lang`,
/// and the fix. The encoding is detected as client lists detect it ([`super::decode`]).
pub fn not_utf8(bytes: &[u8], offset: usize, lang: Lang) -> (String, String) {
    let problem = match decode(bytes) {
        Ok((_, Found::Utf16)) | Err(Undecodable::Utf16WithoutMark) => {
            msg!(lang, "file-not-utf8-utf16")
        }
        Ok((_, Found::Gbk)) => msg!(lang, "file-not-utf8-gbk"),
        _ => {
            let byte = format!("{:02X}", bytes.get(offset).copied().unwrap_or_default());
            msg!(lang, "file-not-utf8", byte = byte)
        }
    };
    (problem, msg!(lang, "file-save-as-utf8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_text_is_named_gbk() {
        // 中文 in GBK.
        let (problem, fix) = not_utf8(b"name = \"\xd6\xd0\xce\xc4\"\n", 8, Lang::Zh);
        assert!(problem.contains("GBK"), "{problem}");
        assert!(fix.contains("请另存为 UTF-8"), "{fix}");
    }

    #[test]
    fn utf16_text_is_named_utf16() {
        let text: Vec<u8> = "[org]\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let (problem, _) = not_utf8(&[&[0xFF, 0xFE][..], &text].concat(), 0, Lang::En);
        assert!(
            problem.contains("UTF") && problem.contains("16"),
            "{problem}"
        );
    }

    #[test]
    fn other_bytes_are_named_by_their_value() {
        let (problem, _) = not_utf8(b"a \xff\xff", 2, Lang::En);
        assert!(problem.contains("0xFF"), "{problem}");
    }
}
