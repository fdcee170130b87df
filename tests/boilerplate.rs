//! The boilerplate pass through the public API: a label and a reason for
//! every kind of line on small pages written for these tests, junk spans,
//! HTML block hints, and the seeds' line labels against their gold.

use newsmark::{
    Annotation, Annotator, BlockHint, BlockTag, LineLabel, OffsetUnit, Options, Reason,
};

fn options() -> Options {
    Options {
        entities: false,
        ..Options::default()
    }
}

fn annotate(text: &str) -> Annotation {
    Annotator::new().annotate(text, &options()).unwrap()
}

/// `(line text, label, reason)` for every line.
fn labelled<'t>(text: &'t str, a: &Annotation) -> Vec<(&'t str, LineLabel, Reason)> {
    a.lines
        .iter()
        .map(|l| (&text[l.start..l.end], l.label, l.reason))
        .collect()
}

/// A Hindi news page: breadcrumb, headline, date line, body with a
/// sub-heading and a paragraph with leaked script glued to it, then every
/// kind of furniture.
const HINDI_PAGE: &str = "होम › देश › खबर
दिल्ली में बारिश से जलभराव, कई इलाकों में यातायात ठप
12 जुलाई 2024
नई दिल्ली, 12 जुलाई (एजेंसी) : राजधानी में सोमवार सुबह से हो रही तेज बारिश के कारण कई इलाकों में जलभराव हो गया है। मौसम विभाग ने अगले दो दिनों तक भारी बारिश की चेतावनी जारी की है और लोगों से घरों में रहने की अपील की है।
नगर निगम के अधिकारियों ने बताया कि जलभराव वाले इलाकों में पानी निकालने के लिए पंप लगाए गए हैं। उन्होंने कहा कि बारिश रुकने के बाद यातायात सामान्य होने में कुछ घंटे लग सकते हैं। और पढ़ें »
यातायात पुलिस की सलाह
यातायात पुलिस ने लोगों को सलाह दी है कि वे जलभराव वाले रास्तों से बचें और बारिश के दौरान सार्वजनिक परिवहन का इस्तेमाल करें। पुलिस ने कई रास्तों पर यातायात को दूसरी ओर मोड़ दिया है।
head.appendChild;});बारिश के कारण दिल्ली के कई स्कूलों में छुट्टी घोषित कर दी गई है और अभिभावकों को बच्चों को घर पर रखने की सलाह दी गई है। शिक्षा विभाग ने कहा कि स्थिति सामान्य होने पर स्कूल फिर से खुलेंगे।
DELHI RAIN WEATHER TRAFFIC MONSOON UPDATE
ये भी पढ़ें: मुंबई में भी भारी बारिश का अलर्ट, स्कूल बंद
और पढो »
Have something to say? Post your opinion
Follow us: Facebook Twitter Instagram YouTube
![बारिश](https://example.com/img/rain.png)
https://example.com/news/delhi-rain
--%>
दिल्ली में बारिश से जलभराव, कई इलाकों में यातायात ठप
© 2024 खबर भारत. सर्वाधिकार सुरक्षित.
";

/// An English page in the same shape, with English furniture, paragraphs
/// set apart by blank lines as a browser's copy of `<p>` elements gives them.
const ENGLISH_PAGE: &str = "Skip to main content
World
Storm floods low-lying districts as river breaks its banks
November 19, 2019
Heavy rain overnight pushed the river over its banks on Tuesday, flooding hundreds of homes in the low-lying districts and forcing the closure of two main roads into the city centre.

Emergency crews spent the morning pumping water out of basements while volunteers handed out sandbags, and the mayor said the worst of the flooding should pass by the evening.

Advertisement
The river rose by more than two metres in six hours, the highest level recorded since the flood defences were built, according to figures published by the environment agency on Tuesday afternoon.

\"We have never seen the water come up this fast,\" said one resident, who had lived by the river for thirty years and spent the night moving furniture upstairs with her neighbours.

Residents of the flooded districts will be able to return to their homes once engineers have checked the river defences, the mayor said in a statement posted on the city's website.

Share this article
Related Stories
Tags: weather, floods, river
Facebook
www.example.com/storm-floods
";

/// A list of other stories' teasers above the article, each with its own
/// read-more link, as Hindi sites print their "top news" boxes.
const TEASERS_THEN_ARTICLE: &str = "मुंबई में समुद्र में ऊंची लहरें उठने की चेतावनी, मछुआरों को समुद्र में न जाने की सलाह
और पढो »
पटना में गंगा का जलस्तर बढ़ा, निचले इलाकों में रहने वाले लोगों को सतर्क रहने को कहा गया
और पढो »
दिल्ली में बारिश से जलभराव, कई इलाकों में यातायात ठप
नई दिल्ली, 12 जुलाई (एजेंसी) : राजधानी में सोमवार सुबह से हो रही तेज बारिश के कारण कई इलाकों में जलभराव हो गया है। मौसम विभाग ने अगले दो दिनों तक भारी बारिश की चेतावनी जारी की है और लोगों से घरों में रहने की अपील की है।
नगर निगम के अधिकारियों ने बताया कि जलभराव वाले इलाकों में पानी निकालने के लिए पंप लगाए गए हैं। उन्होंने कहा कि बारिश रुकने के बाद यातायात सामान्य होने में कुछ घंटे लग सकते हैं।
यातायात पुलिस ने लोगों को सलाह दी है कि वे जलभराव वाले रास्तों से बचें और बारिश के दौरान सार्वजनिक परिवहन का इस्तेमाल करें। पुलिस ने कई रास्तों पर यातायात को दूसरी ओर मोड़ दिया है।
";

macro_rules! line_cases {
    ($($name:ident: $page:expr, $line:expr => $label:ident / $reason:ident;)*) => {
        $(
            #[test]
            fn $name() {
                let text = $page;
                let a = annotate(text);
                let lines = labelled(text, &a);
                let (line, label, reason) = lines
                    .iter()
                    .find(|(l, _, _)| *l == $line)
                    .unwrap_or_else(|| panic!("no line {:?}", $line));
                assert_eq!((*label, *reason), (LineLabel::$label, Reason::$reason), "{line}\n{lines:#?}");
            }
        )*
    };
}

line_cases! {
    hi_breadcrumb_is_furniture: HINDI_PAGE, "होम › देश › खबर" => Boilerplate / Furniture;
    hi_headline_is_content: HINDI_PAGE, "दिल्ली में बारिश से जलभराव, कई इलाकों में यातायात ठप" => Content / Headline;
    hi_date_line_is_content: HINDI_PAGE, "12 जुलाई 2024" => Content / Dateline;
    hi_subheading_is_content: HINDI_PAGE, "यातायात पुलिस की सलाह" => Content / Subheading;
    hi_tag_line: HINDI_PAGE, "DELHI RAIN WEATHER TRAFFIC MONSOON UPDATE" => Boilerplate / TagLine;
    hi_related_heading_with_teaser: HINDI_PAGE, "ये भी पढ़ें: मुंबई में भी भारी बारिश का अलर्ट, स्कूल बंद" => Boilerplate / RelatedList;
    hi_read_more: HINDI_PAGE, "और पढो »" => Boilerplate / ReadMore;
    hi_opinion_prompt: HINDI_PAGE, "Have something to say? Post your opinion" => Boilerplate / Prompt;
    hi_follow_row: HINDI_PAGE, "Follow us: Facebook Twitter Instagram YouTube" => Boilerplate / Prompt;
    hi_markdown_image: HINDI_PAGE, "![बारिश](https://example.com/img/rain.png)" => Boilerplate / Image;
    hi_bare_url: HINDI_PAGE, "https://example.com/news/delhi-rain" => Boilerplate / Url;
    hi_template_code: HINDI_PAGE, "--%>" => Boilerplate / Code;
    hi_copyright: HINDI_PAGE, "© 2024 खबर भारत. सर्वाधिकार सुरक्षित." => Boilerplate / Furniture;
    en_skip_link: ENGLISH_PAGE, "Skip to main content" => Boilerplate / Prompt;
    en_section_label: ENGLISH_PAGE, "World" => Boilerplate / Furniture;
    en_headline: ENGLISH_PAGE, "Storm floods low-lying districts as river breaks its banks" => Content / Headline;
    en_date_line: ENGLISH_PAGE, "November 19, 2019" => Content / Dateline;
    en_advertisement: ENGLISH_PAGE, "Advertisement" => Boilerplate / Furniture;
    en_share_prompt: ENGLISH_PAGE, "Share this article" => Boilerplate / Prompt;
    en_related_heading: ENGLISH_PAGE, "Related Stories" => Boilerplate / RelatedList;
    en_tags: ENGLISH_PAGE, "Tags: weather, floods, river" => Boilerplate / TagLine;
    en_social_name_alone: ENGLISH_PAGE, "Facebook" => Boilerplate / Prompt;
    en_www_url: ENGLISH_PAGE, "www.example.com/storm-floods" => Boilerplate / Url;
    hi_teaser_with_its_read_more_link: TEASERS_THEN_ARTICLE,
        "पटना में गंगा का जलस्तर बढ़ा, निचले इलाकों में रहने वाले लोगों को सतर्क रहने को कहा गया" => Boilerplate / RelatedList;
}

#[test]
fn body_paragraphs_are_content() {
    for page in [HINDI_PAGE, ENGLISH_PAGE] {
        let a = annotate(page);
        for (line, label, reason) in labelled(page, &a) {
            if line.split_whitespace().count() >= 25 {
                assert_eq!(
                    (label, reason),
                    (LineLabel::Content, Reason::Body),
                    "{line}"
                );
            }
        }
    }
}

#[test]
fn the_repeated_headline_is_a_duplicate() {
    let a = annotate(HINDI_PAGE);
    let lines = labelled(HINDI_PAGE, &a);
    let headline = "दिल्ली में बारिश से जलभराव, कई इलाकों में यातायात ठप";
    let repeats: Vec<_> = lines.iter().filter(|(l, _, _)| *l == headline).collect();
    assert_eq!(repeats.len(), 2);
    assert_eq!(
        (repeats[0].1, repeats[0].2),
        (LineLabel::Content, Reason::Headline)
    );
    assert_eq!(
        (repeats[1].1, repeats[1].2),
        (LineLabel::Boilerplate, Reason::Duplicate)
    );
}

#[test]
fn leaked_script_glued_to_a_paragraph_is_junk() {
    let a = annotate(HINDI_PAGE);
    let junk: Vec<(&str, Reason)> = a
        .junk
        .iter()
        .map(|j| (&HINDI_PAGE[j.start..j.end], j.reason))
        .collect();
    assert!(
        junk.contains(&("head.appendChild;});", Reason::Code)),
        "{junk:?}"
    );
    let clean = a.clean_text(HINDI_PAGE);
    assert!(clean.contains("\nबारिश के कारण दिल्ली के कई स्कूलों"), "{clean}");
    assert!(!clean.contains("appendChild"));
}

#[test]
fn a_trailing_read_more_is_junk() {
    let a = annotate(HINDI_PAGE);
    let junk: Vec<(&str, Reason)> = a
        .junk
        .iter()
        .map(|j| (&HINDI_PAGE[j.start..j.end], j.reason))
        .collect();
    assert!(junk.contains(&("और पढ़ें »", Reason::ReadMore)), "{junk:?}");
    let clean = a.clean_text(HINDI_PAGE);
    assert!(clean.contains("कुछ घंटे लग सकते हैं। \n"), "{clean}");
}

#[test]
fn every_boilerplate_line_has_a_boilerplate_reason() {
    let content_reasons = [
        Reason::Headline,
        Reason::Dateline,
        Reason::Body,
        Reason::Subheading,
        Reason::Kept,
    ];
    for page in [HINDI_PAGE, ENGLISH_PAGE] {
        for l in annotate(page).lines {
            assert_eq!(
                l.label == LineLabel::Content,
                content_reasons.contains(&l.reason),
                "{:?}",
                &page[l.start..l.end]
            );
        }
    }
}

#[test]
fn boilerplate_off_keeps_every_line() {
    let a = Annotator::new()
        .annotate(
            HINDI_PAGE,
            &Options {
                boilerplate: false,
                entities: false,
                ..Options::default()
            },
        )
        .unwrap();
    assert!(a.lines.iter().all(|l| l.label == LineLabel::Content));
    assert!(a.junk.is_empty());
}

#[test]
fn crlf_gives_the_same_labels() {
    let lf = annotate(HINDI_PAGE);
    let crlf_text = HINDI_PAGE.replace('\n', "\r\n");
    let crlf = annotate(&crlf_text);
    let labels = |a: &Annotation| {
        a.lines
            .iter()
            .map(|l| (l.label, l.reason))
            .collect::<Vec<_>>()
    };
    assert_eq!(labels(&lf), labels(&crlf));
}

// ---- HTML block hints ------------------------------------------------------

/// The long paragraphs of `ENGLISH_PAGE`: its article's body.
fn english_paragraphs() -> Vec<&'static str> {
    ENGLISH_PAGE
        .lines()
        .filter(|l| l.split_whitespace().count() > 20)
        .collect()
}

