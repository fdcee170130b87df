use std::fmt;

/// An error from newsmark. Opaque on purpose: match on [`Error::code`],
/// a stable string that the JavaScript binding also exposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    TooLarge { len: usize, max: usize },
    InvalidOption(String),
    InvalidDictionary { line: usize, message: String },
    InvalidOffset(usize),
}

impl Error {
    pub(crate) fn too_large(len: usize, max: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge { len, max },
        }
    }

    pub(crate) fn invalid_option(message: String) -> Error {
        Error {
            kind: ErrorKind::InvalidOption(message),
        }
    }

    pub(crate) fn invalid_dictionary(line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::InvalidDictionary {
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn invalid_offset(offset: usize) -> Error {
        Error {
            kind: ErrorKind::InvalidOffset(offset),
        }
    }

    /// A stable, machine-readable code: `too-large`, `invalid-option`,
    /// `invalid-dictionary` or `invalid-offset`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::TooLarge { .. } => "too-large",
            ErrorKind::InvalidOption(_) => "invalid-option",
            ErrorKind::InvalidDictionary { .. } => "invalid-dictionary",
            ErrorKind::InvalidOffset(_) => "invalid-offset",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge { len, max } => {
                write!(f, "text is {len} bytes; the limit is {max} bytes")
            }
            ErrorKind::InvalidOption(m) => write!(f, "invalid option: {m}"),
            ErrorKind::InvalidDictionary { line, message } => {
                write!(f, "custom dictionary, line {line}: {message}")
            }
            ErrorKind::InvalidOffset(o) => {
                write!(
                    f,
                    "offset {o} is past the end of the text or inside a character"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
