//! Bundles the knowledge-base files: every `src/entities/data/kb/*.tsv`, in
//! name order, concatenated into `$OUT_DIR/kb.tsv` for `include_str!`. Adding
//! a file to that folder is enough to ship it.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("src/entities/data/kb");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("src/entities/data/kb exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut all = String::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let body = fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        // A marker line lets error messages name the file a row came from.
        all.push_str(&format!(
            "#file {}\n",
            f.file_name().unwrap().to_string_lossy()
        ));
        all.push_str(&body);
        if !body.ends_with('\n') {
            all.push('\n');
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("kb.tsv");
    fs::write(out, all).expect("write kb.tsv");
    // Entity lexicons that may not exist yet: bundled as empty files then.
    println!("cargo:rerun-if-changed=src/entities/data");
    for name in ["demonyms.tsv", "triggers.tsv"] {
        let src = Path::new("src/entities/data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let body = fs::read_to_string(&src).unwrap_or_default();
        fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join(name), body)
            .expect("write lexicon");
    }
}
