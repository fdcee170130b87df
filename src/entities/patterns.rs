//! DATE and NUM mentions, found over tokens with the calendar and number
//! lexicons (`data/calendar.tsv`, `data/numbers.tsv`).
//!
//! Dates: `25 अप्रैल, 2019`, `April 25, 2024`, `फरवरी 2022`, `26 जुलाई`, a month
//! or weekday alone, `आज`/`कल`, a year alone. Numbers: digits in any
//! grouping (`10,000`, Devanagari digits) with scale words (`25 करोड़`), a
//! percent sign or word (`50%`, `5 प्रतिशत`), comparators (`10,000 से अधिक`),
//! ordinals (`70वीं`, `5th`) and number words (`पांच`, `पहली`). Units and the
//! counted noun stay outside the span.

use rustc_hash::FxHashMap;

use super::model::TokenFacts;
use crate::annotation::EntityLabel;
use crate::text::normalize::fold;
use crate::text::segment::{Token, TokenKind};
use crate::text::Document;

const CALENDAR_TSV: &str = include_str!("data/calendar.tsv");
const NUMBERS_TSV: &str = include_str!("data/numbers.tsv");

/// Ordinal suffixes written right after digits.
const ORDINAL_SUFFIXES: [&str; 10] = ["वां", "वीं", "वें", "वा", "वी", "वे", "th", "st", "nd", "rd"];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Debug, Clone, PartialEq)]
enum Word {
    Month(u8),
    Weekday(String),
    Relative(String),
    Cardinal(u64),
    Ordinal(u64),
    Scale(u64),
    Percent,
    More,
    Less,
}

/// A date or number found in the document, by document token range.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PatternMatch {
    pub first: usize,
    pub end: usize,
    pub label: EntityLabel,
    pub canonical: String,
}

pub(crate) struct Patterns {
    /// Folded one-token words.
    words: FxHashMap<String, Word>,
    /// Folded two-token phrases, by their first word.
    pairs: FxHashMap<String, Vec<(String, Word)>>,
}

impl Patterns {
    pub(crate) fn new() -> Patterns {
        let mut words = FxHashMap::default();
        let mut pairs: FxHashMap<String, Vec<(String, Word)>> = FxHashMap::default();
        for (file, tsv) in [("calendar.tsv", CALENDAR_TSV), ("numbers.tsv", NUMBERS_TSV)] {
            for (n, line) in tsv.lines().enumerate() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                let mut cols = line.split('\t');
                let (surface, kind, value) = (
                    cols.next().unwrap_or(""),
                    cols.next().unwrap_or(""),
                    cols.next().unwrap_or(""),
                );
                let int = || {
                    value
                        .parse::<u64>()
                        .unwrap_or_else(|_| panic!("{file}:{}: bad number {value:?}", n + 1))
                };
                let word = match kind {
                    "month" => Word::Month(int() as u8),
                    "weekday" => Word::Weekday(value.to_string()),
                    "relative" => Word::Relative(value.to_string()),
                    "cardinal" => Word::Cardinal(int()),
                    "ordinal" => Word::Ordinal(int()),
                    "scale" => Word::Scale(int()),
                    "percent" => Word::Percent,
                    "more" => Word::More,
                    "less" => Word::Less,
                    other => panic!("{file}:{}: unknown kind {other:?}", n + 1),
                };
                let key = fold(surface);
                match key.split_once(' ') {
                    Some((a, b)) => pairs
                        .entry(a.to_string())
                        .or_default()
                        .push((b.trim().to_string(), word)),
                    None => {
                        words.insert(key, word);
                    }
                }
            }
        }
        Patterns { words, pairs }
    }

    /// All dates and numbers in the document, in order, not overlapping.
    pub(crate) fn find(&self, doc: &Document, facts: &TokenFacts) -> Vec<PatternMatch> {
        let mut out = Vec::new();
        for (line, range) in doc.line_tokens.iter().enumerate() {
            let toks = doc.tokens_of(line);
            let mut scan = Scan {
                doc,
                facts,
                patterns: self,
                toks,
                base: range.start,
                words: Vec::new(),
            };
            scan.words = (0..toks.len()).map(|i| scan.lookup(i)).collect();
            let mut i = 0;
            while i < scan.toks.len() {
                match scan.date_at(i).or_else(|| scan.number_at(i)) {
                    Some(m) => {
                        i = m.end - range.start;
                        out.push(m);
                    }
                    None => i += 1,
                }
            }
        }
        out
    }
}

struct Scan<'a> {
    doc: &'a Document<'a>,
    facts: &'a TokenFacts,
    patterns: &'a Patterns,
    toks: &'a [Token],
    base: usize,
    /// [`Scan::lookup`] of every token, computed once.
    words: Vec<Option<(&'a Word, usize)>>,
}

