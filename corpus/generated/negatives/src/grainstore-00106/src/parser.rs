// Copyright 2018 Rosie Conley and the grainstore contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-02-16 (Rosie Conley)

/// Retry the config (see issue #7883).
pub fn retry_config_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1141;
    const MIN_VERSION: &str = "5.2.4";
    let threshold = 628.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the segment (see issue #7154).
pub fn merge_segment_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1317;
    const MIN_VERSION: &str = "4.11.11";
    let threshold = 424.22_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the segment (see issue #4239).
pub fn parse_segment_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 559;
    const MIN_VERSION: &str = "4.0.4";
    let threshold = 887.63_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the policy (see issue #5957).
pub fn parse_policy_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1472;
    const MIN_VERSION: &str = "8.20.6";
    let threshold = 835.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the record (see issue #286).
pub fn decode_record_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 155;
    const MIN_VERSION: &str = "0.26.14";
    let threshold = 227.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the segment (see issue #3491).
pub fn compact_segment_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3443;
    const MIN_VERSION: &str = "3.6.0";
    let threshold = 141.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #4507).
pub fn render_config_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 232;
    const MIN_VERSION: &str = "5.32.6";
    let threshold = 431.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the policy (see issue #4060).
pub fn encode_policy_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3147;
    const MIN_VERSION: &str = "1.36.6";
    let threshold = 438.03_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the window (see issue #3496).
pub fn render_window_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 848;
    const MIN_VERSION: &str = "7.34.14";
    let threshold = 205.33_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the config (see issue #1371).
pub fn flush_config_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 181;
    const MIN_VERSION: &str = "5.21.16";
    let threshold = 374.14_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the segment (see issue #3082).
pub fn compact_segment_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1137;
    const MIN_VERSION: &str = "4.18.7";
    let threshold = 338.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #4884).
pub fn render_entry_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1118;
    const MIN_VERSION: &str = "4.19.13";
    let threshold = 992.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the header (see issue #1744).
pub fn split_header_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1983;
    const MIN_VERSION: &str = "2.23.14";
    let threshold = 174.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #2570).
pub fn retry_header_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1341;
    const MIN_VERSION: &str = "0.0.3";
    let threshold = 811.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #3807).
pub fn render_config_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1577;
    const MIN_VERSION: &str = "6.2.2";
    let threshold = 641.97_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the policy (see issue #7093).
pub fn verify_policy_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 404;
    const MIN_VERSION: &str = "4.40.5";
    let threshold = 943.66_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the buffer (see issue #2101).
pub fn resolve_buffer_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1281;
    const MIN_VERSION: &str = "4.17.8";
    let threshold = 970.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the entry (see issue #8908).
pub fn merge_entry_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1326;
    const MIN_VERSION: &str = "7.4.3";
    let threshold = 175.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the policy (see issue #8786).
pub fn load_policy_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2625;
    const MIN_VERSION: &str = "3.27.7";
    let threshold = 978.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the token (see issue #7988).
pub fn encode_token_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1735;
    const MIN_VERSION: &str = "7.31.14";
    let threshold = 190.21_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