/// A page's text built one block per line, with the block hints the
/// browser would hand over.
#[derive(Default)]
struct BlockPage {
    text: String,
    blocks: Vec<BlockHint>,
}

impl BlockPage {
    /// Appends `line` as a block with `hint` (its offsets filled in).
    fn push(&mut self, line: &str, hint: BlockHint) {
        let start = self.text.len();
        self.text.push_str(line);
        self.blocks.push(BlockHint {
            start,
            end: self.text.len(),
            ..hint
        });
        self.text.push('\n');
    }

    /// A headline and `paragraphs`, each its own block in the container
    /// at DOM path `[1, 2]`.
    fn article(paragraphs: &[&str]) -> BlockPage {
        let mut page = BlockPage::default();
        page.push(
            "Storm floods low-lying districts",
            block(BlockTag::Heading, vec![1, 2, 3]),
        );
        for (k, line) in paragraphs.iter().enumerate() {
            page.push(line, block(BlockTag::P, vec![1, 2, 10 + k as u32]));
        }
        page
    }

    fn annotate(&self) -> Annotation {
        Annotator::new()
            .annotate_blocks(&self.text, &self.blocks, OffsetUnit::Bytes, &options())
            .unwrap()
    }
}

/// A block hint with a tag and a DOM path.
fn block(tag: BlockTag, path: Vec<u32>) -> BlockHint {
    BlockHint {
        tag,
        heading: if tag == BlockTag::Heading { 3 } else { 0 },
        path,
        ..BlockHint::default()
    }
}

