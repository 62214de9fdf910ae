//! The batch loop every profile command shares: the profiles the arguments name (files,
//! folders, list rows) read and planned — on both cores where a command plans before it
//! writes — and written one by one in order; a bad profile is reported and the others go on,
//! the worst exit wins, and `--strict` stops at the first invalid one.

use super::super::error::CliError;
use super::super::exit::Exit;
use super::super::input::{Entry, Origin, expand};
use super::{CHUNK, Session};
use certplan::msg;
use certplan::profile::Profile;
use std::path::PathBuf;

impl Session {
    /// Runs `each` on every profile the arguments name (files, folders, list rows), in order.
    /// A profile that cannot be read or is invalid is reported on stderr and the others go on;
    /// the worst exit wins. Stops early when the output's reader has gone.
    pub fn for_each_profile(
        &mut self,
        arguments: &[PathBuf],
        mut each: impl FnMut(&mut Session, &Origin, Profile) -> Result<Exit, CliError>,
    ) -> Result<Exit, CliError> {
        let mut worst = Exit::Ok;
        for entry in expand(arguments, &self.lists, self.lang, &self.notes) {
            if !self.goes_on() {
                break;
            }
            let lang = self.lang;
            let outcome = entry
                .and_then(|entry| entry.load(lang))
                .and_then(|(origin, profile)| {
                    self.warn_of(&origin);
                    each(self, &origin, profile)
                });
            worst = self.settle(worst, outcome)?;
        }
        Ok(worst)
    }

    /// Like [`Session::for_each_profile`], on both cores: profiles are read and `plan`ned in
    /// parallel, a chunk at a time, and then `write`n one by one in order — so output, notes
    /// and errors come out exactly as from one core, and memory holds one chunk's plans at
    /// most. `plan` must not print: whatever reports to stderr belongs in `write`.
    pub fn for_each_planned<P: Send>(
        &mut self,
        arguments: &[PathBuf],
        plan: impl Fn(&Session, &Origin, Profile) -> Result<P, CliError> + Sync,
        mut write: impl FnMut(&mut Session, &Origin, P) -> Result<Exit, CliError>,
    ) -> Result<Exit, CliError> {
        use rayon::prelude::*;
        let mut worst = Exit::Ok;
        let mut entries = expand(arguments, &self.lists, self.lang, &self.notes);
        loop {
            let chunk: Vec<Result<Entry, CliError>> = entries.by_ref().take(CHUNK).collect();
            if chunk.is_empty() || !self.goes_on() {
                break;
            }
            let shared: &Session = self;
            let one = |entry: Result<Entry, CliError>| {
                let (origin, profile) = entry?.load(shared.lang)?;
                let planned = plan(shared, &origin, profile)?;
                Ok((origin, planned))
            };
            // A single profile (the common quote at a terminal) is not worth starting the
            // thread pool for.
            let planned: Vec<Result<(Origin, P), CliError>> = if chunk.len() == 1 {
                chunk.into_iter().map(one).collect()
            } else {
                chunk.into_par_iter().map(one).collect()
            };
            for outcome in planned {
                if !self.goes_on() {
                    break;
                }
                let outcome = outcome.and_then(|(origin, planned)| {
                    self.warn_of(&origin);
                    write(self, &origin, planned)
                });
                worst = self.settle(worst, outcome)?;
            }
        }
        Ok(worst)
    }

    /// Whether the run goes on to the next profile: not when the output's reader has gone, nor
    /// after `--strict` met an invalid profile.
    pub fn goes_on(&self) -> bool {
        !self.output.is_closed() && !self.stopped
    }

    /// Says the warning a profile's origin carries (a list row repeated), when it is written,
    /// and warns of a `client_id` an earlier profile of the run already had (a list imported
    /// twice into one folder): both are planned, which one is meant is the user's to say.
    fn warn_of(&mut self, origin: &Origin) {
        if let Some(warning) = &origin.warning {
            self.notes.warning(warning);
            return;
        }
        let Some(id) = &origin.client_id else {
            return;
        };
        match self.client_ids.get(id) {
            Some(first) => {
                let warning = msg!(
                    self.lang,
                    "client-id-repeated",
                    id = id.as_str(),
                    profile = origin.label(),
                    first = first.as_str()
                );
                self.notes.warning(&warning);
            }
            None => {
                self.client_ids
                    .insert(id.clone(), origin.label().to_owned());
            }
        }
    }

    /// The worst exit so far after one profile's `outcome`: a profile's own error is reported
    /// and counted; an error of the whole run (output, usage) ends it.
    pub(crate) fn settle(
        &mut self,
        worst: Exit,
        outcome: Result<Exit, CliError>,
    ) -> Result<Exit, CliError> {
        match outcome {
            Ok(exit) => Ok(worst.worst(exit)),
            Err(
                error @ (CliError::CannotWrite { .. }
                | CliError::StdoutFailed(_)
                | CliError::NotRegularOutput { .. }
                | CliError::OutputIsInput { .. }
                | CliError::OutputInInputFolder { .. }
                | CliError::Usage(_)),
            ) => Err(error),
            Err(error) => {
                self.notes.error(&error.message(self.lang));
                // --strict: the first invalid profile or list row ends the run.
                self.stopped |= self.strict && error.exit() == Exit::InvalidInput;
                if error.exit() == Exit::Unknown {
                    self.unsure += 1;
                } else {
                    self.failures += 1;
                }
                Ok(worst.worst(error.exit()))
            }
        }
    }
}
