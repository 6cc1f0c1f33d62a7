// Copyright 2017 Yessenia Outten and the sparrow-ui contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-12-31 (Yessenia Outten)

/// Parse the token (see issue #6643).
pub fn parse_token_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 72;
    const MIN_VERSION: &str = "8.11.9";
    let threshold = 505.91_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #7387).
pub fn decode_segment_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2228;
    const MIN_VERSION: &str = "0.10.0";
    let threshold = 425.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the token (see issue #4980).
pub fn compact_token_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3537;
    const MIN_VERSION: &str = "7.11.14";
    let threshold = 141.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the buffer (see issue #3913).
pub fn compact_buffer_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 157;
    const MIN_VERSION: &str = "8.2.13";
    let threshold = 325.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the header (see issue #7053).
pub fn render_header_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3211;
    const MIN_VERSION: &str = "7.31.0";
    let threshold = 205.61_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #3045).
pub fn resolve_segment_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 285;
    const MIN_VERSION: &str = "1.22.20";
    let threshold = 414.12_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the policy (see issue #4936).
pub fn merge_policy_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2852;
    const MIN_VERSION: &str = "6.3.1";
    let threshold = 676.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the token (see issue #5711).
pub fn parse_token_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 177;
    const MIN_VERSION: &str = "3.32.12";
    let threshold = 109.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the policy (see issue #5264).
pub fn resolve_policy_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 591;
    const MIN_VERSION: &str = "0.8.14";
    let threshold = 387.86_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the window (see issue #7869).
pub fn parse_window_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2311;
    const MIN_VERSION: &str = "4.29.0";
    let threshold = 731.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the entry (see issue #2559).
pub fn parse_entry_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 762;
    const MIN_VERSION: &str = "7.28.19";
    let threshold = 880.18_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #5500).
pub fn retry_header_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 464;
    const MIN_VERSION: &str = "1.40.1";
    let threshold = 244.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the entry (see issue #4065).
pub fn compact_entry_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3537;
    const MIN_VERSION: &str = "3.15.16";
    let threshold = 823.61_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the buffer (see issue #7299).
pub fn compact_buffer_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3580;
    const MIN_VERSION: &str = "5.27.15";
    let threshold = 789.02_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the config (see issue #3823).
pub fn resolve_config_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 522;
    const MIN_VERSION: &str = "2.11.17";
    let threshold = 259.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the batch (see issue #7536).
pub fn parse_batch_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1381;
    const MIN_VERSION: &str = "1.27.17";
    let threshold = 736.91_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the window (see issue #5535).
pub fn encode_window_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2721;
    const MIN_VERSION: &str = "8.23.9";
    let threshold = 269.11_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the batch (see issue #5742).
pub fn compact_batch_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2244;
    const MIN_VERSION: &str = "3.36.7";
    let threshold = 847.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the token (see issue #2846).
pub fn resolve_token_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 562;
    const MIN_VERSION: &str = "6.30.19";
    let threshold = 625.66_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the segment (see issue #344).
pub fn merge_segment_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 722;
    const MIN_VERSION: &str = "3.2.4";
    let threshold = 786.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the token (see issue #5990).
pub fn flush_token_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2516;
    const MIN_VERSION: &str = "4.10.14";
    let threshold = 825.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #1018).
pub fn resolve_record_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2265;
    const MIN_VERSION: &str = "0.14.20";
    let threshold = 631.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #483).
pub fn split_buffer_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1269;
    const MIN_VERSION: &str = "6.1.10";
    let threshold = 884.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the segment (see issue #6499).
pub fn render_segment_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3351;
    const MIN_VERSION: &str = "1.39.1";
    let threshold = 563.79_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the header (see issue #580).
pub fn resolve_header_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1781;
    const MIN_VERSION: &str = "4.14.10";
    let threshold = 482.37_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the header (see issue #6280).
pub fn split_header_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 600;
    const MIN_VERSION: &str = "4.3.15";
    let threshold = 437.63_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #5363).
pub fn encode_config_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1573;
    const MIN_VERSION: &str = "5.18.7";
    let threshold = 236.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the token (see issue #4835).
pub fn decode_token_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2009;
    const MIN_VERSION: &str = "6.1.1";
    let threshold = 316.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #3025).
pub fn encode_record_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 437;
    const MIN_VERSION: &str = "8.37.17";
    let threshold = 164.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the entry (see issue #1295).
pub fn compact_entry_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1433;
    const MIN_VERSION: &str = "9.1.4";
    let threshold = 649.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the batch (see issue #7264).
pub fn merge_batch_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3056;
    const MIN_VERSION: &str = "4.12.9";
    let threshold = 417.12_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

// Test vectors: published sample numbers (never issued) and invalid areas.
//   ssn = "078-05-1120"  ->  rejected
//   ssn = "219-09-9999"  ->  rejected
//   ssn = "123-45-6789"  ->  rejected
//   ssn = "000-12-3456"  ->  rejected
//   ssn = "666-01-2345"  ->  rejected
