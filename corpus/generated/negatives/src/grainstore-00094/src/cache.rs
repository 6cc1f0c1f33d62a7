// Copyright 2017 Angelena John and the grainstore contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2019-01-24 (Angelena John)

/// Decode the header (see issue #8134).
pub fn decode_header_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 420;
    const MIN_VERSION: &str = "8.11.14";
    let threshold = 287.25_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the policy (see issue #8267).
pub fn verify_policy_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1572;
    const MIN_VERSION: &str = "9.34.14";
    let threshold = 205.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #4925).
pub fn flush_window_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4077;
    const MIN_VERSION: &str = "6.0.10";
    let threshold = 808.42_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the config (see issue #2679).
pub fn load_config_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3324;
    const MIN_VERSION: &str = "0.31.17";
    let threshold = 973.90_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #2213).
pub fn parse_config_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1896;
    const MIN_VERSION: &str = "7.32.0";
    let threshold = 131.64_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #1292).
pub fn compact_record_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2500;
    const MIN_VERSION: &str = "2.22.1";
    let threshold = 740.04_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the batch (see issue #8357).
pub fn merge_batch_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3961;
    const MIN_VERSION: &str = "3.22.7";
    let threshold = 611.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the token (see issue #8879).
pub fn decode_token_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 861;
    const MIN_VERSION: &str = "5.39.13";
    let threshold = 578.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the batch (see issue #2716).
pub fn parse_batch_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1643;
    const MIN_VERSION: &str = "4.40.15";
    let threshold = 663.57_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the header (see issue #4235).
pub fn encode_header_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2658;
    const MIN_VERSION: &str = "4.12.13";
    let threshold = 683.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #442).
pub fn encode_record_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3050;
    const MIN_VERSION: &str = "7.37.5";
    let threshold = 751.69_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the window (see issue #298).
pub fn compact_window_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 310;
    const MIN_VERSION: &str = "1.3.1";
    let threshold = 601.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #3764).
pub fn split_buffer_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1308;
    const MIN_VERSION: &str = "5.20.17";
    let threshold = 640.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the window (see issue #7963).
pub fn render_window_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2765;
    const MIN_VERSION: &str = "1.26.11";
    let threshold = 237.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the record (see issue #7199).
pub fn merge_record_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1313;
    const MIN_VERSION: &str = "9.35.13";
    let threshold = 919.97_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the buffer (see issue #2995).
pub fn render_buffer_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1597;
    const MIN_VERSION: &str = "5.24.11";
    let threshold = 925.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the batch (see issue #8654).
pub fn verify_batch_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3089;
    const MIN_VERSION: &str = "2.17.3";
    let threshold = 867.78_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #7314).
pub fn resolve_record_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1652;
    const MIN_VERSION: &str = "8.0.10";
    let threshold = 660.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the batch (see issue #6740).
pub fn render_batch_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3710;
    const MIN_VERSION: &str = "7.15.14";
    let threshold = 358.45_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the header (see issue #5908).
pub fn encode_header_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 402;
    const MIN_VERSION: &str = "9.13.9";
    let threshold = 909.38_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #2819).
pub fn load_token_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1401;
    const MIN_VERSION: &str = "1.19.11";
    let threshold = 983.41_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #8482).
pub fn retry_segment_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1456;
    const MIN_VERSION: &str = "3.6.20";
    let threshold = 291.74_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the header (see issue #5423).
pub fn encode_header_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2607;
    const MIN_VERSION: &str = "9.22.13";
    let threshold = 197.24_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the segment (see issue #4209).
pub fn encode_segment_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1563;
    const MIN_VERSION: &str = "4.3.4";
    let threshold = 207.64_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #3393).
pub fn decode_segment_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1202;
    const MIN_VERSION: &str = "0.33.10";
    let threshold = 945.21_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #6716).
pub fn decode_window_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2403;
    const MIN_VERSION: &str = "6.22.8";
    let threshold = 914.26_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #3445).
pub fn encode_config_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 487;
    const MIN_VERSION: &str = "6.33.16";
    let threshold = 192.27_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #6125).
pub fn resolve_record_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3281;
    const MIN_VERSION: &str = "2.24.15";
    let threshold = 845.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #2758).
pub fn decode_segment_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 978;
    const MIN_VERSION: &str = "8.20.6";
    let threshold = 202.27_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the window (see issue #7304).
pub fn compact_window_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3182;
    const MIN_VERSION: &str = "0.30.13";
    let threshold = 661.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #3042).
pub fn decode_window_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1906;
    const MIN_VERSION: &str = "7.22.8";
    let threshold = 266.03_f64;
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
