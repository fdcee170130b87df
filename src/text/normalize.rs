//! Folding for matching only: the text itself is never changed.
//!
//! Hindi news spells the same name many ways: with or without nukta
//! (`ज़`/`ज`), chandrabindu or anusvara, `ॉ` or `ा` (`मॉस्को`/`मास्को`), long
//! or short `i`/`u` (`रूस`/`रुस`), a half nasal or an anusvara
//! (`हिन्दी`/`हिंदी`), with invisible ZWJ/ZWNJ, and hyphens or spaces between
//! the parts of a name. A *match key* folds all of these to one form, and
//! Latin to lower case without accents, so one lexicon entry finds every
//! spelling. [`fold_with_offsets`] also returns, for each byte of the key, the
//! byte of the original it came from, so a match inside the key maps back to
//! the exact original characters.

use unicode_normalization::char::decompose_canonical;

use super::script::is_devanagari_digit;

const VIRAMA: char = '\u{094D}';
const ANUSVARA: char = '\u{0902}';

/// The match key of `s` (see the module doc).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_append(s, &mut out);
    out
}

/// Appends the match key of `s` to `out` (reuse one buffer on hot paths).
pub(crate) fn fold_append(s: &str, out: &mut String) {
    fold_into(s, out, |_, _| {});
}

/// Bit `c - 0x0900` is set for the Devanagari characters that stay
/// themselves in a key wherever they stand: not folded, not dropped, not a
/// digit, and not a nasal that may become an anusvara.
const DEVANAGARI_OWN: u128 = {
    let mut bits = 0u128;
    let mut u = 0x0900u32;
    while u <= 0x097F {
        if let Some(c) = char::from_u32(u) {
            if fold_devanagari(c) as u32 == u
                && !is_devanagari_digit(c)
                && !matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म' | '\u{093C}')
            {
                bits |= 1 << (u - 0x0900);
            }
        }
        u += 1;
    }
    bits
};

/// Does `c` stand for itself in a key, whatever surrounds it?
fn is_own_key(c: char) -> bool {
    match c {
        'A'..='Z' | '-' => false,
        '\u{0000}'..='\u{007F}' => true,
        '\u{0900}'..='\u{097F}' => (DEVANAGARI_OWN >> (c as u32 - 0x0900)) & 1 != 0,
        _ => false,
    }
}

/// The match key of `s` and, for each byte of the key, the byte offset in
/// `s` of the character it came from.
pub(crate) fn fold_with_offsets(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    fold_into(s, &mut out, |from, len| {
        map.extend(std::iter::repeat_n(from, len))
    });
    (out, map)
}

/// Folds `s` onto the end of `out`; `emitted(source_byte, key_bytes)` is
/// called for every character written.
fn fold_into(s: &str, out: &mut String, mut emitted: impl FnMut(usize, usize)) {
    let mut chars = s.char_indices().peekable();
    // Most characters are their own key: they are copied a run at a time,
    // from `run` up to the next character that changes.
    let mut run = 0;
    while let Some((i, c)) = chars.next() {
        if is_own_key(c) {
            emitted(i, c.len_utf8());
            continue;
        }
        out.push_str(&s[run..i]);
        let mut push = |c: char| {
            out.push(c);
            emitted(i, c.len_utf8());
        };
        match c {
            'A'..='Z' => push(c.to_ascii_lowercase()),
            // Hyphens and dashes of every kind join name parts like a space.
            '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' => push(' '),
            '\u{0000}'..='\u{007F}' => push(c),
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => push('\''),
            '\u{200B}'..='\u{200D}' | '\u{00AD}' | '\u{FEFF}' | '\u{093C}' => {}
            c if is_devanagari_digit(c) => push(char::from(b'0' + (c as u32 - 0x0966) as u8)),
            '\u{0900}'..='\u{097F}' => {
                // A nasal consonant with virama before another consonant is
                // the same sound as an anusvara.
                let mut ahead = s[i + c.len_utf8()..].chars();
                if matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म')
                    && ahead.next() == Some(VIRAMA)
                    && ahead.next().is_some_and(is_consonant)
                {
                    push(ANUSVARA);
                    chars.next();
                } else {
                    push(fold_devanagari(c));
                }
            }
            c if c.is_uppercase() || !c.is_ascii() && is_latin_ext(c) => {
                // Latin letters lose case and accents (`Zelenskyy`, `Škoda`).
                let mut base = None;
                decompose_canonical(c, |d| {
                    if base.is_none() {
                        base = Some(d);
                    }
                });
                for l in base.unwrap_or(c).to_lowercase() {
                    push(l);
                }
            }
            c => push(c),
        }
        run = chars.peek().map_or(s.len(), |&(j, _)| j);
    }
    out.push_str(&s[run..]);
}

