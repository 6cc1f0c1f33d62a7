//! Being polite on a busy file server (issue 19): a lower CPU and I/O
//! priority (`--nice`), a ceiling on the bytes read per second
//! (`--max-rate`), and a time of day at which the scan stops as on
//! SIGTERM (`--stop-at`), so a nightly scan leaves the day to the users.

use std::io;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::signals;

/// The nice value `--nice` sets: half-way to the lowest (19), so the scan
/// yields to every ordinary process but still runs on an idle machine.
pub const NICE: i32 = 10;

/// The best-effort I/O level `--nice` sets: 7, the lowest of the class.
/// Not the idle class: on a share busy all night an idle-class reader may
/// never get the disk, and a nightly scan must end.
pub const IO_LEVEL: u32 = 7;

/// `ioprio` encoding (linux/ioprio.h): class in the top bits, level below.
#[cfg(target_os = "linux")]
mod ioprio {
    pub const CLASS_SHIFT: u32 = 13;
    pub const CLASS_BE: u32 = 2;
    pub const CLASS_IDLE: u32 = 3;
    pub const WHO_PROCESS: libc::c_int = 1;
}

/// Lowers this thread's CPU priority to nice [`NICE`] and its I/O priority
/// to best-effort level [`IO_LEVEL`], never raising either (a scan started
/// under `nice -n 19` or `ionice -c 3` stays there). Threads created
/// afterwards inherit both, so this is called before any pool starts.
pub fn lower_priority() -> io::Result<()> {
    // SAFETY: getpriority and setpriority take plain integers; errno is
    // cleared first because -1 is also a valid nice value.
    unsafe {
        *libc::__errno_location() = 0;
        let now = libc::getpriority(libc::PRIO_PROCESS, 0);
        if now == -1 && io::Error::last_os_error().raw_os_error() != Some(0) {
            return Err(io::Error::last_os_error());
        }
        if now < NICE && libc::setpriority(libc::PRIO_PROCESS, 0, NICE) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    #[cfg(target_os = "linux")]
    {
        use ioprio::*;
        // SAFETY: the ioprio syscalls take and return plain integers.
        let now = unsafe { libc::syscall(libc::SYS_ioprio_get, WHO_PROCESS, 0) };
        if now < 0 {
            return Err(io::Error::last_os_error());
        }
        let class = (now as u32) >> CLASS_SHIFT;
        let level = (now as u32) & ((1 << CLASS_SHIFT) - 1);
        if class == CLASS_IDLE || (class == CLASS_BE && level >= IO_LEVEL) {
            return Ok(());
        }
        let value = (CLASS_BE << CLASS_SHIFT) | IO_LEVEL;
        // SAFETY: as above.
        if unsafe { libc::syscall(libc::SYS_ioprio_set, WHO_PROCESS, 0, value) } != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// A ceiling on the bytes read per second, shared by every worker: each
/// read is given the next slot of the schedule and waits for it, so over
/// any stretch of the scan no more than the rate (plus one read) is read.
/// Idle time is not saved up: a pause never buys a burst later.
#[derive(Debug)]
pub struct Pace {
    /// Nanoseconds one byte takes at the rate.
    ns_per_byte: f64,
    /// Where the schedule's clock starts.
    origin: Instant,
    /// When (ns after `origin`) the bytes charged so far are read at the
    /// rate: the next read's slot starts there.
    next: AtomicU64,
}

impl Pace {
    /// A ceiling of `bytes_per_sec` (at least 1).
    pub fn new(bytes_per_sec: u64) -> Pace {
        Pace {
            ns_per_byte: 1e9 / bytes_per_sec.max(1) as f64,
            origin: Instant::now(),
            next: AtomicU64::new(0),
        }
    }

    /// Waits until `bytes` may be read. A stop (signal or `--stop-at`)
    /// ends the wait at once, so a slow schedule never delays a clean stop.
    pub fn charge(&self, bytes: u64) {
        let cost = (bytes as f64 * self.ns_per_byte) as u64;
        let now = self.origin.elapsed().as_nanos() as u64;
        let prev = self
            .next
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                Some(n.max(now).saturating_add(cost))
            })
            .unwrap_or(now);
        let start = prev.max(now);
        let until = self.origin + Duration::from_nanos(start);
        loop {
            let now = Instant::now();
            if now >= until || signals::received().is_some() {
                return;
            }
            std::thread::sleep((until - now).min(Duration::from_millis(100)));
        }
    }
}

/// Parses `--max-rate`: megabytes (10^6 bytes) per second, a positive
/// number such as `20` or `2.5`; returns bytes per second.
pub fn parse_rate(s: &str) -> Result<u64, String> {
    let mb: f64 = s
        .trim()
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite() && *v > 0.0)
        .ok_or_else(|| {
            format!("expected megabytes per second, a number above 0 (e.g. 20 or 2.5), got {s:?}")
        })?;
    Ok(((mb * 1e6) as u64).max(1))
}

/// A time of day, 24-hour, local time (`--stop-at`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockTime {
    /// 0 to 23.
    pub hour: u32,
    /// 0 to 59.
    pub minute: u32,
}

/// Parses `HH:MM` (or `H:MM`) strictly: 24-hour digits, nothing else, so
/// `6pm`, `25:00` or `6:5` are errors rather than a guess.
pub fn parse_clock(s: &str) -> Result<ClockTime, String> {
    let bad = || format!("expected HH:MM, a 24-hour local time such as 06:00, got {s:?}");
    let (h, m) = s.split_once(':').ok_or_else(bad)?;
    let digits = |t: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(h, 1..=2) || !digits(m, 2..=2) {
        return Err(bad());
    }
    let (hour, minute) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if hour > 23 || minute > 59 {
        return Err(bad());
    }
    Ok(ClockTime { hour, minute })
}

