//! Entity recognition: knowledge-base names, date and number patterns, and
//! document-level resolution into mentions with canonical names and tags.

mod gazetteer;
pub(crate) mod kb;
mod lexicon;
mod model;
mod patterns;
mod resolve;
#[cfg(feature = "cli")]
pub mod train;
mod translit;

use serde::Deserialize;

use crate::annotation::{Entity, EntityLabel, Line, Options, Tag};
use crate::error::Error;
use crate::text::Document;
use gazetteer::{Gazetteer, Match, Strength, Terminal};
use kb::KbEntity;
use lexicon::Lexicons;
use model::{Model, TokenFacts};
use patterns::Patterns;

/// An entity from a newsroom's own dictionary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomEntity {
    /// The surface form to find (any spelling variant the matcher folds is
    /// found too).
    pub name: String,
    pub label: EntityLabel,
    /// The canonical name to report.
    pub canonical: String,
    /// Wikidata id, if known.
    #[serde(default)]
    pub id: Option<String>,
}

impl CustomEntity {
    /// Parses a TSV dictionary: `name<TAB>label<TAB>canonical[<TAB>wikidata]`
    /// per line, blank lines and `#` comments ignored.
    pub fn parse_tsv(tsv: &str) -> Result<Vec<CustomEntity>, Error> {
        let mut out = Vec::new();
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if !(3..=4).contains(&cols.len()) {
                return Err(Error::invalid_dictionary(
                    n + 1,
                    format!("expected name, label, canonical and an optional Wikidata id separated by tabs, found {} columns", cols.len()),
                ));
            }
            let entity = CustomEntity {
                name: cols[0].to_string(),
                label: cols[1]
                    .parse()
                    .map_err(|e: Error| Error::invalid_dictionary(n + 1, e.to_string()))?,
                canonical: cols[2].to_string(),
                id: cols.get(3).filter(|s| !s.is_empty()).map(|s| s.to_string()),
            };
            entity
                .validate()
                .map_err(|m| Error::invalid_dictionary(n + 1, m))?;
            out.push(entity);
        }
        Ok(out)
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() || self.canonical.trim().is_empty() {
            return Err("name and canonical must not be empty".into());
        }
        if let Some(id) = &self.id {
            if !(id.len() > 1 && id.starts_with('Q') && id[1..].bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(format!("Wikidata id {id:?} is not of the form Q123"));
            }
        }
        Ok(())
    }
}

/// The tagger's weights (generated: `newsmark train`, see the README).
const MODEL_BIN: &[u8] = include_bytes!("data/model.bin");

/// Finds and resolves entities; built once per [`crate::Annotator`].
pub(crate) struct Recognizer {
    gazetteer: Gazetteer,
    entities: Vec<KbEntity>,
    patterns: Patterns,
    pub(crate) lexicons: Lexicons,
    model: Option<Model>,
}

impl Recognizer {
    pub(crate) fn new() -> Recognizer {
        let mut r = Recognizer::without_model();
        r.model = Model::from_bytes(MODEL_BIN);
        if let Some(m) = &mut r.model {
            r.lexicons.known = std::mem::take(&mut m.known);
        }
        r
    }

    /// The knowledge base, lexicons and patterns, but no tagger (training
    /// starts from this).
    pub(crate) fn without_model() -> Recognizer {
        let rows = kb::parse(kb::KB_TSV).unwrap_or_else(|e| panic!("built-in knowledge base: {e}"));
        let mut gazetteer = Gazetteer::default();
        let mut entities = Vec::with_capacity(rows.len());
        let mut lexicons = Lexicons::new();
        lexicons.add_person_names(
            rows.iter()
                .filter(|r| r.label == EntityLabel::PER)
                .flat_map(|r| r.names.iter().copied()),
        );
        for row in rows.iter().filter(|r| r.label == EntityLabel::LOC) {
            for name in &row.names {
                if let Some(last) = lexicon::fold_words(name).rsplit(' ').next() {
                    lexicons.add_place_stem(last);
                }
            }
        }
        for row in rows {
            let entity = entities.len() as u32;
            entities.push(KbEntity {
                canonical: row.canonical.to_string(),
                label: row.label,
                id: row.id.map(str::to_string),
                context: row.context.iter().map(|c| c.to_string()).collect(),
            });
            for name in row.names {
                gazetteer.insert(
                    name,
                    Terminal {
                        entity,
                        strength: Strength::Full,
                        custom: false,
                    },
                );
            }
            for name in row.short {
                gazetteer.insert(
                    name,
                    Terminal {
                        entity,
                        strength: Strength::Short,
                        custom: false,
                    },
                );
            }
        }
        Recognizer {
            gazetteer,
            entities,
            patterns: Patterns::new(),
            lexicons,
            model: None,
        }
    }