impl<'a> Scan<'a> {
    fn text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.doc.text[t.start..t.end]
    }

    /// The folded key of word token `i`.
    fn key(&self, i: usize) -> &'a str {
        self.facts.key(self.base + i)
    }

    /// The lexicon word at `i` and how many tokens it spans (two-token
    /// phrases like `से अधिक` first).
    fn word(&self, i: usize) -> Option<(&'a Word, usize)> {
        self.words.get(i).copied().flatten()
    }

    fn lookup(&self, i: usize) -> Option<(&'a Word, usize)> {
        if i >= self.toks.len() {
            return None;
        }
        if !self.toks[i].is_word() && !matches!(self.text(i), "%") {
            return None;
        }
        if i + 1 < self.toks.len() && self.toks[i + 1].is_word() {
            if let Some(seconds) = self.patterns.pairs.get(self.key(i)) {
                let next = self.key(i + 1);
                if let Some((_, w)) = seconds.iter().find(|(b, _)| b == next) {
                    return Some((w, 2));
                }
            }
        }
        self.patterns.words.get(self.key(i)).map(|w| (w, 1))
    }

    /// The value of a digit token (`10,000`, `२०१९`), if it is an integer.
    fn integer(&self, i: usize) -> Option<u64> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = fold(self.text(i));
        if s.contains('.') {
            return None;
        }
        s.replace(',', "").parse().ok()
    }

    fn number_value(&self, i: usize) -> Option<f64> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        fold(self.text(i)).replace(',', "").parse().ok()
    }

    fn is_year(&self, i: usize) -> Option<u64> {
        let plain = !self.text(i).contains(',');
        self.integer(i)
            .filter(|y| plain && (1800..=2199).contains(y))
    }

    fn month(&self, i: usize) -> Option<u8> {
        match self.word(i) {
            Some((Word::Month(m), 1)) => Some(*m),
            _ => None,
        }
    }

    /// Skips an optional comma at `i`.
    fn after_comma(&self, i: usize) -> usize {
        if i < self.toks.len() && self.text(i) == "," {
            i + 1
        } else {
            i
        }
    }

    /// A digit token glued to letters or a hyphen (`S-400`, `G20`, `COVID-19`)
    /// is part of a name, not a number.
    fn glued(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let before = i > 0 && self.toks[i - 1].end == t.start && {
            let p = self.text(i - 1);
            p == "-" || self.toks[i - 1].is_word()
        };
        before
            || (i + 1 < self.toks.len()
                && self.toks[i + 1].start == t.end
                && self.toks[i + 1].is_word()
                && !ORDINAL_SUFFIXES.contains(&self.text(i + 1)))
    }

    fn date_at(&self, i: usize) -> Option<PatternMatch> {
        let hit = |end: usize, canonical: String| {
            Some(PatternMatch {
                first: self.base + i,
                end: self.base + end,
                label: EntityLabel::DATE,
                canonical,
            })
        };
        // day month [,] [year]
        if let Some(day) = self
            .integer(i)
            .filter(|d| (1..=31).contains(d) && !self.glued(i))
        {
            if let Some(m) = self.month(i + 1) {
                let y = self.after_comma(i + 2);
                if let Some(year) = self.year_after(y) {
                    return hit(y + 1, format!("{} {day}, {year}", MONTHS[m as usize - 1]));
                }
                return hit(i + 2, format!("{} {day}", MONTHS[m as usize - 1]));
            }
        }
        if let Some(m) = self.month(i) {
            let name = MONTHS[m as usize - 1];
            // month day [,] year | month day
            if let Some(day) = self.integer(i + 1).filter(|d| (1..=31).contains(d)) {
                let y = self.after_comma(i + 2);
                if let Some(year) = self.year_after(y) {
                    return hit(y + 1, format!("{name} {day}, {year}"));
                }
                return hit(i + 2, format!("{name} {day}"));
            }
            // month year
            if let Some(year) = self.year_after(self.after_comma(i + 1)) {
                return hit(self.after_comma(i + 1) + 1, format!("{name} {year}"));
            }
            // An English month alone must be capitalised (`May` vs `may`),
            // and `May`/`March` alone are too often verbs to count.
            let t = self.text(i);
            let latin = t.is_ascii();
            if !latin || (t.starts_with(char::is_uppercase) && !matches!(t, "May" | "March")) {
                return hit(i + 1, name.to_string());
            }
            return None;
        }
        match self.word(i) {
            Some((Word::Weekday(d), 1)) => return hit(i + 1, d.clone()),
            Some((Word::Relative(r), 1)) => return hit(i + 1, r.clone()),
            _ => {}
        }
        // A year alone, unless a scale, percent or comparator makes it an amount.
        let year = self.is_year(i).filter(|_| !self.glued(i))?;
        match self.word(i + 1) {
            Some((Word::Scale(_) | Word::Percent | Word::More | Word::Less, _)) => None,
            _ => hit(i + 1, year.to_string()),
        }
    }

    fn year_after(&self, i: usize) -> Option<u64> {
        (i < self.toks.len()).then(|| self.is_year(i)).flatten()
    }

    fn number_at(&self, i: usize) -> Option<PatternMatch> {
        let mut end;
        let mut value: f64;
        let mut prefix = String::new();
        let mut start = i;
        // An English comparator before the number.
        let mut at = i;
        if let Some((w @ (Word::More | Word::Less), n)) = self.word(i) {
            if self.number_value(i + n).is_some() {
                prefix = if *w == Word::More {
                    "more than ".into()
                } else {
                    "less than ".into()
                };
                at = i + n;
            }
        }
        if let Some(v) = self.number_value(at).filter(|_| !self.glued(at)) {
            value = v;
            end = at + 1;
            // An ordinal suffix glued to the digits.
            if end < self.toks.len()
                && self.toks[end].start == self.toks[at].end
                && ORDINAL_SUFFIXES.contains(&self.text(end))
            {
                return Some(PatternMatch {
                    first: self.base + start,
                    end: self.base + end + 1,
                    label: EntityLabel::NUM,
                    canonical: ordinal(v as u64),
                });
            }
        } else {
            match self.word(i) {
                Some((Word::Cardinal(v), n)) => {
                    value = *v as f64;
                    end = i + n;
                }
                // `दूसरी तरफ` / `दूसरी ओर`: "on the other hand", no ordinal.
                Some((Word::Ordinal(_), n))
                    if i + n < self.toks.len() && matches!(self.key(i + n), "तरफ" | "ओर") =>
                {
                    return None
                }
                Some((Word::Ordinal(v), n)) => {
                    return Some(PatternMatch {
                        first: self.base + i,
                        end: self.base + i + n,
                        label: EntityLabel::NUM,
                        canonical: ordinal(*v),
                    })
                }
                _ => return None,
            }
            start = i;
        }
        let mut percent = false;
        let mut suffix = String::new();
        while let Some((w, n)) = self.word(end) {
            match w {
                Word::Scale(s) => value *= *s as f64,
                Word::Percent if !percent => percent = true,
                Word::More if suffix.is_empty() && prefix.is_empty() => {
                    suffix = "more than ".into()
                }
                Word::Less if suffix.is_empty() && prefix.is_empty() => {
                    suffix = "less than ".into()
                }
                _ => break,
            }
            end += n;
        }
        let shown = if value.fract() == 0.0 && value.abs() < 1e18 {
            format!("{}", value as i64)
        } else {
            format!("{value}")
        };
        Some(PatternMatch {
            first: self.base + start,
            end: self.base + end,
            label: EntityLabel::NUM,
            canonical: format!("{prefix}{suffix}{shown}{}", if percent { "%" } else { "" }),
        })
    }
}