/// The next moment after `now` at which the local clock reads `at`: today
/// when that is still ahead, else tomorrow. The C library's time zone
/// rules decide (TZ, /etc/localtime), daylight saving included.
pub fn next_local(at: ClockTime, now: SystemTime) -> io::Result<SystemTime> {
    let now_s = now
        .duration_since(UNIX_EPOCH)
        .map_err(|_| io::Error::other("the clock is before 1970"))?
        .as_secs() as libc::time_t;
    for days_ahead in 0..3 {
        let mut tm = local_tm(now_s)?;
        tm.tm_mday += days_ahead;
        tm.tm_hour = at.hour as libc::c_int;
        tm.tm_min = at.minute as libc::c_int;
        tm.tm_sec = 0;
        // Let the library say whether daylight saving applies then.
        tm.tm_isdst = -1;
        // SAFETY: `tm` is a valid, initialised struct tm.
        let t = unsafe { libc::mktime(&mut tm) };
        if t == -1 {
            return Err(io::Error::other("the local time cannot be computed"));
        }
        if t > now_s {
            return Ok(UNIX_EPOCH + Duration::from_secs(t as u64));
        }
    }
    Err(io::Error::other("the local time cannot be computed"))
}

/// `t` (seconds since 1970) as the local calendar and clock.
pub fn local_tm(t: libc::time_t) -> io::Result<libc::tm> {
    // SAFETY: a zeroed tm is a valid value; localtime_r writes only into it.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return Err(io::Error::other("the local time cannot be computed"));
        }
        Ok(tm)
    }
}

/// Stops the scan (as SIGTERM would, reported as `stop-at`) when the
/// wall clock reaches `when`. A background thread looks at the clock at
/// least once a second, so a machine that slept or a clock that was set
/// still stops on time; a scan that ends first simply never hears of it.
pub fn stop_at(when: SystemTime) {
    std::thread::Builder::new()
        .name("phiscan-stop-at".into())
        .spawn(move || loop {
            let left = when
                .duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO);
            if left.is_zero() {
                signals::request_stop();
                return;
            }
            std::thread::sleep(left.min(Duration::from_secs(1)));
        })
        .map(drop)
        .unwrap_or_else(|_| signals::request_stop());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_parse_strictly() {
        assert_eq!(parse_clock("06:00"), Ok(ClockTime { hour: 6, minute: 0 }));
        assert_eq!(parse_clock("6:05"), Ok(ClockTime { hour: 6, minute: 5 }));
        assert_eq!(
            parse_clock("23:59"),
            Ok(ClockTime {
                hour: 23,
                minute: 59
            })
        );
        for bad in [
            "", "6", "6pm", "24:00", "12:60", "6:5", "06:000", "006:00", " 06:00", "06:00 ",
            "+1:00", "-1:00", "06-00", "06:0a", "06:00:00",
        ] {
            let e = parse_clock(bad).unwrap_err();
            assert!(e.contains("HH:MM"), "{bad:?}: {e}");
        }
    }

    #[test]
    fn rates_are_positive_megabytes_per_second() {
        assert_eq!(parse_rate("10"), Ok(10_000_000));
        assert_eq!(parse_rate("2.5"), Ok(2_500_000));
        for bad in ["0", "-1", "", "fast", "inf", "NaN", "10MB"] {
            assert!(parse_rate(bad).is_err(), "{bad:?}");
        }
    }

    /// The stop time is the next time the clock reads it: later today, or
    /// tomorrow when it has passed (checked in the process's own zone,
    /// whichever it is, by reading the result back as local time).
    #[test]
    fn a_stop_time_is_today_when_ahead_and_tomorrow_when_passed() {
        let now = SystemTime::now();
        let now_s = now.duration_since(UNIX_EPOCH).unwrap().as_secs() as libc::time_t;
        let tm_now = local_tm(now_s).unwrap();
        // The current minute has (just) begun, so it means tomorrow.
        let here = ClockTime {
            hour: tm_now.tm_hour as u32,
            minute: tm_now.tm_min as u32,
        };
        let t = next_local(here, now).unwrap();
        let ahead = t.duration_since(now).unwrap().as_secs();
        assert!((22 * 3600..=26 * 3600).contains(&ahead), "{ahead} s ahead");
        let tm = local_tm(t.duration_since(UNIX_EPOCH).unwrap().as_secs() as libc::time_t).unwrap();
        assert_eq!(
            (tm.tm_hour, tm.tm_min, tm.tm_sec),
            (tm_now.tm_hour, tm_now.tm_min, 0)
        );
        // Every other time of day is less than a day ahead and reads right.
        for (h, m) in [(0, 0), (6, 0), (12, 30), (23, 59)] {
            let at = ClockTime { hour: h, minute: m };
            if at == here {
                continue;
            }
            let t = next_local(at, now).unwrap();
            let ahead = t.duration_since(now).unwrap().as_secs();
            assert!(ahead <= 25 * 3600, "{h}:{m} is {ahead} s ahead");
            let tm =
                local_tm(t.duration_since(UNIX_EPOCH).unwrap().as_secs() as libc::time_t).unwrap();
            assert_eq!((tm.tm_hour as u32, tm.tm_min as u32), (h, m));
        }
    }

    /// The schedule makes the n-th read of a run wait until the bytes
    /// before it would have been read at the rate.
    #[test]
    fn the_pace_spaces_reads_at_the_rate() {
        let pace = Pace::new(1_000_000);
        let t = Instant::now();
        for _ in 0..4 {
            pace.charge(100_000);
        }
        // Three reads of 0.1 s each are ahead of the fourth.
        assert!(
            t.elapsed() >= Duration::from_millis(290),
            "{:?}",
            t.elapsed()
        );
    }
}
