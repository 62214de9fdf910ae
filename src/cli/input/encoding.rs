//! What a file that is not UTF-8 most likely is, so that the message can name the encoding
//! to save it from: Chinese Windows saves GBK, Notepad's "Unicode" is two bytes a unit.

use certplan::lang::Lang;
use certplan::msg;

/// The problem with `bytes` (which are not UTF-8; the first bad byte at `offset`) in `lang`,
/// and the fix.
pub fn not_utf8(bytes: &[u8], offset: usize, lang: Lang) -> (String, String) {
    let problem = if is_utf16(bytes) {
        msg!(lang, "file-not-utf8-utf16")
    } else if is_gbk(bytes) {
        msg!(lang, "file-not-utf8-gbk")
    } else {
        let byte = format!("{:02X}", bytes.get(offset).copied().unwrap_or_default());
        msg!(lang, "file-not-utf8", byte = byte)
    };
    (problem, msg!(lang, "file-save-as-utf8"))
}

/// A 16-bit byte-order mark, or text whose every other byte is zero (ASCII in 16-bit units).
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(512)];
    let zeros = head.iter().filter(|byte| **byte == 0).count();
    head.len() >= 4 && zeros * 3 >= head.len()
}

/// Every byte above ASCII is the lead of a GBK pair with a valid second byte.
fn is_gbk(bytes: &[u8]) -> bool {
    let mut pairs = 0;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            0x00..=0x7F => at += 1,
            0x81..=0xFE => match bytes.get(at + 1) {
                Some(0x40..=0x7E | 0x80..=0xFE) => {
                    pairs += 1;
                    at += 2;
                }
                _ => return false,
            },
            _ => return false,
        }
    }
    pairs > 0
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
        let (problem, _) = not_utf8(b"a \xff", 2, Lang::En);
        assert!(problem.contains("0xFF"), "{problem}");
    }
}