    /// The hash of the knowledge base and lexicons the features depend on.
    #[cfg(any(test, feature = "cli"))]
    pub(crate) fn data_hash(&self) -> u64 {
        lexicon::data_hash(kb::KB_TSV)
    }

    /// The hash recorded in the bundled model, if there is one.
    #[cfg(test)]
    pub(crate) fn model_data_hash(&self) -> Option<u64> {
        self.model.as_ref().map(|m| m.data_hash)
    }

    pub(crate) fn add_custom(&mut self, custom: Vec<CustomEntity>) {
        for c in custom {
            let entity = self.entities.len() as u32;
            self.entities.push(KbEntity {
                canonical: c.canonical,
                label: c.label,
                id: c.id,
                context: Vec::new(),
            });
            self.gazetteer.insert(
                &c.name,
                Terminal {
                    entity,
                    strength: Strength::Full,
                    custom: true,
                },
            );
        }
    }

    /// Is `key` (a folded word) an ordinary word: a function word, or common
    /// in the tagger's training text?
    pub(crate) fn is_known_word(&self, key: &str) -> bool {
        self.lexicons
            .flags
            .get(key)
            .is_some_and(|f| f & (lexicon::flag::FUNCTION | lexicon::flag::POSTPOSITION) != 0)
            || self.lexicons.known.contains(&lexicon::word_hash(key))
    }

    /// Tokens with glued names split, their facts and vocabulary ids.
    fn analyse<'t>(
        &self,
        doc: &Document<'t>,
    ) -> (Option<Document<'t>>, TokenFacts, Vec<Option<u32>>) {
        let facts = TokenFacts::new(doc, &self.lexicons);
        let ids = self.gazetteer.token_ids(doc, &facts);
        let function = |k: &str| {
            self.lexicons
                .flags
                .get(k)
                .is_some_and(|f| f & (lexicon::flag::FUNCTION | lexicon::flag::POSTPOSITION) != 0)
        };
        match self
            .gazetteer
            .split_glued(doc, &facts, &ids, &|k| self.is_known_word(k), &function)
        {
            None => (None, facts, ids),
            Some((tokens, line_tokens)) => {
                let split = Document {
                    text: doc.text,
                    lines: doc.lines.clone(),
                    tokens,
                    line_tokens,
                };
                let facts = facts.resplit(&split, &self.lexicons);
                let ids = self.gazetteer.token_ids(&split, &facts);
                (Some(split), facts, ids)
            }
        }
    }

    /// `text` as one document, glued names split (for training).
    #[cfg(feature = "cli")]
    pub(crate) fn prepare<'t>(&self, text: &'t str) -> Document<'t> {
        let doc = Document::new(text);
        match self.analyse(&doc).0 {
            Some(split) => split,
            None => doc,
        }
    }

    /// Knowledge-base matches as tagger features; `keep` may hide some.
    #[cfg(feature = "cli")]
    pub(crate) fn kb_codes(
        &self,
        doc: &Document,
        facts: &mut TokenFacts,
        keep: &mut dyn FnMut(&Match) -> bool,
    ) -> Vec<Match> {
        let ids = self.gazetteer.token_ids(doc, facts);
        let names = self.gazetteer.find(doc, &ids);
        self.set_codes(facts, &names, keep);
        names
    }

    fn set_codes(
        &self,
        facts: &mut TokenFacts,
        names: &[Match],
        keep: &mut dyn FnMut(&Match) -> bool,
    ) {
        for m in names {
            if !keep(m) {
                continue;
            }
            let e = &self.entities[m.terminal.entity as usize];
            let short = m.terminal.strength == Strength::Short;
            for i in m.first..m.end {
                facts.kb[i] = model::kb_code(i > m.first, e.label, short);
            }
        }
    }

    pub(crate) fn recognize(
        &self,
        doc: &Document,
        lines: &[Line],
        options: &Options,
    ) -> (Vec<Entity>, Vec<Tag>) {
        let (split, mut facts, ids) = self.analyse(doc);
        let doc = split.as_ref().unwrap_or(doc);
        let names = self.gazetteer.find(doc, &ids);
        self.set_codes(&mut facts, &names, &mut |_| true);
        let found = match &self.model {
            Some(m)
                if [EntityLabel::PER, EntityLabel::LOC, EntityLabel::ORG]
                    .iter()
                    .any(|l| options.wants(*l)) =>
            {
                m.find(doc, &facts)
            }
            _ => model::Tagged::default(),
        };
        let patterns = self.patterns.find(doc, &facts);
        let ctx = resolve::Context {
            doc,
            gazetteer: &self.gazetteer,
            facts: &facts,
            entities: &self.entities,
            lexicons: &self.lexicons,
            known: &|k| self.is_known_word(k),
        };
        let mut mentions = resolve::mentions(&ctx, &names, &found, &patterns);
        let urls = url_ranges(doc.text);
        if !urls.is_empty() {
            mentions.retain(|e| {
                let k = urls.partition_point(|&(_, t)| t <= e.start);
                urls.get(k).is_none_or(|&(s, _)| s >= e.end)
            });
        }
        let entities: Vec<Entity> = mentions
            .into_iter()
            .filter(|e| options.wants(e.label))
            .collect();
        let tags = resolve::tags(lines, &entities);
        (entities, tags)
    }
}

