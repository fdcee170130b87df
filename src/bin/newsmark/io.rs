//! `annotate` and `clean`: reading input, building the annotator, writing
//! JSON with code-point offsets.

use std::io::{Read, Write};

use newsmark::{Annotation, Annotator, CustomEntity, EntityLabel, OffsetUnit, Options};
use serde::{Deserialize, Serialize};

use crate::args::Args;

/// The options shared by every command that annotates.
pub(crate) struct Setup {
    pub annotator: Annotator,
    pub options: Options,
    pub lossy: bool,
}

impl Setup {
    pub(crate) fn from_args(args: &mut Args) -> Result<Setup, String> {
        let mut annotator = Annotator::new();
        if let Some(path) = args.value("--dictionary")? {
            let body = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            let entries = if body.trim_start().starts_with('[') {
                serde_json::from_str::<Vec<CustomEntity>>(&body)
                    .map_err(|e| format!("{path}: {e}"))?
            } else {
                CustomEntity::parse_tsv(&body).map_err(|e| format!("{path}: {e}"))?
            };
            annotator
                .add_entities(entries)
                .map_err(|e| format!("{path}: {e}"))?;
        }
        let mut options = Options::default();
        options.boilerplate = !args.flag("--no-boilerplate");
        options.entities = !args.flag("--no-entities");
        options.labels = labels(args)?;
        Ok(Setup {
            annotator,
            options,
            lossy: args.flag("--lossy"),
        })
    }

    pub(crate) fn annotate(&self, text: &str) -> Result<Annotation, String> {
        self.annotator
            .annotate(text, &self.options)
            .map_err(|e| e.to_string())
    }

    /// Decodes input bytes: invalid UTF-8 is an error naming the byte, or
    /// replaced with U+FFFD under `--lossy`.
    pub(crate) fn decode(&self, bytes: Vec<u8>, source: &str) -> Result<String, String> {
        match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) if self.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(e) => Err(format!(
                "{source}: not valid UTF-8 (first bad byte at offset {}); pass --lossy to replace invalid bytes",
                e.utf8_error().valid_up_to()
            )),
        }
    }
}

pub(crate) fn labels(args: &mut Args) -> Result<Vec<EntityLabel>, String> {
    match args.value("--labels")? {
        None => Ok(Vec::new()),
        Some(list) => list
            .split(',')
            .map(|l| l.trim().parse::<EntityLabel>().map_err(|e| e.to_string()))
            .collect(),
    }
}

fn read_input(path: Option<&str>) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?,
        Some(p) => return std::fs::read(p).map_err(|e| format!("{p}: {e}")),
    };
    Ok(bytes)
}

fn one_path(args: &mut Args) -> Result<Option<String>, String> {
    let mut rest = args.finish()?;
    if rest.len() > 1 {
        return Err(format!("expected at most one input file, got {rest:?}"));
    }
    Ok(rest.pop())
}

#[derive(Deserialize)]
struct JsonlInput {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct JsonlOutput<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    annotation: &'a Annotation,
}

pub(crate) fn annotate(args: &mut Args) -> Result<(), String> {
    let setup = Setup::from_args(args)?;
    let jsonl = args.flag("--jsonl");
    let pretty = args.flag("--pretty");
    let path = one_path(args)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write = |out: &mut dyn Write, value: &dyn erased::Json| -> Result<(), String> {
        value.write(out, pretty).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())
    };
    if jsonl {
        let bytes = read_input(path.as_deref())?;
        let text = setup.decode(bytes, path.as_deref().unwrap_or("stdin"))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let input: JsonlInput = serde_json::from_str(line)
                .map_err(|e| format!("line {}: expected {{\"id\",\"text\"}}: {e}", n + 1))?;
            let annotation = setup
                .annotate(&input.text)
                .map_err(|e| format!("line {}: {e}", n + 1))?
                .to_unit(&input.text, OffsetUnit::Codepoints);
            write(
                &mut out,
                &JsonlOutput {
                    id: &input.id,
                    annotation: &annotation,
                },
            )?;
        }
    } else {
        let bytes = read_input(path.as_deref())?;
        let text = setup.decode(bytes, path.as_deref().unwrap_or("stdin"))?;
        let annotation = setup
            .annotate(&text)?
            .to_unit(&text, OffsetUnit::Codepoints);
        write(&mut out, &annotation)?;
    }
    out.flush().map_err(|e| e.to_string())
}

pub(crate) fn clean(args: &mut Args) -> Result<(), String> {
    let setup = Setup::from_args(args)?;
    let path = one_path(args)?;
    let text = setup.decode(
        read_input(path.as_deref())?,
        path.as_deref().unwrap_or("stdin"),
    )?;
    let annotation = setup.annotate(&text)?;
    std::io::stdout()
        .write_all(annotation.clean_text(&text).as_bytes())
        .map_err(|e| e.to_string())
}

/// Writing any serializable value as compact or pretty JSON through a
/// trait object.
mod erased {
    use std::io::Write;

    pub(crate) trait Json {
        fn write(&self, out: &mut dyn Write, pretty: bool) -> serde_json::Result<()>;
    }

    impl<T: serde::Serialize> Json for T {
        fn write(&self, out: &mut dyn Write, pretty: bool) -> serde_json::Result<()> {
            if pretty {
                serde_json::to_writer_pretty(out, self)
            } else {
                serde_json::to_writer(out, self)
            }
        }
    }
}