/// A page's text with one block per line, and hints that say the first two
/// lines are navigation links and the rest an article.
fn page_with_blocks() -> BlockPage {
    let mut page = BlockPage::default();
    for n in ["Home", "World News", "Sport"] {
        let hint = BlockHint {
            tag: BlockTag::Li,
            link_chars: n.len(),
            in_list: true,
            ancestors: vec!["nav".into()],
            classes: "site-menu".into(),
            ..BlockHint::default()
        };
        page.push(n, hint);
    }
    let article = |tag| BlockHint {
        tag,
        ancestors: vec!["article".into()],
        classes: "story-body".into(),
        ..BlockHint::default()
    };
    page.push(
        "Storm floods low-lying districts",
        BlockHint {
            heading: 1,
            ..article(BlockTag::Heading)
        },
    );
    for line in english_paragraphs() {
        page.push(line, article(BlockTag::P));
    }
    page
}

#[test]
fn block_hints_drive_the_html_mode() {
    let page = page_with_blocks();
    let a = page.annotate();
    let lines = labelled(&page.text, &a);
    assert_eq!(lines.len(), page.blocks.len());
    for (line, label, _) in &lines {
        let want = if ["Home", "World News", "Sport"].contains(line) {
            LineLabel::Boilerplate
        } else {
            LineLabel::Content
        };
        assert_eq!(*label, want, "{line}");
    }
}

