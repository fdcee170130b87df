//! The JavaScript binding, tested in Node (`wasm-pack test --node`) and in
//! Chromium (`WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome`).
//! The point: UTF-16 offsets from the binding slice, with JavaScript's own
//! `String.prototype.slice`, exactly the text Rust finds at its byte offsets.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use newsmark::wasm::{annotate, annotate_blocks, version, JsAnnotator as Annotator};
use newsmark::Options;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

fn list(v: &JsValue, key: &str) -> Vec<JsValue> {
    get(v, key).dyn_into::<Array>().unwrap().to_vec()
}

/// For every entity: JS slicing at the UTF-16 offsets gives the same text
/// as Rust slicing at the byte offsets of the native annotation.
fn assert_offsets_agree(text: &str) {
    let native = newsmark::annotate(text, &Options::default()).unwrap();
    let js_text = JsString::from(text);
    let result = annotate(js_text.clone().into(), JsValue::UNDEFINED, None).unwrap();
    assert_eq!(get(&result, "unit").as_string().unwrap(), "utf16");
    let entities = list(&result, "entities");
    assert!(
        !native.entities.is_empty(),
        "the fixture must contain entities: {text:?}"
    );
    assert_eq!(entities.len(), native.entities.len());
    for (js, rust) in entities.iter().zip(&native.entities) {
        let sliced: String = js_text.slice(num(js, "start"), num(js, "end")).into();
        assert_eq!(sliced, &text[rust.start..rust.end]);
        assert_eq!(sliced, get(js, "text").as_string().unwrap());
    }
    let lines = list(&result, "lines");
    assert_eq!(lines.len(), native.lines.len());
    for (js, rust) in lines.iter().zip(&native.lines) {
        let sliced: String = js_text.slice(num(js, "start"), num(js, "end")).into();
        assert_eq!(sliced, &text[rust.start..rust.end]);
    }
}

#[wasm_bindgen_test]
fn devanagari_offsets_slice_the_same_text() {
    assert_offsets_agree("उत्तर कोरिया के नेता किम जोंग उन ने रूस के राष्ट्रपति व्लादिमीर पुतिन को पत्र लिखा।");
}

#[wasm_bindgen_test]
fn emoji_surrogate_pairs_shift_utf16_offsets_correctly() {
    assert_offsets_agree("😀👍🏽 रूस 🇮🇳 और 👨‍👩‍👧 भारत ने 25 अप्रैल को 🎉 समझौता किया।");
}

#[wasm_bindgen_test]
fn crlf_input_keeps_offsets_aligned() {
    assert_offsets_agree("रूस ने कहा\r\n\r\nभारत और चीन 😀 ने 10,000 से अधिक\r\nलोग भेजे\r\n");
}

