//! A small argument reader: flags and `--name value` options may appear
//! anywhere; what remains are positional arguments. Unknown flags are an
//! error, so a typo never silently changes what runs.

pub(crate) struct Args {
    rest: Vec<String>,
}

impl Args {
    pub(crate) fn from_env() -> Args {
        Args {
            rest: std::env::args().skip(1).collect(),
        }
    }

    /// Removes `name` if present.
    pub(crate) fn flag(&mut self, name: &str) -> bool {
        match self.rest.iter().position(|a| a == name) {
            Some(i) => {
                self.rest.remove(i);
                true
            }
            None => false,
        }
    }

    /// Removes `name VALUE` (or `name=VALUE`) and returns the value.
    pub(crate) fn value(&mut self, name: &str) -> Result<Option<String>, String> {
        let prefix = format!("{name}=");
        if let Some(i) = self.rest.iter().position(|a| a.starts_with(&prefix)) {
            return Ok(Some(self.rest.remove(i)[prefix.len()..].to_string()));
        }
        let Some(i) = self.rest.iter().position(|a| a == name) else {
            return Ok(None);
        };
        if i + 1 >= self.rest.len() {
            return Err(format!("{name} needs a value"));
        }
        self.rest.remove(i);
        Ok(Some(self.rest.remove(i)))
    }

    pub(crate) fn required(&mut self, name: &str) -> Result<String, String> {
        self.value(name)?
            .ok_or_else(|| format!("{name} is required"))
    }

    /// The first positional argument (the command), removed.
    pub(crate) fn command(&mut self) -> Option<String> {
        let i = self.rest.iter().position(|a| !a.starts_with('-'))?;
        Some(self.rest.remove(i))
    }

    /// The remaining positional arguments, after checking that no unknown
    /// flags are left.
    pub(crate) fn finish(&mut self) -> Result<Vec<String>, String> {
        let rest = std::mem::take(&mut self.rest);
        if let Some(unknown) = rest
            .iter()
            .find(|a| a.starts_with("--") || (a.starts_with('-') && a.len() > 1))
        {
            return Err(format!("unknown option {unknown:?}; see newsmark --help"));
        }
        Ok(rest)
    }
}