#[test]
fn block_offsets_in_utf16_are_converted() {
    let text = "😀 नमस्ते\nदूसरी पंक्ति यहाँ है।\n";
    // In UTF-16: "😀 नमस्ते" is 2 + 1 + 6 = 9 units, then "\n".
    let blocks = vec![
        BlockHint {
            start: 0,
            end: 9,
            tag: BlockTag::Heading,
            heading: 1,
            ..BlockHint::default()
        },
        BlockHint {
            start: 10,
            end: 30,
            tag: BlockTag::P,
            ..BlockHint::default()
        },
    ];
    let a = Annotator::new()
        .annotate_blocks(text, &blocks, OffsetUnit::Utf16, &options())
        .unwrap();
    assert_eq!(a.lines.len(), 2);
    // A surrogate half or an offset past the end is an error, not a panic.
    for bad in [
        BlockHint {
            start: 1,
            end: 9,
            ..BlockHint::default()
        },
        BlockHint {
            start: 0,
            end: 999,
            ..BlockHint::default()
        },
    ] {
        let err = Annotator::new()
            .annotate_blocks(text, &[bad], OffsetUnit::Utf16, &options())
            .unwrap_err();
        assert_eq!(err.code(), "invalid-offset");
    }
    let reversed = BlockHint {
        start: 5,
        end: 2,
        ..BlockHint::default()
    };
    assert!(Annotator::new()
        .annotate_blocks(text, &[reversed], OffsetUnit::Bytes, &options())
        .is_err());
}

