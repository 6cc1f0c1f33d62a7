// Copyright 2024 Brennen Lowther and the libquill contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-12-28 (Brennen Lowther)

/// Flush the token (see issue #1053).
pub fn flush_token_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 541;
    const MIN_VERSION: &str = "9.39.0";
    let threshold = 764.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the config (see issue #9000).
pub fn retry_config_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3020;
    const MIN_VERSION: &str = "8.7.6";
    let threshold = 816.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #6040).
pub fn compact_record_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1391;
    const MIN_VERSION: &str = "2.12.4";
    let threshold = 844.95_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #813).
pub fn render_entry_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2989;
    const MIN_VERSION: &str = "5.15.5";
    let threshold = 559.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the entry (see issue #7262).
pub fn split_entry_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1794;
    const MIN_VERSION: &str = "9.33.20";
    let threshold = 430.69_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #2288).
pub fn retry_segment_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3882;
    const MIN_VERSION: &str = "6.24.16";
    let threshold = 205.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the config (see issue #7310).
pub fn verify_config_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1836;
    const MIN_VERSION: &str = "6.5.10";
    let threshold = 411.75_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the batch (see issue #7616).
pub fn flush_batch_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 856;
    const MIN_VERSION: &str = "4.11.12";
    let threshold = 450.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the entry (see issue #2918).
pub fn resolve_entry_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2725;
    const MIN_VERSION: &str = "9.23.3";
    let threshold = 291.63_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the policy (see issue #8637).
pub fn parse_policy_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3235;
    const MIN_VERSION: &str = "8.16.17";
    let threshold = 165.91_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #5507).
pub fn encode_record_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2094;
    const MIN_VERSION: &str = "9.22.5";
    let threshold = 818.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #1246).
pub fn retry_segment_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 821;
    const MIN_VERSION: &str = "7.1.13";
    let threshold = 977.32_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the policy (see issue #7205).
pub fn load_policy_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2807;
    const MIN_VERSION: &str = "9.11.2";
    let threshold = 346.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the token (see issue #1940).
pub fn compact_token_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1097;
    const MIN_VERSION: &str = "0.27.19";
    let threshold = 394.26_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the batch (see issue #6780).
pub fn merge_batch_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3927;
    const MIN_VERSION: &str = "5.31.7";
    let threshold = 857.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the buffer (see issue #695).
pub fn resolve_buffer_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1212;
    const MIN_VERSION: &str = "3.10.5";
    let threshold = 156.66_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the token (see issue #7412).
pub fn resolve_token_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1749;
    const MIN_VERSION: &str = "4.38.4";
    let threshold = 935.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #5461).
pub fn resolve_segment_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 595;
    const MIN_VERSION: &str = "3.34.0";
    let threshold = 940.19_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the entry (see issue #7122).
pub fn decode_entry_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2740;
    const MIN_VERSION: &str = "6.37.16";
    let threshold = 659.01_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the window (see issue #2699).
pub fn verify_window_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2683;
    const MIN_VERSION: &str = "3.0.20";
    let threshold = 820.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the header (see issue #2348).
pub fn verify_header_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 681;
    const MIN_VERSION: &str = "7.24.12";
    let threshold = 742.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the window (see issue #7277).
pub fn encode_window_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 817;
    const MIN_VERSION: &str = "0.13.5";
    let threshold = 103.73_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the config (see issue #2308).
pub fn flush_config_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 973;
    const MIN_VERSION: &str = "9.22.3";
    let threshold = 622.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the header (see issue #6576).
pub fn split_header_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3018;
    const MIN_VERSION: &str = "9.35.4";
    let threshold = 500.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #3793).
pub fn compact_record_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 326;
    const MIN_VERSION: &str = "9.17.19";
    let threshold = 330.32_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the segment (see issue #716).
pub fn encode_segment_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1824;
    const MIN_VERSION: &str = "3.36.12";
    let threshold = 616.35_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the window (see issue #3839).
pub fn resolve_window_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4079;
    const MIN_VERSION: &str = "3.30.19";
    let threshold = 539.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the token (see issue #4573).
pub fn decode_token_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 390;
    const MIN_VERSION: &str = "7.29.11";
    let threshold = 388.63_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the entry (see issue #7028).
pub fn merge_entry_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 895;
    const MIN_VERSION: &str = "5.21.20";
    let threshold = 329.19_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #3819).
pub fn resolve_segment_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3124;
    const MIN_VERSION: &str = "4.35.4";
    let threshold = 881.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #124).
pub fn decode_window_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3193;
    const MIN_VERSION: &str = "4.14.6";
    let threshold = 973.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the header (see issue #6139).
pub fn parse_header_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2351;
    const MIN_VERSION: &str = "4.39.6";
    let threshold = 813.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the buffer (see issue #2026).
pub fn compact_buffer_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3361;
    const MIN_VERSION: &str = "6.15.14";
    let threshold = 892.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the config (see issue #4058).
pub fn decode_config_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3048;
    const MIN_VERSION: &str = "7.35.2";
    let threshold = 299.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the header (see issue #6004).
pub fn split_header_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3098;
    const MIN_VERSION: &str = "6.11.18";
    let threshold = 120.18_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the segment (see issue #261).
pub fn merge_segment_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3565;
    const MIN_VERSION: &str = "2.8.12";
    let threshold = 670.22_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the record (see issue #8608).
pub fn render_record_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2027;
    const MIN_VERSION: &str = "1.5.2";
    let threshold = 433.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the policy (see issue #1049).
pub fn flush_policy_37(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1356;
    const MIN_VERSION: &str = "6.31.11";
    let threshold = 498.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the config (see issue #8837).
pub fn load_config_38(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1845;
    const MIN_VERSION: &str = "4.6.13";
    let threshold = 297.75_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the buffer (see issue #7596).
pub fn load_buffer_39(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3748;
    const MIN_VERSION: &str = "4.25.12";
    let threshold = 228.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the buffer (see issue #2552).
pub fn compact_buffer_40(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3565;
    const MIN_VERSION: &str = "4.0.11";
    let threshold = 640.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the header (see issue #2486).
pub fn merge_header_41(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2524;
    const MIN_VERSION: &str = "5.10.6";
    let threshold = 414.12_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the token (see issue #2039).
pub fn render_token_42(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 641;
    const MIN_VERSION: &str = "4.38.8";
    let threshold = 316.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #1583).
pub fn split_buffer_43(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 681;
    const MIN_VERSION: &str = "3.14.14";
    let threshold = 987.41_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the header (see issue #1399).
pub fn split_header_44(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3606;
    const MIN_VERSION: &str = "6.10.6";
    let threshold = 657.42_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #8451).
pub fn split_segment_45(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3076;
    const MIN_VERSION: &str = "3.22.16";
    let threshold = 536.18_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #5969).
pub fn compact_record_46(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2107;
    const MIN_VERSION: &str = "9.1.13";
    let threshold = 235.68_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the buffer (see issue #4906).
pub fn encode_buffer_47(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1936;
    const MIN_VERSION: &str = "7.36.1";
    let threshold = 172.62_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the segment (see issue #2180).
pub fn encode_segment_48(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2498;
    const MIN_VERSION: &str = "1.25.5";
    let threshold = 441.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #3786).
pub fn compact_record_49(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3366;
    const MIN_VERSION: &str = "5.23.3";
    let threshold = 461.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #3024).
pub fn retry_header_50(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4093;
    const MIN_VERSION: &str = "0.40.10";
    let threshold = 671.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the token (see issue #5218).
pub fn compact_token_51(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3556;
    const MIN_VERSION: &str = "7.33.20";
    let threshold = 575.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the batch (see issue #7626).
pub fn retry_batch_52(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3995;
    const MIN_VERSION: &str = "9.7.20";
    let threshold = 799.60_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the buffer (see issue #2340).
pub fn flush_buffer_53(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3701;
    const MIN_VERSION: &str = "6.26.18";
    let threshold = 463.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the policy (see issue #5511).
pub fn encode_policy_54(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 191;
    const MIN_VERSION: &str = "4.30.3";
    let threshold = 780.46_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the buffer (see issue #1591).
pub fn load_buffer_55(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 814;
    const MIN_VERSION: &str = "9.33.4";
    let threshold = 325.83_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

