//! Lines and tokens over the original text, with byte offsets.
//!
//! Segmentation never copies or changes the text: every line and token is a
//! byte range into it. Word tokens keep Devanagari vowel signs, virama, nukta
//! and ZWJ/ZWNJ inside the word, split where the script changes (a Hindi word
//! glued to an English one, `पत्रTejashwi`), and leave hyphens, apostrophes and
//! all other punctuation as tokens of their own.

use super::script::{script_of, CharClass, Script};

/// A line of the input: `start..end` excludes the line break (`\n`, `\r\n`
/// or a lone `\r`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineSpan {
    pub start: usize,
    pub end: usize,
}

/// Every line of `text`, blank ones included, in order.
pub(crate) fn lines(text: &str) -> Vec<LineSpan> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(LineSpan { start, end: i });
                i += 1;
                start = i;
            }
            b'\r' => {
                out.push(LineSpan { start, end: i });
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() || out.is_empty() {
        out.push(LineSpan {
            start,
            end: bytes.len(),
        });
    }
    out
}

/// True when the line holds nothing but white space.
pub(crate) fn is_blank(line: &str) -> bool {
    line.chars().all(char::is_whitespace)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum TokenKind {
    Word(Script),
    /// Digits, with `,` `.` between digits kept inside (`10,000`, `2.5`).
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word(_))
    }
}

/// The tokens of `text[range]`, offsets relative to `text`.
pub(crate) fn tokens(text: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokens_into(text, start, end, &mut out);
    out
}

/// Appends the tokens of `text[start..end]` to `out`.
pub(crate) fn tokens_into(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let slice = &text[start..end];
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let class = CharClass::of(c);
        match class {
            CharClass::Space | CharClass::Joiner => continue,
            CharClass::Digit => {
                let mut last = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    match CharClass::of(d) {
                        CharClass::Digit => {
                            iter.next();
                            last = j + d.len_utf8();
                        }
                        // A separator stays inside a number only between digits.
                        _ if (d == ',' || d == '.') && next_is_digit(slice, j + 1) => {
                            iter.next();
                            last = j + 1;
                        }
                        _ => break,
                    }
                }
                out.push(Token {
                    start: start + i,
                    end: start + last,
                    kind: TokenKind::Number,
                });
            }
            CharClass::Letter | CharClass::Mark => {
                let script = script_of(c);
                let mut last = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    let inside = match CharClass::of(d) {
                        CharClass::Mark => true,
                        CharClass::Letter => script_of(d) == script,
                        // ZWJ/ZWNJ belong to the word when a letter or mark follows.
                        CharClass::Joiner => {
                            slice[j + d.len_utf8()..].chars().next().is_some_and(|n| {
                                matches!(CharClass::of(n), CharClass::Letter | CharClass::Mark)
                            })
                        }
                        _ => false,
                    };
                    if !inside {
                        break;
                    }
                    iter.next();
                    last = j + d.len_utf8();
                }
                push_word(slice, start, i, last, script, out);
            }
            CharClass::Other => {
                out.push(Token {
                    start: start + i,
                    end: start + i + c.len_utf8(),
                    kind: TokenKind::Punct,
                });
            }
        }
    }
}

/// A word-final visarga before a space is often a colon in datelines
/// (`सोलः`); it becomes a punctuation token so the name stays clean.
fn push_word(
    slice: &str,
    base: usize,
    from: usize,
    to: usize,
    script: Script,
    out: &mut Vec<Token>,
) {
    const VISARGA: char = '\u{0903}';
    let word = &slice[from..to];
    let at_break = slice[to..].chars().next().is_none_or(|c| c.is_whitespace());
    if script == Script::Devanagari
        && at_break
        && word.ends_with(VISARGA)
        && word.chars().count() > 2
    {
        let cut = to - VISARGA.len_utf8();
        out.push(Token {
            start: base + from,
            end: base + cut,
            kind: TokenKind::Word(script),
        });
        out.push(Token {
            start: base + cut,
            end: base + to,
            kind: TokenKind::Punct,
        });
    } else {
        out.push(Token {
            start: base + from,
            end: base + to,
            kind: TokenKind::Word(script),
        });
    }
}

fn next_is_digit(s: &str, at: usize) -> bool {
    s[at..]
        .chars()
        .next()
        .is_some_and(|c| CharClass::of(c) == CharClass::Digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_texts(text: &str) -> Vec<&str> {
        lines(text).iter().map(|l| &text[l.start..l.end]).collect()
    }

    fn token_texts(text: &str) -> Vec<&str> {
        tokens(text, 0, text.len())
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn lines_split_on_lf_crlf_and_cr() {
        assert_eq!(line_texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(line_texts("a\n"), ["a"]);
        assert_eq!(line_texts("a\n\nb"), ["a", "", "b"]);
        assert_eq!(line_texts(""), [""]);
    }

    #[test]
    fn devanagari_marks_stay_inside_words() {
        assert_eq!(
            token_texts("उत्तर कोरिया के नेता"),
            ["उत्तर", "कोरिया", "के", "नेता"]
        );
        assert_eq!(token_texts("दिल्\u{200D}ली"), ["दिल्\u{200D}ली"]);
    }

    #[test]
    fn script_change_splits_a_glued_word() {
        assert_eq!(
            token_texts("पत्रTejashwi yadav:"),
            ["पत्र", "Tejashwi", "yadav", ":"]
        );
    }

    #[test]
    fn numbers_keep_inner_separators() {
        assert_eq!(
            token_texts("10,000 से, 2.5% और ११."),
            ["10,000", "से", ",", "2.5", "%", "और", "११", "."]
        );
    }

    #[test]
    fn hyphens_and_dandas_are_tokens() {
        assert_eq!(
            token_texts("किम-जोंग-उन। ok"),
            ["किम", "-", "जोंग", "-", "उन", "।", "ok"]
        );
    }

    #[test]
    fn dateline_visarga_is_split_off() {
        assert_eq!(token_texts("सोलः उत्तर"), ["सोल", "ः", "उत्तर"]);
        assert_eq!(token_texts("दुःख"), ["दुःख"]);
    }
}
