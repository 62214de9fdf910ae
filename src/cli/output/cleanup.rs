//! Temporary `-o` files that a terminating signal must not leave behind.
//!
//! Every temporary file is registered here while it exists. The first time one is made, a
//! thread starts that waits for the signals people and supervisors send to end a process —
//! HUP (the terminal went away), INT (Ctrl-C), QUIT, TERM (`kill`, `timeout`, systemd), and
//! ALRM, USR1, USR2, whose default action ends the process too — removes the registered files
//! and exits with 128 + the signal's number, as a shell reports a command a signal ended.
//! SIGKILL and SIGSTOP cannot be caught; SIGPIPE stays ignored (a closed pipe is a write
//! error, handled where output is written).

use signal_hook::consts::signal::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
use signal_hook::iterator::Signals;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once};

/// The signals that remove the temporary files before the process ends.
pub const TERMINATING: [i32; 7] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGALRM, SIGUSR1, SIGUSR2];

/// The temporary files being written.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The registry of temporary files, locked. The signal thread takes the same lock: a file
/// made while the lock is held is registered before a signal can look for it.
pub fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts the signal thread, once per process. Called before the first temporary file is
/// made, so that no signal can ever leave one behind.
pub fn watch_signals() {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        // Without the thread (signals cannot be caught here) a signal ends the process as it
        // would anyway; the run itself goes on.
        let Ok(mut signals) = Signals::new(TERMINATING) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // The lock is held until the process ends: no file is made or renamed into
                // place after this.
                let pending = pending();
                for path in pending.iter() {
                    let _ = std::fs::remove_file(path);
                }
                std::process::exit(128 + signal);
            }
        });
    });
}

/// Forgets `path` (renamed into place, or removed with its handle). A file removed on an error
/// path without being forgotten stays listed: removing it again at a signal does nothing.
pub fn forget(path: &Path) {
    pending().retain(|pending| pending != path);
}
