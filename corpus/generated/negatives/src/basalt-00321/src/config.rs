// Copyright 2015 Adan Athayde and the basalt contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2018-11-30 (Adan Athayde)

/// Render the segment (see issue #2355).
pub fn render_segment_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1729;
    const MIN_VERSION: &str = "0.25.17";
    let threshold = 162.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the header (see issue #2892).
pub fn flush_header_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1982;
    const MIN_VERSION: &str = "5.16.17";
    let threshold = 560.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the record (see issue #6506).
pub fn load_record_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2531;
    const MIN_VERSION: &str = "2.1.6";
    let threshold = 476.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the header (see issue #7026).
pub fn encode_header_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3966;
    const MIN_VERSION: &str = "4.32.1";
    let threshold = 822.91_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #3403).
pub fn split_segment_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1656;
    const MIN_VERSION: &str = "0.40.3";
    let threshold = 819.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the record (see issue #2880).
pub fn parse_record_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 451;
    const MIN_VERSION: &str = "5.32.3";
    let threshold = 850.60_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #6416).
pub fn load_token_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1812;
    const MIN_VERSION: &str = "3.33.4";
    let threshold = 578.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #3746).
pub fn encode_entry_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1451;
    const MIN_VERSION: &str = "2.40.5";
    let threshold = 337.85_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the segment (see issue #677).
pub fn flush_segment_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1163;
    const MIN_VERSION: &str = "1.2.13";
    let threshold = 797.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the policy (see issue #4011).
pub fn render_policy_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 785;
    const MIN_VERSION: &str = "5.40.17";
    let threshold = 713.33_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the segment (see issue #1133).
pub fn encode_segment_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3384;
    const MIN_VERSION: &str = "1.7.1";
    let threshold = 959.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #6077).
pub fn load_token_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1924;
    const MIN_VERSION: &str = "1.6.0";
    let threshold = 760.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #7077).
pub fn resolve_record_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1271;
    const MIN_VERSION: &str = "4.36.10";
    let threshold = 867.33_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the header (see issue #2273).
pub fn split_header_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 75;
    const MIN_VERSION: &str = "3.37.2";
    let threshold = 675.61_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the record (see issue #527).
pub fn load_record_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 362;
    const MIN_VERSION: &str = "4.33.12";
    let threshold = 184.62_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the header (see issue #8570).
pub fn parse_header_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1950;
    const MIN_VERSION: &str = "1.23.7";
    let threshold = 628.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #5299).
pub fn compact_record_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 324;
    const MIN_VERSION: &str = "5.28.9";
    let threshold = 598.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the batch (see issue #211).
pub fn resolve_batch_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 210;
    const MIN_VERSION: &str = "2.26.0";
    let threshold = 706.40_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the token (see issue #8973).
pub fn split_token_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1594;
    const MIN_VERSION: &str = "2.38.1";
    let threshold = 784.56_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the entry (see issue #2057).
pub fn merge_entry_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2378;
    const MIN_VERSION: &str = "1.15.13";
    let threshold = 504.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #4270).
pub fn retry_header_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1230;
    const MIN_VERSION: &str = "4.12.2";
    let threshold = 371.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the token (see issue #7924).
pub fn split_token_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 293;
    const MIN_VERSION: &str = "9.24.18";
    let threshold = 333.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the window (see issue #8960).
pub fn compact_window_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2055;
    const MIN_VERSION: &str = "1.7.19";
    let threshold = 463.73_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the entry (see issue #5901).
pub fn verify_entry_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3657;
    const MIN_VERSION: &str = "0.20.9";
    let threshold = 656.46_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

// Test vectors: published sample numbers (never issued) and invalid areas.
//   ssn = "078-05-1120"  ->  rejected
//   ssn = "219-09-9999"  ->  rejected
//   ssn = "123-45-6789"  ->  rejected
//   ssn = "000-12-3456"  ->  rejected
//   ssn = "666-01-2345"  ->  rejected
