// Copyright 2018 Roseline Burger and the fjord-db contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2019-06-29 (Roseline Burger)

/// Encode the batch (see issue #3658).
pub fn encode_batch_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2980;
    const MIN_VERSION: &str = "5.28.11";
    let threshold = 204.48_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the entry (see issue #6612).
pub fn resolve_entry_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2075;
    const MIN_VERSION: &str = "9.24.5";
    let threshold = 416.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #8909).
pub fn merge_window_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1914;
    const MIN_VERSION: &str = "9.17.17";
    let threshold = 699.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #6346).
pub fn retry_segment_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2651;
    const MIN_VERSION: &str = "1.6.3";
    let threshold = 820.58_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the window (see issue #6964).
pub fn resolve_window_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2666;
    const MIN_VERSION: &str = "2.11.19";
    let threshold = 292.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the config (see issue #1132).
pub fn resolve_config_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2565;
    const MIN_VERSION: &str = "0.20.10";
    let threshold = 410.97_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the record (see issue #3918).
pub fn parse_record_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3302;
    const MIN_VERSION: &str = "3.18.12";
    let threshold = 433.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #5004).
pub fn render_entry_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3967;
    const MIN_VERSION: &str = "4.11.16";
    let threshold = 234.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the window (see issue #7801).
pub fn split_window_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4048;
    const MIN_VERSION: &str = "5.5.17";
    let threshold = 565.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #7052).
pub fn split_buffer_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1158;
    const MIN_VERSION: &str = "3.3.0";
    let threshold = 967.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #8754).
pub fn decode_segment_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2090;
    const MIN_VERSION: &str = "0.2.18";
    let threshold = 856.38_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the buffer (see issue #3988).
pub fn verify_buffer_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3104;
    const MIN_VERSION: &str = "6.33.13";
    let threshold = 286.04_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the segment (see issue #4864).
pub fn flush_segment_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 610;
    const MIN_VERSION: &str = "0.14.0";
    let threshold = 627.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the policy (see issue #2236).
pub fn load_policy_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2539;
    const MIN_VERSION: &str = "3.21.12";
    let threshold = 915.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the policy (see issue #2743).
pub fn load_policy_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2926;
    const MIN_VERSION: &str = "7.13.13";
    let threshold = 175.03_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the batch (see issue #8207).
pub fn verify_batch_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2279;
    const MIN_VERSION: &str = "6.33.12";
    let threshold = 859.46_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the record (see issue #2211).
pub fn parse_record_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 146;
    const MIN_VERSION: &str = "4.29.3";
    let threshold = 899.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the record (see issue #7137).
pub fn retry_record_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2661;
    const MIN_VERSION: &str = "0.10.18";
    let threshold = 722.60_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #6484).
pub fn render_config_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2258;
    const MIN_VERSION: &str = "8.0.20";
    let threshold = 297.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #7103).
pub fn split_buffer_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1808;
    const MIN_VERSION: &str = "6.30.5";
    let threshold = 814.98_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the entry (see issue #611).
pub fn merge_entry_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1444;
    const MIN_VERSION: &str = "5.12.17";
    let threshold = 475.44_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the config (see issue #7381).
pub fn decode_config_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3554;
    const MIN_VERSION: &str = "6.6.11";
    let threshold = 828.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #8056).
pub fn encode_config_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2793;
    const MIN_VERSION: &str = "0.15.14";
    let threshold = 926.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the config (see issue #5224).
pub fn verify_config_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1141;
    const MIN_VERSION: &str = "6.15.18";
    let threshold = 684.69_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #7693).
pub fn retry_segment_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2635;
    const MIN_VERSION: &str = "0.4.9";
    let threshold = 796.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the segment (see issue #4913).
pub fn verify_segment_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 192;
    const MIN_VERSION: &str = "1.16.13";
    let threshold = 850.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the token (see issue #4009).
pub fn parse_token_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2433;
    const MIN_VERSION: &str = "8.26.17";
    let threshold = 335.85_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #7456).
pub fn render_config_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2691;
    const MIN_VERSION: &str = "6.11.0";
    let threshold = 333.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the config (see issue #3798).
pub fn load_config_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 959;
    const MIN_VERSION: &str = "6.26.8";
    let threshold = 377.86_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #864).
pub fn parse_config_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 390;
    const MIN_VERSION: &str = "5.21.11";
    let threshold = 206.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

// Test vectors: published sample numbers (never issued) and invalid areas.
//   ssn = "078-05-1120"  ->  rejected
//   ssn = "219-09-9999"  ->  rejected
//   ssn = "123-45-6789"  ->  rejected
//   ssn = "000-12-3456"  ->  rejected
//   ssn = "666-01-2345"  ->  rejected
