//! Keeps a file truncated while it is memory-mapped from killing the scan.
//!
//! Reading a mapped page beyond a file's new end raises SIGBUS. The handler
//! here looks the faulting address up among the ranges that scanning
//! threads have registered; if it is one of ours, it maps a zero page over
//! the faulting page, flags the range, and returns, so the read resumes
//! and sees zeros (which match no detector). The caller then reports the
//! file as changed during the scan and keeps what it already found. A fault
//! outside our ranges restores the previous handler and re-faults, so real
//! bugs still crash loudly.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Once;

const SLOTS: usize = 256;

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicUsize = AtomicUsize::new(0);
#[allow(clippy::declare_interior_mutable_const)]
const FALSE: AtomicBool = AtomicBool::new(false);

static STARTS: [AtomicUsize; SLOTS] = [ZERO; SLOTS];
static ENDS: [AtomicUsize; SLOTS] = [ZERO; SLOTS];
static FAULTED: [AtomicBool; SLOTS] = [FALSE; SLOTS];
static CLAIMED: [AtomicBool; SLOTS] = [FALSE; SLOTS];
static PAGE: AtomicUsize = AtomicUsize::new(4096);
static INSTALL: Once = Once::new();
static INSTALLED: AtomicBool = AtomicBool::new(false);
static mut PREVIOUS: std::mem::MaybeUninit<libc::sigaction> = std::mem::MaybeUninit::uninit();

/// Releases a thread's slot when the thread ends.
struct Slot(usize);

impl Drop for Slot {
    fn drop(&mut self) {
        CLAIMED[self.0].store(false, Ordering::Release);
    }
}

thread_local! {
    static MY_SLOT: Cell<Option<usize>> = const { Cell::new(None) };
    static HOLDER: std::cell::RefCell<Option<Slot>> = const { std::cell::RefCell::new(None) };
}

fn my_slot() -> Option<usize> {
    if let Some(s) = MY_SLOT.with(Cell::get) {
        return Some(s);
    }
    let s = (0..SLOTS).find(|&i| {
        CLAIMED[i]
            .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    })?;
    MY_SLOT.with(|c| c.set(Some(s)));
    HOLDER.with(|h| *h.borrow_mut() = Some(Slot(s)));
    Some(s)
}

extern "C" fn on_sigbus(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid siginfo_t for SA_SIGINFO handlers.
    let addr = unsafe { (*info).si_addr() } as usize;
    for i in 0..SLOTS {
        let (s, e) = (
            STARTS[i].load(Ordering::Acquire),
            ENDS[i].load(Ordering::Acquire),
        );
        if s <= addr && addr < e {
            let page = PAGE.load(Ordering::Relaxed);
            let base = addr & !(page - 1);
            // SAFETY: `base` lies inside a mapping this process registered
            // and still owns; replacing one of its pages with an anonymous
            // zero page keeps the range mapped until its owner unmaps it.
            let r = unsafe {
                libc::mmap(
                    base as *mut libc::c_void,
                    page,
                    libc::PROT_READ,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                    -1,
                    0,
                )
            };
            if r != libc::MAP_FAILED {
                FAULTED[i].store(true, Ordering::Release);
                return;
            }
        }
    }
    // Not ours: put the previous disposition back and let the fault recur.
    // SAFETY: PREVIOUS was written by sigaction before this handler was installed.
    unsafe {
        let prev = std::ptr::addr_of!(PREVIOUS) as *const libc::sigaction;
        libc::sigaction(sig, prev, std::ptr::null_mut());
    }
    let _ = ctx;
}

fn install() -> bool {
    INSTALL.call_once(|| {
        // SAFETY: plain libc calls with valid, initialised arguments.
        unsafe {
            let page = libc::sysconf(libc::_SC_PAGESIZE);
            if page > 0 {
                PAGE.store(page as usize, Ordering::Relaxed);
            }
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_sigbus as *const () as usize;
            sa.sa_flags = libc::SA_SIGINFO | libc::SA_NODEFER;
            libc::sigemptyset(&mut sa.sa_mask);
            let prev = std::ptr::addr_of_mut!(PREVIOUS) as *mut libc::sigaction;
            if libc::sigaction(libc::SIGBUS, &sa, prev) == 0 {
                INSTALLED.store(true, Ordering::Release);
            }
        }
    });
    INSTALLED.load(Ordering::Acquire)
}

/// A registered mapping; unregisters on drop.
pub struct Guard {
    slot: usize,
}

impl Guard {
    /// Registers `data` (a live memory map) for the current thread. `None`
    /// when no guard can be had (handler refused, or every slot taken): the
    /// caller must then read instead of mapping.
    pub fn register(data: &[u8]) -> Option<Guard> {
        if !install() {
            return None;
        }
        let slot = my_slot()?;
        FAULTED[slot].store(false, Ordering::Release);
        let start = data.as_ptr() as usize;
        STARTS[slot].store(start, Ordering::Release);
        ENDS[slot].store(start + data.len(), Ordering::Release);
        Some(Guard { slot })
    }

    /// Whether a read hit a page past the file's end (the file shrank).
    pub fn faulted(&self) -> bool {
        FAULTED[self.slot].load(Ordering::Acquire)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        ENDS[self.slot].store(0, Ordering::Release);
        STARTS[self.slot].store(0, Ordering::Release);
    }
}
