//! Junk glued to a kept line: leaked script at its start or end
//! (`head.appendChild;});रूस के ...`), a read-more link or share prompt at its
//! end (`... ने कहा। और पढो »`). The span is reported; the line stays.

use super::features::Features;
use crate::annotation::{Junk, Line, LineLabel, Reason};
use crate::text::Document;

/// Leaked code at the start of a line is at most this long; anything longer
/// is a code line, not a prefix.
const MAX_CODE_PREFIX: usize = 160;

pub(super) fn find(doc: &Document, feats: &Features, lines: &[Line]) -> Vec<Junk> {
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.label != LineLabel::Content {
            continue;
        }
        let text = &doc.text[line.start..line.end];
        let mut start = line.start;
        if let Some(len) = code_prefix(text) {
            out.push(Junk {
                start,
                end: start + len,
                reason: Reason::Code,
            });
            start += len;
        }
        if let Some((reason, at)) = feats.stats[i].lex_tail {
            // Take in a separator before the phrase (`| Read more`), not the
            // space after the paragraph's last word.
            let before = doc.text[start..at].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | '»' | '›')
            });
            let gap = &doc.text[start + before.len()..at];
            let from = start + before.len() + (gap.len() - gap.trim_start().len());
            if from > start {
                out.push(Junk {
                    start: from,
                    end: line.end,
                    reason,
                });
            }
        } else if let Some(len) = code_suffix(&doc.text[start..line.end]) {
            out.push(Junk {
                start: line.end - len,
                end: line.end,
                reason: Reason::Code,
            });
        }
    }
    out
}

/// Code signs a prefix must end with: a statement or block closing.
const CODE_ENDS: [&str; 5] = ["});", "})", "};", ");", ";"];

/// The length of script glued to the start of `line`: a run without spaces
/// that reads as code (a call or member access closed by `;`, `)` or `}`)
/// directly followed by text.
pub(super) fn code_prefix(line: &str) -> Option<usize> {
    // The prefix ends at the last code closer (`;` `)`) before the first
    // space; leaked code is ASCII, so the scan stops at the first byte that
    // is not (or at a space).
    let mut head_len = 0;
    let mut closer = false;
    for &b in line.as_bytes().iter().take(MAX_CODE_PREFIX) {
        if !b.is_ascii() || b.is_ascii_whitespace() {
            break;
        }
        closer |= b == b';' || b == b')';
        head_len += 1;
    }
    if !closer {
        return None;
    }
    let head = &line[..head_len];
    let end = CODE_ENDS
        .iter()
        .filter_map(|e| head.rfind(e).map(|p| p + e.len()))
        .max()?;
    let prefix = &line[..end];
    let rest = &line[end..];
    let looks_like_code = prefix.contains('.')
        && prefix.contains(['(', ';'])
        && prefix.chars().any(|c| c.is_ascii_alphabetic());
    let text_follows = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '(' | '"' | '“' | '\''));
    (looks_like_code && text_follows && !rest.trim().is_empty()).then_some(end)
}

/// The length of script glued to the end of `line`: a trailing run of
/// ASCII without spaces that reads as code (a member call closed by `;`),
/// after a space or right after non-ASCII text.
fn code_suffix(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    if !CODE_ENDS.iter().any(|e| trimmed.ends_with(e)) {
        return None;
    }
    let start = trimmed
        .rfind(|c: char| !c.is_ascii() || c.is_whitespace())
        .map_or(0, |p| {
            p + trimmed[p..].chars().next().map_or(1, char::len_utf8)
        });
    let code = &trimmed[start..];
    let looks_like_code =
        code.contains('(') && code.contains(';') && code.contains('.') && code.len() >= 6;
    (looks_like_code && trimmed[..start].trim().chars().count() >= 20).then_some(line.len() - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_prefixes() {
        let cases = [
            (
                "head.appendChild;});रूस के क्यों करीब",
                Some("head.appendChild;});"),
            ),
            (
                "googletag.cmd.push(function(){});The minister said",
                Some("googletag.cmd.push(function(){});"),
            ),
            ("e.g. this is prose; not code", None),
            ("Mr. Smith (left) said", None),
            ("head.appendChild;});", None),
        ];
        for (line, want) in cases {
            assert_eq!(code_prefix(line).map(|n| &line[..n]), want, "{line}");
        }
    }

    #[test]
    fn code_suffixes() {
        let line = "उन्होंने कहा कि बातचीत जारी रहेगी और दोनों पक्ष सहमत हैं।window.ads.push(slot);";
        assert_eq!(
            code_suffix(line).map(|n| &line[line.len() - n..]),
            Some("window.ads.push(slot);")
        );
        assert_eq!(code_suffix("He said it was fine (really);"), None);
    }
}