fn ordinal(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::lexicon::Lexicons;

    fn found(text: &str) -> Vec<(&str, EntityLabel, String)> {
        let doc = Document::new(text);
        let facts = TokenFacts::new(&doc, &Lexicons::new());
        Patterns::new()
            .find(&doc, &facts)
            .into_iter()
            .map(|m| {
                (
                    &text[doc.tokens[m.first].start..doc.tokens[m.end - 1].end],
                    m.label,
                    m.canonical,
                )
            })
            .collect()
    }

    macro_rules! cases {
        ($($name:ident: $text:expr => [$(($span:expr, $label:ident, $canon:expr)),*];)*) => {$(
            #[test]
            fn $name() {
                let want: Vec<(&str, EntityLabel, String)> = vec![$(($span, EntityLabel::$label, $canon.to_string())),*];
                assert_eq!(found($text), want);
            }
        )*};
    }

    cases! {
        hindi_day_month_year: "25 अप्रैल, 2019 को" => [("25 अप्रैल, 2019", DATE, "April 25, 2019")];
        english_month_day_year: "April 25, 2024" => [("April 25, 2024", DATE, "April 25, 2024")];
        month_year: "फरवरी 2022 में" => [("फरवरी 2022", DATE, "February 2022")];
        weekday_and_day_month: "बुधवार (26 जुलाई) को" => [("बुधवार", DATE, "Wednesday"), ("26 जुलाई", DATE, "July 26")];
        month_alone: "सितंबर में" => [("सितंबर", DATE, "September")];
        english_may_alone_is_not_a_date: "it may rain in May" => [];
        year_alone: "2025 ऐसा साल" => [("2025", DATE, "2025")];
        devanagari_digits: "२५ अप्रैल" => [("२५ अप्रैल", DATE, "April 25")];
        comparator_after: "10,000 से अधिक सैनिक" => [("10,000 से अधिक", NUM, "more than 10000")];
        scale_word: "25 करोड़ का" => [("25 करोड़", NUM, "250000000")];
        percent_sign: "50% शुल्क" => [("50%", NUM, "50%")];
        percent_word: "5 प्रतिशत" => [("5 प्रतिशत", NUM, "5%")];
        ordinal_suffix: "70वीं परीक्षा" => [("70वीं", NUM, "70th")];
        number_words: "पांच साल बाद छह लोग पहली बार" => [("पांच", NUM, "5"), ("छह", NUM, "6"), ("पहली", NUM, "1st")];
        other_hand_is_no_ordinal: "वहीं दूसरी तरफ, किम ने" => [];
        model_numbers_are_not_amounts: "S-400 और G20" => [];
        english_comparator_before: "more than 2,000 people" => [("more than 2,000", NUM, "more than 2000")];
        indefinite_article_is_not_one: "एक पत्र लिखा" => [];
    }
}
