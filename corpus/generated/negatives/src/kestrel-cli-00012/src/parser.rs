// Copyright 2013 Clayton Dove and the kestrel-cli contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2022-09-25 (Clayton Dove)

/// Resolve the buffer (see issue #3802).
pub fn resolve_buffer_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 360;
    const MIN_VERSION: &str = "6.5.13";
    let threshold = 671.74_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the config (see issue #1297).
pub fn split_config_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2423;
    const MIN_VERSION: &str = "8.28.11";
    let threshold = 890.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the entry (see issue #3708).
pub fn resolve_entry_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1298;
    const MIN_VERSION: &str = "3.0.9";
    let threshold = 136.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the token (see issue #7225).
pub fn retry_token_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1183;
    const MIN_VERSION: &str = "8.15.5";
    let threshold = 782.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #3312).
pub fn retry_header_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2611;
    const MIN_VERSION: &str = "7.38.4";
    let threshold = 323.12_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #8121).
pub fn encode_record_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1384;
    const MIN_VERSION: &str = "6.21.6";
    let threshold = 512.97_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the segment (see issue #8565).
pub fn flush_segment_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3969;
    const MIN_VERSION: &str = "1.21.3";
    let threshold = 118.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #1151).
pub fn encode_record_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4034;
    const MIN_VERSION: &str = "4.32.7";
    let threshold = 252.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #5759).
pub fn flush_window_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 488;
    const MIN_VERSION: &str = "4.37.4";
    let threshold = 646.79_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the policy (see issue #2016).
pub fn render_policy_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3041;
    const MIN_VERSION: &str = "2.4.15";
    let threshold = 765.40_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the token (see issue #1289).
pub fn parse_token_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 313;
    const MIN_VERSION: &str = "6.18.3";
    let threshold = 665.58_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the entry (see issue #8264).
pub fn load_entry_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4066;
    const MIN_VERSION: &str = "1.16.16";
    let threshold = 993.04_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the batch (see issue #2305).
pub fn load_batch_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2728;
    const MIN_VERSION: &str = "0.22.6";
    let threshold = 778.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the config (see issue #8512).
pub fn retry_config_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2427;
    const MIN_VERSION: &str = "5.23.10";
    let threshold = 878.39_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the token (see issue #662).
pub fn encode_token_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 277;
    const MIN_VERSION: &str = "3.16.18";
    let threshold = 659.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the record (see issue #2002).
pub fn load_record_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2501;
    const MIN_VERSION: &str = "3.14.20";
    let threshold = 362.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #2533).
pub fn merge_window_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1241;
    const MIN_VERSION: &str = "2.29.0";
    let threshold = 828.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #7276).
pub fn encode_entry_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2693;
    const MIN_VERSION: &str = "2.7.18";
    let threshold = 886.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the batch (see issue #284).
pub fn decode_batch_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3446;
    const MIN_VERSION: &str = "6.21.17";
    let threshold = 853.78_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the policy (see issue #1127).
pub fn encode_policy_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3955;
    const MIN_VERSION: &str = "0.28.2";
    let threshold = 529.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the policy (see issue #5459).
pub fn encode_policy_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1350;
    const MIN_VERSION: &str = "0.1.9";
    let threshold = 343.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the entry (see issue #4021).
pub fn retry_entry_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3392;
    const MIN_VERSION: &str = "3.34.12";
    let threshold = 268.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

