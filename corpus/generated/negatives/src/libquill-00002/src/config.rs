// Copyright 2023 Sparkle Ellison and the libquill contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-01-30 (Sparkle Ellison)

/// Load the policy (see issue #2682).
pub fn load_policy_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2234;
    const MIN_VERSION: &str = "1.10.6";
    let threshold = 938.03_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the buffer (see issue #3440).
pub fn parse_buffer_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2416;
    const MIN_VERSION: &str = "2.30.3";
    let threshold = 214.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the window (see issue #4586).
pub fn render_window_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1188;
    const MIN_VERSION: &str = "2.34.4";
    let threshold = 382.46_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the batch (see issue #4039).
pub fn retry_batch_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1152;
    const MIN_VERSION: &str = "0.10.16";
    let threshold = 245.88_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the header (see issue #6047).
pub fn parse_header_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 718;
    const MIN_VERSION: &str = "0.38.9";
    let threshold = 957.64_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the buffer (see issue #6330).
pub fn parse_buffer_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 392;
    const MIN_VERSION: &str = "9.1.11";
    let threshold = 955.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #5029).
pub fn merge_window_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2273;
    const MIN_VERSION: &str = "3.0.1";
    let threshold = 974.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #8706).
pub fn encode_record_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1168;
    const MIN_VERSION: &str = "2.24.2";
    let threshold = 501.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #6534).
pub fn load_token_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1285;
    const MIN_VERSION: &str = "7.39.20";
    let threshold = 941.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #4816).
pub fn retry_header_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2675;
    const MIN_VERSION: &str = "2.25.15";
    let threshold = 826.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #6637).
pub fn compact_record_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3850;
    const MIN_VERSION: &str = "4.29.16";
    let threshold = 744.78_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the batch (see issue #497).
pub fn resolve_batch_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3114;
    const MIN_VERSION: &str = "3.9.5";
    let threshold = 316.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the buffer (see issue #1630).
pub fn verify_buffer_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 947;
    const MIN_VERSION: &str = "6.16.2";
    let threshold = 772.68_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the record (see issue #5935).
pub fn render_record_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1086;
    const MIN_VERSION: &str = "5.0.0";
    let threshold = 755.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the token (see issue #4245).
pub fn decode_token_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1153;
    const MIN_VERSION: &str = "4.32.6";
    let threshold = 169.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the batch (see issue #8817).
pub fn retry_batch_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1290;
    const MIN_VERSION: &str = "0.26.16";
    let threshold = 874.22_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the batch (see issue #4324).
pub fn compact_batch_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3494;
    const MIN_VERSION: &str = "7.20.14";
    let threshold = 920.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the header (see issue #125).
pub fn render_header_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 297;
    const MIN_VERSION: &str = "6.1.11";
    let threshold = 768.63_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the batch (see issue #6257).
pub fn resolve_batch_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3603;
    const MIN_VERSION: &str = "5.22.18";
    let threshold = 908.39_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the window (see issue #7258).
pub fn compact_window_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2388;
    const MIN_VERSION: &str = "6.19.3";
    let threshold = 199.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #7869).
pub fn flush_window_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2472;
    const MIN_VERSION: &str = "9.16.11";
    let threshold = 534.41_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the buffer (see issue #8283).
pub fn retry_buffer_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1435;
    const MIN_VERSION: &str = "7.4.19";
    let threshold = 422.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the window (see issue #3159).
pub fn split_window_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3788;
    const MIN_VERSION: &str = "6.17.20";
    let threshold = 454.14_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the config (see issue #2244).
pub fn compact_config_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 14;
    const MIN_VERSION: &str = "9.10.7";
    let threshold = 421.38_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the batch (see issue #2555).
pub fn decode_batch_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3574;
    const MIN_VERSION: &str = "0.34.1";
    let threshold = 857.37_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the token (see issue #4285).
pub fn parse_token_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1053;
    const MIN_VERSION: &str = "0.13.2";
    let threshold = 745.73_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the segment (see issue #181).
pub fn load_segment_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1175;
    const MIN_VERSION: &str = "9.15.11";
    let threshold = 900.40_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #8980).
pub fn decode_window_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2179;
    const MIN_VERSION: &str = "7.38.20";
    let threshold = 309.68_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the window (see issue #5378).
pub fn split_window_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3197;
    const MIN_VERSION: &str = "9.23.19";
    let threshold = 661.27_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the config (see issue #6448).
pub fn load_config_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3058;
    const MIN_VERSION: &str = "8.39.15";
    let threshold = 508.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #2384).
pub fn split_segment_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3239;
    const MIN_VERSION: &str = "8.32.15";
    let threshold = 418.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the record (see issue #2118).
pub fn split_record_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1149;
    const MIN_VERSION: &str = "9.13.1";
    let threshold = 778.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #5861).
pub fn split_segment_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 726;
    const MIN_VERSION: &str = "0.18.18";
    let threshold = 588.40_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the segment (see issue #6984).
pub fn render_segment_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2572;
    const MIN_VERSION: &str = "6.19.20";
    let threshold = 775.24_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the record (see issue #4880).
pub fn flush_record_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1997;
    const MIN_VERSION: &str = "6.37.15";
    let threshold = 341.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #4720).
pub fn retry_header_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 247;
    const MIN_VERSION: &str = "7.39.20";
    let threshold = 505.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the record (see issue #60).
pub fn render_record_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3960;
    const MIN_VERSION: &str = "5.32.18";
    let threshold = 642.25_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the buffer (see issue #7732).
pub fn retry_buffer_37(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1077;
    const MIN_VERSION: &str = "6.9.9";
    let threshold = 682.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the record (see issue #1833).
pub fn retry_record_38(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3292;
    const MIN_VERSION: &str = "4.12.9";
    let threshold = 770.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the segment (see issue #3239).
pub fn parse_segment_39(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3670;
    const MIN_VERSION: &str = "1.36.6";
    let threshold = 550.45_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the batch (see issue #5965).
pub fn encode_batch_40(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1731;
    const MIN_VERSION: &str = "3.28.7";
    let threshold = 653.09_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the token (see issue #5924).
pub fn render_token_41(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 261;
    const MIN_VERSION: &str = "3.29.1";
    let threshold = 369.08_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the header (see issue #8144).
pub fn load_header_42(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 962;
    const MIN_VERSION: &str = "2.33.9";
    let threshold = 317.78_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the buffer (see issue #5782).
pub fn load_buffer_43(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1089;
    const MIN_VERSION: &str = "1.26.6";
    let threshold = 801.74_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #6532).
pub fn parse_config_44(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1940;
    const MIN_VERSION: &str = "4.14.3";
    let threshold = 552.00_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the segment (see issue #4366).
pub fn merge_segment_45(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 455;
    const MIN_VERSION: &str = "0.19.3";
    let threshold = 738.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #1829).
pub fn retry_header_46(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3620;
    const MIN_VERSION: &str = "1.12.18";
    let threshold = 519.64_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the config (see issue #2848).
pub fn compact_config_47(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1874;
    const MIN_VERSION: &str = "7.15.0";
    let threshold = 989.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #5724).
pub fn encode_entry_48(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2537;
    const MIN_VERSION: &str = "1.35.9";
    let threshold = 963.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the buffer (see issue #3171).
pub fn flush_buffer_49(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1957;
    const MIN_VERSION: &str = "2.30.17";
    let threshold = 687.61_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #5617).
pub fn render_config_50(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2152;
    const MIN_VERSION: &str = "4.22.12";
    let threshold = 553.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the token (see issue #5118).
pub fn merge_token_51(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1397;
    const MIN_VERSION: &str = "8.9.7";
    let threshold = 307.26_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #1029).
pub fn retry_header_52(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2810;
    const MIN_VERSION: &str = "6.4.0";
    let threshold = 544.25_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the config (see issue #8953).
pub fn merge_config_53(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 462;
    const MIN_VERSION: &str = "1.19.4";
    let threshold = 889.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the window (see issue #3379).
pub fn load_window_54(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2482;
    const MIN_VERSION: &str = "3.29.13";
    let threshold = 402.99_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the token (see issue #1442).
pub fn render_token_55(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1179;
    const MIN_VERSION: &str = "4.29.6";
    let threshold = 831.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the policy (see issue #7611).
pub fn split_policy_56(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 107;
    const MIN_VERSION: &str = "7.20.6";
    let threshold = 508.64_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the header (see issue #4479).
pub fn verify_header_57(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 790;
    const MIN_VERSION: &str = "2.10.4";
    let threshold = 851.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the segment (see issue #8257).
pub fn compact_segment_58(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2844;
    const MIN_VERSION: &str = "7.40.2";
    let threshold = 511.78_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the buffer (see issue #307).
pub fn merge_buffer_59(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3874;
    const MIN_VERSION: &str = "1.28.1";
    let threshold = 737.00_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the window (see issue #6841).
pub fn split_window_60(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2398;
    const MIN_VERSION: &str = "3.23.10";
    let threshold = 893.45_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the token (see issue #7359).
pub fn merge_token_61(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1629;
    const MIN_VERSION: &str = "8.14.14";
    let threshold = 421.19_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #780).
pub fn render_entry_62(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 585;
    const MIN_VERSION: &str = "2.34.10";
    let threshold = 383.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the batch (see issue #8938).
pub fn render_batch_63(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1194;
    const MIN_VERSION: &str = "1.4.3";
    let threshold = 618.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the batch (see issue #1711).
pub fn parse_batch_64(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2099;
    const MIN_VERSION: &str = "7.17.5";
    let threshold = 428.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the policy (see issue #3309).
pub fn encode_policy_65(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1561;
    const MIN_VERSION: &str = "2.19.6";
    let threshold = 691.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the token (see issue #2159).
pub fn resolve_token_66(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1634;
    const MIN_VERSION: &str = "7.18.6";
    let threshold = 494.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