/// Byte ranges of web addresses (`https://…`, `www.…`): nothing inside one
/// is an entity.
pub(crate) fn url_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut starts: Vec<usize> = ["http://", "https://", "www."]
        .into_iter()
        .flat_map(|pat| text.match_indices(pat).map(|(at, _)| at))
        .collect();
    starts.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for at in starts {
        if out.last().is_some_and(|&(_, e)| at < e) {
            continue;
        }
        let end = text[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | ']' | '"' | '<' | '>' | '\''))
            .map_or(text.len(), |k| at + k);
        out.push((at, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Source;
    use crate::Annotator;

    impl Recognizer {
        /// Adds a built-in entity, for tests that must not depend on the
        /// bundled knowledge base.
        fn insert_test(
            &mut self,
            canonical: &str,
            label: EntityLabel,
            names: &[&str],
            short: &[&str],
        ) {
            let entity = self.entities.len() as u32;
            self.entities.push(KbEntity {
                canonical: canonical.into(),
                label,
                id: None,
                context: Vec::new(),
            });
            for n in names {
                self.gazetteer.insert(
                    n,
                    Terminal {
                        entity,
                        strength: Strength::Full,
                        custom: false,
                    },
                );
            }
            for n in short {
                self.gazetteer.insert(
                    n,
                    Terminal {
                        entity,
                        strength: Strength::Short,
                        custom: false,
                    },
                );
            }
        }
    }

    fn test_recognizer() -> Recognizer {
        let mut r = Recognizer::new();
        r.insert_test(
            "Testa Kumarwal",
            EntityLabel::PER,
            &["टेस्टा कुमारवाल"],
            &["कुमारवाल"],
        );
        r.insert_test(
            "Sapna Chaudharywal",
            EntityLabel::PER,
            &["सपना चौधरीवाल"],
            &["सपना"],
        );
        r.insert_test("Xland", EntityLabel::LOC, &["एक्सलैंड"], &[]);
        r.insert_test("Yland", EntityLabel::LOC, &["वाईलैंड"], &[]);
        r.insert_test(
            "Ministry of Foreign Affairs (Xland)",
            EntityLabel::ORG,
            &["एक्सलैंडी परदेस मंडल"],
            &["परदेस मंडल"],
        );
        r.insert_test(
            "Ministry of Foreign Affairs (Yland)",
            EntityLabel::ORG,
            &["वाईलैंडी परदेस मंडल"],
            &["परदेस मंडल"],
        );
        for place in ["Xland", "Yland"] {
            r.insert_test(
                &format!("Zed Party ({place})"),
                EntityLabel::ORG,
                &[&format!("{place} जेड पार्टी")],
                &["जेडपार्टी"],
            );
            r.entities.last_mut().unwrap().context = vec![place.to_string()];
        }
        let yl = lexicon::fold_words("वाईलैंडी");
        r.lexicons.demonyms.insert(yl.clone(), "Yland".into());
        r.lexicons.flags.insert(yl, lexicon::flag::DEMONYM);
        r
    }

    /// (mention, label, canonical, source) of every PER/LOC/ORG found.
    fn names(r: &Recognizer, text: &str) -> Vec<(String, EntityLabel, String, Source)> {
        let doc = Document::new(text);
        let (entities, _) = r.recognize(&doc, &[], &Options::default());
        entities
            .into_iter()
            .filter(|e| e.label.is_named())
            .map(|e| (e.text, e.label, e.canonical, e.source))
            .collect()
    }

    fn has(found: &[(String, EntityLabel, String, Source)], text: &str, canonical: &str) -> bool {
        found.iter().any(|f| f.0 == text && f.2 == canonical)
    }

    macro_rules! cases {
        ($($name:ident: $text:expr => |$f:ident| $check:expr;)*) => {$(
            #[test]
            fn $name() {
                let $f = names(&test_recognizer(), $text);
                assert!($check, "{:?}", $f);
            }
        )*};
    }

    cases! {
        short_form_alone_is_not_a_name: "मेरा सपना पूरा हुआ" => |f| f.is_empty();
        short_form_with_its_full_name: "सपना चौधरीवाल ने गाया। सपना ने कहा" => |f| has(&f, "सपना", "Sapna Chaudharywal");
        short_form_after_a_full_mention: "टेस्टा कुमारवाल आए। बाद में कुमारवाल ने कहा" =>
            |f| has(&f, "टेस्टा कुमारवाल", "Testa Kumarwal") && f.iter().any(|x| x.0 == "कुमारवाल" && x.2 == "Testa Kumarwal" && x.3 == Source::Alias);
        short_form_before_the_full_mention: "कुमारवाल बोले। टेस्टा कुमारवाल आए" => |f| has(&f, "कुमारवाल", "Testa Kumarwal");
        short_form_after_a_title: "राष्ट्रपति कुमारवाल ने कहा" => |f| has(&f, "कुमारवाल", "Testa Kumarwal");
        first_name_alone_links_to_the_full_name: "टेस्टा कुमारवाल आए। टेस्टा ने कहा" => |f| has(&f, "टेस्टा", "Testa Kumarwal");
        shared_short_form_goes_to_the_place_before_it: "वाईलैंड के परदेस मंडल ने कहा" =>
            |f| has(&f, "परदेस मंडल", "Ministry of Foreign Affairs (Yland)") && has(&f, "वाईलैंड", "Yland");
        shared_short_form_goes_to_the_other_place_too: "एक्सलैंड के परदेस मंडल ने कहा" => |f| has(&f, "परदेस मंडल", "Ministry of Foreign Affairs (Xland)");
        shared_short_form_without_support_is_dropped: "परदेस मंडल ने कहा" => |f| !f.iter().any(|x| x.0 == "परदेस मंडल");
        title_and_postposition_stay_outside: "राष्ट्रपति टेस्टा कुमारवाल ने कहा" => |f| f.len() == 1 && f[0].0 == "टेस्टा कुमारवाल";
        glued_name_is_split: "मिले टेस्टा कुमारवालटेस्टा कुमारवाल ने कहा" => |f| f.iter().filter(|x| x.0 == "टेस्टा कुमारवाल").count() == 2;
        latin_spelling_links_across_scripts: "टेस्टा कुमारवाल आए\nTesta kumarwal: बयान" => |f| has(&f, "Testa kumarwal", "Testa Kumarwal");
        demonym_is_not_an_entity: "एक्सलैंडी सेना आई" => |f| f.is_empty();
        context_links_a_short_form: "वाईलैंड में चुनाव से पहले जेडपार्टी ने रैली की" => |f| has(&f, "जेडपार्टी", "Zed Party (Yland)");
        context_links_the_other_reading: "चुनाव से पहले जेडपार्टी ने रैली की। एक्सलैंड में भी" => |f| has(&f, "जेडपार्टी", "Zed Party (Xland)");
        context_mentioned_by_a_demonym: "वाईलैंडी नेताओं के साथ जेडपार्टी ने रैली की" => |f| has(&f, "जेडपार्टी", "Zed Party (Yland)");
        nearest_context_wins: "एक्सलैंड ने कहा। बाद में वाईलैंड ने कहा कि जेडपार्टी ने रैली की" => |f| has(&f, "जेडपार्टी", "Zed Party (Yland)");
        communist_party_where_china_is_mentioned: "चीन में कम्युनिस्ट पार्टी की बैठक हुई। पोलित ब्यूरो ने फैसला लिया।" =>
            |f| has(&f, "कम्युनिस्ट पार्टी", "Chinese Communist Party") && has(&f, "पोलित ब्यूरो", "Politburo of the Chinese Communist Party");
        communist_party_elsewhere_is_not_chinese: "बैठक में कम्युनिस्ट पार्टी के नेता आए।" => |f| !f.iter().any(|x| x.2 == "Chinese Communist Party");
        ncp_in_bangladesh: "बांग्लादेश में चुनाव से पहले एनसीपी ने रैली की।" => |f| has(&f, "एनसीपी", "National Citizen Party");
        ncp_in_maharashtra: "महाराष्ट्र में अजित पवार की एनसीपी ने बैठक की।" => |f| has(&f, "एनसीपी", "Nationalist Congress Party");
        surname_links_to_the_full_name: "गृह मंत्री अमित शाह ने कहा। शाह की बात पर विपक्ष ने आपत्ति जताई।" => |f| has(&f, "शाह", "Amit Shah");
        weekday_after_a_name_is_a_date_not_a_name: "राहुल गांधी सोमवार को पटना पहुंचे। मोदी गुरुवार को दिल्ली में थे।" =>
            |f| !f.iter().any(|x| x.0.contains("सोमवार") || x.0.contains("गुरुवार"));
        ordinary_word_first_name_links_to_the_full_name: "ममता बनर्जी ने रैली की। ममता ने कहा कि बंगाल झुकेगा नहीं।" => |f| has(&f, "ममता", "Mamata Banerjee");
    }

    #[test]
    fn nothing_inside_a_web_address() {
        let r = test_recognizer();
        let doc = Document::new("देखें https://example.com/2023/07/एक्सलैंड?x=25 और एक्सलैंड");
        let (entities, _) = r.recognize(&doc, &[], &Options::default());
        assert_eq!(
            entities.iter().map(|e| e.text.as_str()).collect::<Vec<_>>(),
            ["एक्सलैंड"]
        );
    }

    #[test]
    fn custom_dictionary_overrides_the_knowledge_base() {
        let text = "रूस ने कहा";
        let plain = Annotator::new()
            .annotate(text, &Options::default())
            .unwrap();
        assert!(plain
            .entities
            .iter()
            .any(|e| e.text == "रूस" && e.canonical == "Russia" && e.source == Source::Kb));
        let mut a = Annotator::new();
        a.add_entities(
            CustomEntity::parse_tsv("रूस\tLOC\tRussian Federation (ours)\tQ159\n# comment\n")
                .unwrap(),
        )
        .unwrap();
        let ours = a.annotate(text, &Options::default()).unwrap();
        let e = ours.entities.iter().find(|e| e.text == "रूस").unwrap();
        assert_eq!(
            (e.canonical.as_str(), e.source, e.id.as_deref()),
            ("Russian Federation (ours)", Source::Custom, Some("Q159"))
        );
        // A custom name the knowledge base lacks, in any folded spelling.
        a.add_entities(vec![CustomEntity {
            name: "झुमरी तलैया".into(),
            label: EntityLabel::LOC,
            canonical: "Jhumri Telaiya".into(),
            id: None,
        }])
        .unwrap();
        let found = a.annotate("झुमरी-तलैया से", &Options::default()).unwrap();
        assert!(found
            .entities
            .iter()
            .any(|e| e.canonical == "Jhumri Telaiya" && e.source == Source::Custom));
    }

    #[test]
    fn bad_custom_entries_are_rejected() {
        assert!(CustomEntity::parse_tsv("रूस\tPLACE\tRussia\n").is_err());
        assert!(CustomEntity::parse_tsv("रूस\tLOC\n").is_err());
        assert!(CustomEntity::parse_tsv("रूस\tLOC\tRussia\tX1\n").is_err());
        let mut a = Annotator::new();
        let bad = CustomEntity {
            name: " ".into(),
            label: EntityLabel::LOC,
            canonical: "X".into(),
            id: None,
        };
        assert!(a.add_entities(vec![bad]).is_err());
    }

    #[test]
    fn bundled_model_loads_and_matches_the_knowledge_base() {
        let r = Recognizer::new();
        let recorded = r
            .model_data_hash()
            .expect("src/entities/data/model.bin loads");
        assert_eq!(
            recorded,
            r.data_hash(),
            "the model was trained with another knowledge base or lexicons: rebuild it with \
             `cargo run --release -- train --data ../shared/bench/ner/ilner_hi/train.jsonl --dev ../shared/bench/ner/ilner_hi/dev.jsonl`"
        );
    }

    #[test]
    fn model_finds_names_the_knowledge_base_lacks() {
        let r = Recognizer::new();
        let texts = [
            "मुख्यमंत्री सुरेंद्रपाल ठकरानिया ने बैठक की।",
            "राष्ट्रपति अनिरुद्ध भटनागरी ने कहा कि देश आगे बढ़ेगा।",
            "कांग्रेस नेता रमाकांत चौबीसा ने सरकार पर हमला बोला।",
            "डॉ. विनोदकुमार झुनझुनवाला ने शोध पत्र प्रस्तुत किया।",
            "लेखक रामप्रवेश चौबीसा की नई किताब आई है।",
        ];
        let model_found = texts
            .iter()
            .filter(|t| {
                names(&r, t)
                    .iter()
                    .any(|x| x.1 == EntityLabel::PER && x.3 == Source::Model)
            })
            .count();
        assert!(
            model_found >= 4,
            "the tagger found people in only {model_found} of {} sentences",
            texts.len()
        );
    }

    #[test]
    fn any_input_is_safe() {
        let a = Annotator::new();
        let mut junk = String::new();
        for i in 0..200_000u32 {
            if let Some(c) = char::from_u32((i.wrapping_mul(2_654_435_761) >> 8) % 0x11_0000) {
                junk.push(c);
            }
        }
        let samples = [
            junk.as_str(),
            "😀👨‍👩‍👧 रूस\u{200D}\u{200C} ने\r\nकहा\r\rשלום مرحبا رूस",
            "\u{0000}\u{FEFF}\u{202E}किम जोंग-उन-\u{202C}",
            "-----...,,,।।।",
            "के की को ने से में पर का",
            "",
        ];
        for s in samples {
            let ann = a.annotate(s, &Options::default()).unwrap();
            for e in &ann.entities {
                assert!(
                    s.is_char_boundary(e.start) && s.is_char_boundary(e.end) && e.start < e.end
                );
            }
        }
        // A large paste: linear, never stuck.
        let big =
            "उत्तर कोरिया के नेता किम जोंग उन ने 25 अप्रैल, 2019 को व्लादिवोस्तोक में पुतिन से मुलाकात की।\n"
                .repeat(20_000);
        let ann = a.annotate(&big, &Options::default()).unwrap();
        assert!(ann.entities.len() >= 20_000 * 4);
    }
}