#[cfg(feature = "html")]
#[test]
fn html_pages_annotate_through_their_blocks() {
    let page = format!(
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>\
         <article><h1>Storm floods low-lying districts</h1>{}</article>\
         <footer><p>© 2019 Example News. All rights reserved.</p></footer></body></html>",
        english_paragraphs().iter().map(|l| format!("<p>{l}</p>")).collect::<String>()
    );
    let (text, blocks) = newsmark::html::blocks(&page);
    let a = Annotator::new()
        .annotate_blocks(&text, &blocks, OffsetUnit::Bytes, &options())
        .unwrap();
    let clean = a.clean_text(&text);
    assert!(clean.contains("Heavy rain overnight"), "{clean}");
    assert!(!clean.contains("All rights reserved"), "{clean}");
    assert!(!clean.contains("Home\n"), "{clean}");
}

/// Teasers of other stories that read like prose, in a plain `div` after
/// the article with no class or landmark to give them away: the article's
/// container, found from the blocks' paths, tells them apart.
#[test]
fn block_paths_find_the_article_container() {
    let article = english_paragraphs();
    let teasers = [
        "The city council approved a new budget for the coming year on Monday, with more money for schools and parks across the northern districts, and for the buses.",
        "A local bakery that has served the same street for ninety years will close its doors next month, its owners said, after the rent on the building doubled this spring.",
        "Scientists at the university said on Friday that a rare bird, not seen in the region for decades, had been spotted nesting in the marshes south of the old harbour.",
    ];
    let mut page = BlockPage::article(&article);
    // Each teaser is a link, as teasers are.
    for (k, line) in teasers.iter().enumerate() {
        let hint = BlockHint {
            link_chars: line.len(),
            ..block(BlockTag::Other, vec![1, 30, 31 + k as u32])
        };
        page.push(line, hint);
    }
    let a = page.annotate();
    for (line, label, _) in labelled(&page.text, &a) {
        let want = if teasers.contains(&line) {
            LineLabel::Boilerplate
        } else {
            LineLabel::Content
        };
        assert_eq!(label, want, "{line}");
    }
}

/// Teasers of other stories with summaries that read as paragraphs, in a
/// container inside the article's that a related-list heading opens: the
/// whole container is the list, down to its end.
#[test]
fn a_related_heading_heads_its_whole_container() {
    let article = english_paragraphs();
    let teasers = [
        "The river that flooded the low-lying districts on Monday rose again overnight, and the council said the water would stay high in the districts until the weekend.",
        "Residents of the low-lying districts said the rain had flooded their streets for the third time this year, and asked the council for new defences on the river.",
    ];
    let mut page = BlockPage::article(&article);
    page.push(
        "You may also like",
        block(BlockTag::Heading, vec![1, 2, 40, 41]),
    );
    for (k, line) in teasers.iter().enumerate() {
        page.push(line, block(BlockTag::P, vec![1, 2, 40, 42 + k as u32]));
    }
    let a = page.annotate();
    for (line, label, reason) in labelled(&page.text, &a) {
        if teasers.contains(&line) {
            assert_eq!(
                (label, reason),
                (LineLabel::Boilerplate, Reason::RelatedList),
                "{line}"
            );
        } else if article.contains(&line) {
            assert_eq!(label, LineLabel::Content, "{line}");
        }
    }
}

/// A photo caption between the article's paragraphs, named as one by its
/// class: not the article's text.
#[test]
fn a_caption_class_marks_a_caption() {
    let caption = "Residents wade through a flooded street on Monday (Photo: Jane Doe)";
    let hint = |path: Vec<u32>, classes: &str| BlockHint {
        classes: classes.into(),
        ..block(BlockTag::Other, path)
    };
    let mut page = BlockPage::default();
    for (k, line) in english_paragraphs().iter().enumerate() {
        page.push(line, hint(vec![1, 2, 10 + k as u32], "story-text"));
        if k == 0 {
            page.push(
                caption,
                hint(vec![1, 2, 30, 31], "photo-caption story-text"),
            );
        }
    }
    let a = page.annotate();
    for (line, label, _) in labelled(&page.text, &a) {
        let want = if line == caption {
            LineLabel::Boilerplate
        } else {
            LineLabel::Content
        };
        assert_eq!(label, want, "{line}");
    }
}

