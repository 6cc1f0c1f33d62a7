//! SIGINT and SIGTERM end a scan early but cleanly: the handler only
//! records the signal, the scan notices it between files, and the report
//! is closed with a summary saying it was interrupted (README, "Exit
//! status"). A second signal while stopping exits at once.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Once;

/// The signal received, 0 while none: all the handler may touch is an
/// atomic (async-signal-safe).
static RECEIVED: AtomicI32 = AtomicI32::new(0);

/// A signal that asked the scan to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interrupt {
    /// Ctrl-C at a terminal.
    Sigint,
    /// A service manager or `kill` asking politely.
    Sigterm,
    /// The `--stop-at` time of day came: a stop asked for in advance,
    /// handled as SIGTERM is.
    StopAt,
}

/// What [`RECEIVED`] holds for a stop that `--stop-at` asked for: no
/// signal has this number.
const STOP_AT: i32 = -1;

impl Interrupt {
    /// The name written in the report's summary (`"interrupted"`), stable
    /// output vocabulary.
    pub fn as_str(self) -> &'static str {
        match self {
            Interrupt::Sigint => "SIGINT",
            Interrupt::Sigterm => "SIGTERM",
            Interrupt::StopAt => "stop-at",
        }
    }

    /// 128 + the signal number, as a shell reports a process the signal
    /// killed: callers that test for 130/143 keep working. A `--stop-at`
    /// stop exits as SIGTERM does: the same clean stop, asked in advance.
    pub fn exit_code(self) -> u8 {
        match self {
            Interrupt::Sigint => 130,
            Interrupt::Sigterm | Interrupt::StopAt => 143,
        }
    }
}

/// The signal the run has seen through [`received`], 0 while none: the
/// one its report was closed for.
static ACTED_ON: AtomicI32 = AtomicI32::new(0);

fn interrupt(sig: i32) -> Option<Interrupt> {
    match sig {
        libc::SIGINT => Some(Interrupt::Sigint),
        libc::SIGTERM => Some(Interrupt::Sigterm),
        STOP_AT => Some(Interrupt::StopAt),
        _ => None,
    }
}

/// The stop signal received so far, if any; cheap enough to ask per file.
/// Asking is acting on it: [`acted_on`] then returns it too.
pub fn received() -> Option<Interrupt> {
    let sig = RECEIVED.load(Ordering::Relaxed);
    if sig != 0 {
        ACTED_ON.store(sig, Ordering::Relaxed);
    }
    interrupt(sig)
}

/// The stop signal the run noticed (through [`received`]), if any: the
/// exit status follows the report, so a signal that comes after the
/// summary of a complete scan was written (the run no longer asks) does
/// not turn its status into 130 or 143.
pub fn acted_on() -> Option<Interrupt> {
    interrupt(ACTED_ON.load(Ordering::Relaxed))
}

/// Stops the scan as the first SIGTERM would, reported as
/// [`Interrupt::StopAt`] (the `--stop-at` time came). Does nothing when a
/// stop is already under way; a signal after it exits at once, as a
/// second signal does.
pub fn request_stop() {
    let _ = RECEIVED.compare_exchange(0, STOP_AT, Ordering::SeqCst, Ordering::SeqCst);
}

/// Records the first stop signal; a second one (the user insisting) ends
/// the process at once with the usual status, the report left as it is.
extern "C" fn on_signal(sig: libc::c_int) {
    if RECEIVED
        .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst)
        .is_err()
    {
        // SAFETY: `_exit` is async-signal-safe and takes any status.
        unsafe { libc::_exit(128 + sig) };
    }
}

/// Installs the handlers (once per process; later calls do nothing).
/// A signal the process started with ignored (`nohup`, a background job
/// of a non-interactive shell) stays ignored, as is the convention.
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for sig in [libc::SIGINT, libc::SIGTERM] {
            // SAFETY: a zeroed sigaction is a valid value (empty mask, no
            // flags); the handler only touches an atomic and calls `_exit`,
            // both async-signal-safe; the pointers are valid or null.
            unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(sig, std::ptr::null(), &mut old) != 0
                    || old.sa_sigaction == libc::SIG_IGN
                {
                    continue;
                }
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
                sa.sa_flags = libc::SA_RESTART;
                libc::sigemptyset(&mut sa.sa_mask);
                libc::sigaction(sig, &sa, std::ptr::null_mut());
            }
        }
    });
}
