//! Character classes and scripts, just precise enough for news text.
//!
//! The standard library has no "is combining mark" predicate, and pulling in
//! full Unicode tables would cost wasm size, so marks are recognised by the
//! blocks where news text actually has them: combining diacritics and the
//! Indic blocks (Devanagari through Malayalam).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Script {
    Devanagari,
    Latin,
    /// Any other letters (Cyrillic, Hangul, Han, Bengali, ...).
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    Letter,
    Mark,
    Digit,
    Space,
    /// ZWJ, ZWNJ, soft hyphen: invisible, inside a word when between letters.
    Joiner,
    Other,
}

impl CharClass {
    pub(crate) fn of(c: char) -> CharClass {
        if c.is_ascii() {
            return match c {
                'a'..='z' | 'A'..='Z' => CharClass::Letter,
                '0'..='9' => CharClass::Digit,
                c if c.is_ascii_whitespace() => CharClass::Space,
                _ => CharClass::Other,
            };
        }
        // Devanagari, most of what Hindi text holds, without the slow
        // Unicode table lookups below (same classes as they give).
        if ('\u{0900}'..='\u{097F}').contains(&c) {
            return if is_mark(c) {
                CharClass::Mark
            } else if is_devanagari_digit(c) {
                CharClass::Digit
            } else if matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}') {
                CharClass::Other
            } else {
                CharClass::Letter
            };
        }
        if is_mark(c) {
            CharClass::Mark
        } else if matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}') {
            CharClass::Joiner
        } else if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}') {
            CharClass::Space
        } else if c.is_numeric() && !matches!(c, '\u{00B2}'..='\u{00BE}') {
            CharClass::Digit
        } else if c.is_alphabetic() {
            CharClass::Letter
        } else {
            CharClass::Other
        }
    }
}

/// Combining marks of the scripts news text uses.
pub(crate) fn is_mark(c: char) -> bool {
    let u = c as u32;
    match u {
        0x0300..=0x036F
        | 0x0483..=0x0489
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF
        | 0xFE20..=0xFE2F => true,
        // Devanagari .. Malayalam: each 128-code-point block has its signs in
        // the same places (ISCII layout).
        0x0900..=0x0D7F => {
            let o = u & 0x7F;
            matches!(o, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63)
        }
        0xA8E0..=0xA8F1 => true,
        _ => false,
    }
}

pub(crate) fn script_of(c: char) -> Script {
    match c as u32 {
        0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => Script::Devanagari,
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        _ => Script::Other,
    }
}

pub(crate) const fn is_devanagari_digit(c: char) -> bool {
    matches!(c, '\u{0966}'..='\u{096F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devanagari_signs_are_marks() {
        for c in ['ि', 'ी', '्', '़', 'ं', 'ँ', 'ः', 'ॉ', 'ृ'] {
            assert_eq!(CharClass::of(c), CharClass::Mark, "{c}");
        }
        for c in ['क', 'अ', 'ॐ', 'ऑ'] {
            assert_eq!(CharClass::of(c), CharClass::Letter, "{c}");
        }
    }

    #[test]
    fn digits_dandas_and_joiners() {
        assert_eq!(CharClass::of('५'), CharClass::Digit);
        assert_eq!(CharClass::of('।'), CharClass::Other);
        assert_eq!(CharClass::of('\u{200D}'), CharClass::Joiner);
        assert_eq!(CharClass::of('\u{00A0}'), CharClass::Space);
        assert_eq!(CharClass::of('😀'), CharClass::Other);
    }

    #[test]
    fn devanagari_fast_path_matches_the_unicode_tables() {
        for u in 0x0900..=0x097Fu32 {
            let c = char::from_u32(u).unwrap();
            let slow = if is_mark(c) {
                CharClass::Mark
            } else if c.is_numeric() {
                CharClass::Digit
            } else if c.is_alphabetic() {
                CharClass::Letter
            } else {
                CharClass::Other
            };
            assert_eq!(CharClass::of(c), slow, "U+{u:04X}");
        }
    }

    #[test]
    fn scripts() {
        assert_eq!(script_of('क'), Script::Devanagari);
        assert_eq!(script_of('é'), Script::Latin);
        assert_eq!(script_of('ж'), Script::Other);
    }
}
