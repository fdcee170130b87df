//! Bad input gets a correct result or a clear error: never a panic, a hang
//! or lost text.

use newsmark::{Annotation, Annotator, LineLabel, OffsetUnit, Options, MAX_TEXT_BYTES};

/// Invariants every annotation must hold for its text.
fn check(text: &str, a: &Annotation) {
    assert_eq!(a.unit, OffsetUnit::Bytes);
    // Every non-blank line has exactly one label, in order, on char boundaries.
    let non_blank: Vec<&str> = text
        .split(['\n', '\r'])
        .filter(|l| !l.chars().all(char::is_whitespace))
        .collect();
    assert_eq!(
        a.lines.len(),
        non_blank.len(),
        "one label per non-blank line"
    );
    let mut prev_end = 0;
    for (line, expected) in a.lines.iter().zip(&non_blank) {
        assert!(line.start >= prev_end && line.start <= line.end);
        assert_eq!(&&text[line.start..line.end], expected);
        prev_end = line.end;
    }
    for j in &a.junk {
        assert!(text.is_char_boundary(j.start) && text.is_char_boundary(j.end) && j.start < j.end);
        let owner = a
            .lines
            .iter()
            .find(|l| l.start <= j.start && j.end <= l.end)
            .expect("junk lies inside one line");
        assert_eq!(
            owner.label,
            LineLabel::Content,
            "junk is only marked inside content lines"
        );
    }
    let mut prev = 0;
    for e in &a.entities {
        assert!(
            e.start < e.end && e.start >= prev,
            "entities are ordered and do not overlap"
        );
        assert_eq!(text.get(e.start..e.end), Some(e.text.as_str()));
        assert!(!e.canonical.is_empty());
        prev = e.end;
    }
    // Converting offsets never fails and keeps the order.
    for unit in [OffsetUnit::Utf16, OffsetUnit::Codepoints] {
        let c = a.to_unit(text, unit);
        assert!(c.lines.windows(2).all(|w| w[0].end <= w[1].start));
    }
    // Nothing is lost: without boilerplate stripping, the clean text is every line.
    let all = Annotator::new()
        .annotate(
            text,
            &Options {
                boilerplate: false,
                ..Options::default()
            },
        )
        .unwrap();
    assert_eq!(
        all.clean_text(text),
        non_blank
            .iter()
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
}

fn annotate(text: &str) -> Annotation {
    let a = Annotator::new()
        .annotate(text, &Options::default())
        .unwrap();
    check(text, &a);
    a
}

macro_rules! inputs {
    ($($name:ident: $text:expr;)*) => {$(
        #[test]
        fn $name() {
            annotate(&$text);
        }
    )*};
}

inputs! {
    empty: "";
    only_whitespace: " \n\t\r\n \u{a0}\n";
    crlf_lines: "रूस ने कहा।\r\nभारत ने सुना।\r\n\r\nचीन चुप रहा।";
    lone_carriage_returns: "रूस\rभारत\rचीन";
    zwj_and_zwnj: "दिल्\u{200D}ली में प्रधानमंत्री\u{200C} मोदी ने 👨\u{200D}👩\u{200D}👧 परिवार से मुलाकात की।";
    emoji_everywhere: "😀 रूस 🇮🇳 भारत 👍🏽\n🎉🎉🎉\n";
    right_to_left: "مرحبا بالعالم  שלום עולם\nرूस और ईरान ने बात की। بالعربية";
    html_and_script_as_text: "<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n<p>रूस ने <b>भारत</b> से कहा</p>";
    control_and_binary_bytes: String::from_utf8_lossy(&(0u8..=255).cycle().take(5000).collect::<Vec<u8>>()).into_owned();
    nul_bytes: "रूस\0भारत\0\0\n\0";
    replacement_characters: "\u{FFFD}\u{FFFD} रूस \u{FFFD}";
    combining_marks_without_base: "\u{093F}\u{094D}\u{093C} ्् ़ रूस";
    very_long_word: "क".repeat(200_000);
    digits_only: "१२३४५६७८९०, 1,00,000.50 % %% ,,, ...";
    punctuation_runs: "»»»»» ||| ::: --- ——— ।।।।";
}

#[test]
fn ten_megabytes_of_news() {
    let seed = include_str!("../seeds/001_4a434ab6c7f788b6.txt");
    let text = seed.repeat(10 * 1024 * 1024 / seed.len() + 1);
    let a = annotate(&text);
    assert!(a.entities.len() > 1000);
}

#[test]
fn one_ten_megabyte_line() {
    let text = "रूस और भारत ने 25 अप्रैल को बात की, ".repeat(10 * 1024 * 1024 / 60);
    let a = annotate(&text);
    assert_eq!(a.lines.len(), 1);
}

#[test]
fn too_large_is_a_clear_error() {
    let text = "a".repeat(MAX_TEXT_BYTES + 1);
    let err = Annotator::new()
        .annotate(&text, &Options::default())
        .unwrap_err();
    assert_eq!(err.code(), "too-large");
    assert!(err.to_string().contains("limit"));
}
