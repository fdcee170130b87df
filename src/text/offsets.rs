//! Offset units and conversion between them.
//!
//! Inside Rust every span is in bytes of the UTF-8 text. JavaScript counts
//! UTF-16 code units, and the CLI's JSON (like `ANNOTATION.md`) counts
//! Unicode code points. Conversion sorts the offsets it is given and walks
//! the text once, so converting a whole annotation is linear in the text.

use serde::Serialize;

/// The unit that a set of offsets counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Bytes of UTF-8, as Rust's `str` indexes.
    Bytes,
    /// UTF-16 code units, as JavaScript strings index.
    Utf16,
    /// Unicode scalar values (code points), as Python strings index.
    Codepoints,
}

/// Rewrites byte offsets into `unit`, in place. Every offset must be a char
/// boundary of `text` (the core only produces such offsets).
pub(crate) fn bytes_to_unit(text: &str, offsets: &mut [&mut usize], unit: OffsetUnit) {
    if unit == OffsetUnit::Bytes || offsets.is_empty() {
        return;
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| *offsets[i]);
    let mut converted = 0usize;
    let mut at = 0usize;
    let mut chars = text.char_indices();
    for i in order {
        let target = *offsets[i];
        while at < target {
            let Some((_, c)) = chars.next() else { break };
            at += c.len_utf8();
            converted += match unit {
                OffsetUnit::Utf16 => c.len_utf16(),
                _ => 1,
            };
        }
        debug_assert_eq!(at, target, "offset {target} is not a char boundary");
        *offsets[i] = converted;
    }
}

/// Rewrites offsets counted in `unit` into byte offsets of `text`, in
/// place. Fails with the first offset that is past the end or falls inside a
/// character (e.g. between the two halves of a surrogate pair).
pub(crate) fn unit_to_bytes(
    text: &str,
    offsets: &mut [&mut usize],
    unit: OffsetUnit,
) -> Result<(), usize> {
    if unit == OffsetUnit::Bytes {
        return match offsets.iter().find(|o| !text.is_char_boundary(***o)) {
            Some(bad) => Err(**bad),
            None => Ok(()),
        };
    }
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| *offsets[i]);
    let mut counted = 0usize;
    let mut at = 0usize;
    let mut chars = text.chars();
    for i in order {
        let target = *offsets[i];
        while counted < target {
            let Some(c) = chars.next() else {
                return Err(target);
            };
            at += c.len_utf8();
            counted += if unit == OffsetUnit::Utf16 {
                c.len_utf16()
            } else {
                1
            };
        }
        if counted != target {
            return Err(target);
        }
        *offsets[i] = at;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(text: &str, bytes: &[usize], unit: OffsetUnit) -> Vec<usize> {
        let mut v = bytes.to_vec();
        let mut refs: Vec<&mut usize> = v.iter_mut().collect();
        bytes_to_unit(text, &mut refs, unit);
        v
    }

    #[test]
    fn devanagari_emoji_and_crlf() {
        // "क" 3 bytes/1 unit, "😀" 4 bytes/2 utf16/1 cp, "\r\n" 2/2/2.
        let text = "क😀\r\nab";
        let bytes = [0, 3, 7, 9, 10, 11, 7];
        assert_eq!(
            convert(text, &bytes, OffsetUnit::Utf16),
            [0, 1, 3, 5, 6, 7, 3]
        );
        assert_eq!(
            convert(text, &bytes, OffsetUnit::Codepoints),
            [0, 1, 2, 4, 5, 6, 2]
        );
        assert_eq!(convert(text, &bytes, OffsetUnit::Bytes), bytes);
    }

    fn back(text: &str, units: &[usize], unit: OffsetUnit) -> Result<Vec<usize>, usize> {
        let mut v = units.to_vec();
        let mut refs: Vec<&mut usize> = v.iter_mut().collect();
        unit_to_bytes(text, &mut refs, unit)?;
        Ok(v)
    }

    #[test]
    fn unit_offsets_back_to_bytes() {
        let text = "क😀b";
        assert_eq!(
            back(text, &[4, 0, 3, 1], OffsetUnit::Utf16),
            Ok(vec![8, 0, 7, 3])
        );
        assert_eq!(
            back(text, &[2], OffsetUnit::Utf16),
            Err(2),
            "inside a surrogate pair"
        );
        assert_eq!(back(text, &[2], OffsetUnit::Codepoints), Ok(vec![7]));
        assert_eq!(back(text, &[5], OffsetUnit::Utf16), Err(5), "past the end");
        assert_eq!(
            back(text, &[1], OffsetUnit::Bytes),
            Err(1),
            "inside a character"
        );
    }
}