/// One Devanagari character folded (nukta letters, vowel length, nasal and
/// candra signs).
const fn fold_devanagari(c: char) -> char {
    match c {
        '\u{0958}' => 'क',
        '\u{0959}' => 'ख',
        '\u{095A}' => 'ग',
        '\u{095B}' => 'ज',
        '\u{095C}' => 'ड',
        '\u{095D}' => 'ढ',
        '\u{095E}' => 'फ',
        '\u{095F}' => 'य',
        '\u{0929}' => 'न',
        '\u{0931}' => 'र',
        '\u{0934}' => 'ळ',
        '\u{0901}' => ANUSVARA,
        '\u{0949}' => '\u{093E}',
        '\u{0945}' => '\u{0947}',
        '\u{0911}' => 'आ',
        '\u{090D}' => 'ए',
        '\u{0940}' => '\u{093F}',
        '\u{0942}' => '\u{0941}',
        'ई' => 'इ',
        'ऊ' => 'उ',
        c => c,
    }
}

fn is_consonant(c: char) -> bool {
    ('\u{0915}'..='\u{0939}').contains(&c) || ('\u{0958}'..='\u{095F}').contains(&c)
}

fn is_latin_ext(c: char) -> bool {
    ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_share_a_key() {
        let same = [
            ("रूस", "रुस"),
            ("मॉस्को", "मास्को"),
            ("ज़ेलेंस्की", "जेलेंस्की"),
            ("हिन्दी", "हिंदी"),
            ("दिल्\u{200D}ली", "दिल्ली"),
            ("किम जोंग-उन", "किम जोंग उन"),
            ("KIM JONG UN", "Kim Jong Un"),
            ("Škoda", "skoda"),
            ("२०२४", "2024"),
            ("\u{095B}", "\u{091C}\u{093C}"),
            ("आँख", "आंख"),
        ];
        for (a, b) in same {
            assert_eq!(fold(a), fold(b), "{a} vs {b}");
        }
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(fold("रूस"), fold("रास"));
        assert_ne!(fold("Kim"), fold("Kin"));
    }

    #[test]
    fn only_characters_that_never_change_are_copied_as_they_are() {
        for c in ['क', 'ा', 'ि', '्', 'ं', 'ः', 'a', '1', ' ', '.'] {
            assert!(is_own_key(c), "{c:?}");
        }
        // Folded, dropped, a digit, a nasal that may become an anusvara, or
        // outside the two blocks.
        for c in [
            'A', '-', 'ी', 'ू', 'ई', 'ऊ', 'ॉ', 'ँ', '\u{093C}', '\u{095B}', '५', 'न', 'म', 'ण', 'ङ',
            'ञ', '\u{200D}', 'é', 'ж',
        ] {
            assert!(!is_own_key(c), "{c:?}");
        }
    }

    #[test]
    fn offsets_point_back_into_the_original() {
        let s = "ज़ेलेंस्की-X";
        let (key, map) = fold_with_offsets(s);
        assert_eq!(key.len(), map.len());
        // The key's last byte ('x') came from the original's last byte ('X').
        assert_eq!(map[key.len() - 1], s.len() - 1);
        // Every mapped offset is a char boundary of the original.
        assert!(map.iter().all(|&o| s.is_char_boundary(o)));
    }
}
