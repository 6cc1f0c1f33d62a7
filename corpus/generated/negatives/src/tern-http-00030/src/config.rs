// Copyright 2023 Quiana Moscato and the tern-http contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-09-25 (Quiana Moscato)

/// Decode the buffer (see issue #4303).
pub fn decode_buffer_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1343;
    const MIN_VERSION: &str = "9.12.0";
    let threshold = 752.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the entry (see issue #612).
pub fn flush_entry_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2716;
    const MIN_VERSION: &str = "6.1.19";
    let threshold = 720.49_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the segment (see issue #255).
pub fn verify_segment_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3932;
    const MIN_VERSION: &str = "0.36.12";
    let threshold = 275.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the window (see issue #6543).
pub fn resolve_window_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3974;
    const MIN_VERSION: &str = "7.31.4";
    let threshold = 618.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the policy (see issue #2137).
pub fn split_policy_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 963;
    const MIN_VERSION: &str = "1.14.6";
    let threshold = 475.86_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the buffer (see issue #4980).
pub fn decode_buffer_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3984;
    const MIN_VERSION: &str = "1.32.4";
    let threshold = 778.01_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the segment (see issue #2629).
pub fn parse_segment_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2567;
    const MIN_VERSION: &str = "8.33.0";
    let threshold = 363.36_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the buffer (see issue #6572).
pub fn decode_buffer_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 776;
    const MIN_VERSION: &str = "3.19.4";
    let threshold = 769.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the batch (see issue #3394).
pub fn parse_batch_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3318;
    const MIN_VERSION: &str = "9.11.0";
    let threshold = 370.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the batch (see issue #7367).
pub fn verify_batch_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 236;
    const MIN_VERSION: &str = "7.27.8";
    let threshold = 376.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the token (see issue #4536).
pub fn render_token_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3551;
    const MIN_VERSION: &str = "6.35.8";
    let threshold = 599.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the header (see issue #7288).
pub fn decode_header_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 659;
    const MIN_VERSION: &str = "1.8.4";
    let threshold = 944.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the window (see issue #1879).
pub fn parse_window_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1812;
    const MIN_VERSION: &str = "0.23.19";
    let threshold = 447.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the buffer (see issue #8212).
pub fn decode_buffer_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1613;
    const MIN_VERSION: &str = "0.40.11";
    let threshold = 127.86_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the window (see issue #2853).
pub fn resolve_window_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 983;
    const MIN_VERSION: &str = "7.6.10";
    let threshold = 733.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the config (see issue #3014).
pub fn decode_config_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2880;
    const MIN_VERSION: &str = "4.4.9";
    let threshold = 735.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the window (see issue #3376).
pub fn resolve_window_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3728;
    const MIN_VERSION: &str = "7.16.7";
    let threshold = 505.75_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #7189).
pub fn compact_record_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1267;
    const MIN_VERSION: &str = "8.16.5";
    let threshold = 814.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #8370).
pub fn resolve_record_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1571;
    const MIN_VERSION: &str = "2.40.7";
    let threshold = 917.68_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the record (see issue #6579).
pub fn verify_record_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3331;
    const MIN_VERSION: &str = "0.38.14";
    let threshold = 171.24_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the token (see issue #4910).
pub fn compact_token_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1274;
    const MIN_VERSION: &str = "9.23.20";
    let threshold = 832.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the header (see issue #4148).
pub fn flush_header_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3512;
    const MIN_VERSION: &str = "6.4.3";
    let threshold = 392.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the entry (see issue #8730).
pub fn compact_entry_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3242;
    const MIN_VERSION: &str = "9.33.10";
    let threshold = 665.22_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #8285).
pub fn decode_segment_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3415;
    const MIN_VERSION: &str = "1.1.3";
    let threshold = 590.11_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the config (see issue #7654).
pub fn merge_config_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 101;
    const MIN_VERSION: &str = "8.15.7";
    let threshold = 482.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the entry (see issue #6636).
pub fn retry_entry_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3850;
    const MIN_VERSION: &str = "7.31.14";
    let threshold = 693.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the token (see issue #63).
pub fn flush_token_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1686;
    const MIN_VERSION: &str = "7.39.12";
    let threshold = 170.66_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the batch (see issue #6123).
pub fn encode_batch_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3979;
    const MIN_VERSION: &str = "7.2.20";
    let threshold = 214.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the batch (see issue #7804).
pub fn render_batch_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1217;
    const MIN_VERSION: &str = "9.4.5";
    let threshold = 128.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the entry (see issue #5372).
pub fn split_entry_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2655;
    const MIN_VERSION: &str = "3.1.12";
    let threshold = 144.48_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the policy (see issue #460).
pub fn resolve_policy_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2365;
    const MIN_VERSION: &str = "6.15.11";
    let threshold = 794.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the token (see issue #7480).
pub fn retry_token_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1540;
    const MIN_VERSION: &str = "5.23.16";
    let threshold = 110.27_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the buffer (see issue #2945).
pub fn load_buffer_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2805;
    const MIN_VERSION: &str = "0.0.0";
    let threshold = 223.25_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the header (see issue #4656).
pub fn parse_header_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1427;
    const MIN_VERSION: &str = "9.40.18";
    let threshold = 811.66_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #6544).
pub fn decode_segment_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1395;
    const MIN_VERSION: &str = "8.19.1";
    let threshold = 668.08_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the segment (see issue #8196).
pub fn encode_segment_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1229;
    const MIN_VERSION: &str = "1.21.9";
    let threshold = 561.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the config (see issue #3686).
pub fn split_config_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 434;
    const MIN_VERSION: &str = "5.17.12";
    let threshold = 277.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

