//! The `newsmark` command: JSON with code-point offsets, JSONL batches,
//! clean text and clear errors.
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn slice_codepoints(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn annotate_prints_codepoint_offsets() {
    let text = "😀 रूस ने\r\nभारत से कहा";
    let out = run(&["annotate"], text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["unit"], "codepoints");
    let names: Vec<String> = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            slice_codepoints(
                text,
                e["start"].as_u64().unwrap(),
                e["end"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(names, ["रूस", "भारत"]);
    assert_eq!(json["lines"].as_array().unwrap().len(), 2);
}

#[test]
fn jsonl_keeps_ids_and_order() {
    let input = "{\"id\": \"a\", \"text\": \"रूस\"}\n\n{\"id\": 7, \"text\": \"भारत और चीन\"}\n";
    let out = run(&["annotate", "--jsonl"], input.as_bytes());
    assert!(out.status.success());
    let docs: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "a");
    assert_eq!(docs[1]["id"], 7);
    assert_eq!(docs[1]["entities"].as_array().unwrap().len(), 2);
    for key in ["lines", "junk", "entities", "tags"] {
        assert!(docs[0][key].is_array(), "{key}");
    }
}

#[test]
fn jsonl_reports_the_bad_line() {
    let out = run(
        &["annotate", "--jsonl"],
        b"{\"id\": 1, \"text\": \"ok\"}\nnot json\n",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

#[test]
fn clean_keeps_the_article_only() {
    let seed = std::fs::read(format!(
        "{}/seeds/001_4a434ab6c7f788b6.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let out = run(&["clean"], &seed);
    assert!(out.status.success());
    let clean = String::from_utf8(out.stdout).unwrap();
    assert!(clean.starts_with("उत्तर कोरिया के नेता किम जोंग उन"));
    assert!(!clean.contains("और पढो"));
}

#[test]
fn invalid_utf8_is_a_clear_error_unless_lossy() {
    let bytes = b"abc \xff\xfe def";
    let out = run(&["annotate"], bytes);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("not valid UTF-8 (first bad byte at offset 4)"));
    let out = run(&["annotate", "--lossy"], bytes);
    assert!(out.status.success());
}

#[test]
fn custom_dictionary_wins() {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dict = dir.join("dict.tsv");
    std::fs::write(&dict, "# ours\nरूस\tORG\tRoos Media\n").unwrap();
    let out = run(
        &["annotate", "--dictionary", dict.to_str().unwrap()],
        "रूस".as_bytes(),
    );
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["entities"][0]["canonical"], "Roos Media");
    assert_eq!(json["entities"][0]["source"], "custom");
}

#[test]
fn unknown_options_and_labels_are_errors() {
    let out = run(&["annotate", "--frobnicate"], b"x");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown option"));
    let out = run(&["annotate", "--labels", "PERSON"], b"x");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown entity label"));
}