// ---- the seeds ---------------------------------------------------------------

/// Each seed's line labels against `seeds/gold.jsonl`: at most one line off
/// per seed (the annotator's current figure is one line in all five).
#[test]
fn seed_line_labels_match_gold() {
    let annotator = Annotator::new();
    let mut wrong_total = 0;
    for l in include_str!("../seeds/gold.jsonl").lines() {
        let gold: serde_json::Value = serde_json::from_str(l).unwrap();
        let text = gold["text"].as_str().unwrap();
        let a = annotator
            .annotate(text, &options())
            .unwrap()
            .to_unit(text, OffsetUnit::Codepoints);
        let gold_lines = gold["lines"].as_array().unwrap();
        assert_eq!(a.lines.len(), gold_lines.len());
        let wrong: Vec<String> = a
            .lines
            .iter()
            .zip(gold_lines)
            .filter(|(ours, g)| (ours.label == LineLabel::Content) != (g["label"] == "content"))
            .map(|(ours, _)| {
                text.chars()
                    .skip(ours.start)
                    .take(ours.end - ours.start)
                    .collect()
            })
            .collect();
        assert!(wrong.len() <= 1, "{}: {wrong:#?}", gold["id"]);
        wrong_total += wrong.len();
    }
    assert!(wrong_total <= 1, "{wrong_total} seed lines off");
}

// ---- robustness --------------------------------------------------------------

/// Labels every line, one line per span, spans on char boundaries, no panic.
fn check_shape(text: &str) {
    let a = annotate(text);
    for l in &a.lines {
        assert!(text.is_char_boundary(l.start) && text.is_char_boundary(l.end) && l.start <= l.end);
    }
    for j in &a.junk {
        assert!(text.is_char_boundary(j.start) && text.is_char_boundary(j.end) && j.start < j.end);
    }
    let _ = a.clean_text(text);
}

#[test]
fn odd_input_never_panics() {
    // Binary junk, decoded lossily as the CLI's --lossy does.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..300_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    check_shape(&String::from_utf8_lossy(&bytes));
    // Markup and script as text, RTL, emoji, lone CRs, control characters.
    check_shape("<div class=\"x\"><script>var a = 1;</script></div>\n<p>Hello</p>\n");
    check_shape(
        "مرحبا بالعالم. هذا نص عربي طويل بما يكفي ليكون فقرة كاملة من الأخبار اليوم.\nשלום עולם\n",
    );
    check_shape("😀😀😀 news 🎉\r\rदिल्ली 👍🏽\u{200D}\u{0}\u{7}\n\n\n");
    check_shape("");
    check_shape("\n\n\r\n");
    check_shape("head.appendChild;});");
}

#[test]
fn long_and_repetitive_input_stays_linear() {
    // 200,000 copies of one line: duplicate detection is by hash.
    check_shape(&"और पढो »\n".repeat(200_000));
    // One long line of code signs, and one long paragraph.
    check_shape(&"});{};=$".repeat(300_000));
    check_shape(&"बारिश के कारण कई इलाकों में जलभराव हो गया है। ".repeat(50_000));
}

#[test]
fn overlapping_and_stray_blocks_are_tolerated() {
    let text = "Home\nStorm floods the districts\nHeavy rain overnight pushed the river over its banks on Tuesday.\n";
    let blocks = vec![
        BlockHint {
            start: 0,
            end: text.len(),
            tag: BlockTag::Other,
            ..BlockHint::default()
        },
        BlockHint {
            start: 5,
            end: 31,
            tag: BlockTag::Heading,
            heading: 9,
            ..BlockHint::default()
        },
        BlockHint {
            start: 5,
            end: 31,
            link_chars: 1_000_000,
            ..BlockHint::default()
        },
        BlockHint {
            start: 2,
            end: 2,
            ..BlockHint::default()
        },
    ];
    let a = Annotator::new()
        .annotate_blocks(text, &blocks, OffsetUnit::Bytes, &options())
        .unwrap();
    assert_eq!(a.lines.len(), 3);
    let none: Vec<BlockHint> = Vec::new();
    assert_eq!(
        Annotator::new()
            .annotate_blocks(text, &none, OffsetUnit::Codepoints, &options())
            .unwrap()
            .lines
            .len(),
        3
    );
}