#[wasm_bindgen_test]
fn lone_surrogates_count_as_one_unit() {
    // A JS string no Rust string can hold: "\uD800" then text.
    let js_text: JsString = JsString::from_char_code(&[0xD800]).concat(&"रूस और भारत".into());
    let result = annotate(js_text.clone().into(), JsValue::UNDEFINED, None).unwrap();
    let entities = list(&result, "entities");
    let names: Vec<String> = entities
        .iter()
        .map(|e| js_text.slice(num(e, "start"), num(e, "end")).into())
        .collect();
    assert_eq!(names, ["रूस", "भारत"]);
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_a_code() {
    let err = annotate(JsValue::from(42), JsValue::UNDEFINED, None).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid-input");

    let bad_options = js_sys::JSON::parse(r#"{"labels": ["PERSON"]}"#).unwrap();
    let err = annotate("रूस".into(), bad_options, None).unwrap_err();
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid-option");

    let unknown_option = js_sys::JSON::parse(r#"{"boilerplat": false}"#).unwrap();
    let err = annotate("रूस".into(), unknown_option, None).unwrap_err();
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid-option");
}

#[wasm_bindgen_test]
fn options_select_labels() {
    let options = js_sys::JSON::parse(r#"{"labels": ["DATE"]}"#).unwrap();
    let result = annotate("रूस ने 25 अप्रैल को कहा".into(), options, None).unwrap();
    let labels: Vec<String> = list(&result, "entities")
        .iter()
        .map(|e| get(e, "label").as_string().unwrap())
        .collect();
    assert_eq!(labels, ["DATE"]);
}

#[wasm_bindgen_test]
fn custom_entities_win_and_stay_per_instance() {
    let mut custom = Annotator::new();
    let added = custom
        .add_entities("रूस\tORG\tRoos Media Group\n".into())
        .unwrap();
    assert_eq!(added, 1);
    let mine = custom
        .annotate("रूस".into(), JsValue::UNDEFINED, None)
        .unwrap();
    assert_eq!(
        get(&list(&mine, "entities")[0], "canonical")
            .as_string()
            .unwrap(),
        "Roos Media Group"
    );
    assert_eq!(
        get(&list(&mine, "entities")[0], "source")
            .as_string()
            .unwrap(),
        "custom"
    );
    // The shared annotator is untouched.
    let shared = annotate("रूस".into(), JsValue::UNDEFINED, None).unwrap();
    assert_eq!(
        get(&list(&shared, "entities")[0], "canonical")
            .as_string()
            .unwrap(),
        "Russia"
    );

    let objects = js_sys::JSON::parse(
        r#"[{"name": "Acme Khabar", "label": "ORG", "canonical": "Acme Khabar Ltd"}]"#,
    )
    .unwrap();
    assert_eq!(custom.add_entities(objects).unwrap(), 1);
    let err = custom.add_entities("only-one-column\n".into()).unwrap_err();
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid-dictionary");
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn progress_is_reported_in_order_up_to_one() {
    let seen = Array::new();
    let record: js_sys::Function =
        js_sys::Function::new_with_args("seen, share", "seen.push(share)")
            .bind1(&JsValue::NULL, &seen)
            .unchecked_into();
    annotate("रूस और भारत\nचीन".into(), JsValue::UNDEFINED, Some(record)).unwrap();
    let shares: Vec<f64> = seen.to_vec().iter().map(|v| v.as_f64().unwrap()).collect();
    assert!(shares.len() >= 2, "{shares:?}");
    assert!(
        shares.windows(2).all(|w| w[0] < w[1]) && shares.last() == Some(&1.0),
        "{shares:?}"
    );
}

#[wasm_bindgen_test]
fn block_hints_take_utf16_offsets_and_reject_bad_ones() {
    // A navigation link with an emoji (two UTF-16 units), then the article.
    let lines = [
        "😀 Home",
        "रूस और भारत ने व्यापार समझौते पर दस्तखत किए",
        "नई दिल्ली में सोमवार को दोनों देशों के विदेश मंत्रियों ने एक लंबी बैठक के बाद व्यापार समझौते पर दस्तखत किए। अधिकारियों ने कहा कि इससे दोनों देशों के बीच व्यापार अगले पांच साल में दोगुना हो सकता है।",
        "बैठक में ऊर्जा, रक्षा और अंतरिक्ष के क्षेत्र में सहयोग पर भी बात हुई। दोनों पक्षों ने कहा कि वे अगले साल फिर मिलेंगे और समझौते की प्रगति की समीक्षा करेंगे।",
    ];
    let text = lines.join("\n");
    let mut hints = Vec::new();
    let mut start = 0;
    for (i, line) in lines.iter().enumerate() {
        let end = start + line.encode_utf16().count();
        let hint = match i {
            0 => format!(
                r#"{{"start": {start}, "end": {end}, "tag": "li", "linkChars": {}, "inList": true, "ancestors": ["nav"]}}"#,
                end - start
            ),
            1 => format!(
                r#"{{"start": {start}, "end": {end}, "tag": "heading", "heading": 1, "ancestors": ["article"]}}"#
            ),
            _ => format!(
                r#"{{"start": {start}, "end": {end}, "tag": "p", "ancestors": ["article"]}}"#
            ),
        };
        hints.push(hint);
        start = end + 1;
    }
    let blocks = js_sys::JSON::parse(&format!("[{}]", hints.join(","))).unwrap();
    let result = annotate_blocks(text.as_str().into(), blocks, JsValue::UNDEFINED, None).unwrap();
    let labels: Vec<String> = list(&result, "lines")
        .iter()
        .map(|l| get(l, "label").as_string().unwrap())
        .collect();
    assert_eq!(labels, ["boilerplate", "content", "content", "content"]);

    let inside_a_pair = js_sys::JSON::parse(r#"[{"start": 1, "end": 7}]"#).unwrap();
    let err = annotate_blocks(
        text.as_str().into(),
        inside_a_pair,
        JsValue::UNDEFINED,
        None,
    )
    .unwrap_err();
    assert_eq!(get(&err, "code").as_string().unwrap(), "invalid-offset");
}
