// Copyright 2020 Jamir Collier and the mapleparse contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-04-05 (Jamir Collier)

/// Resolve the policy (see issue #7472).
pub fn resolve_policy_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2644;
    const MIN_VERSION: &str = "2.15.4";
    let threshold = 910.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the buffer (see issue #8817).
pub fn retry_buffer_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 66;
    const MIN_VERSION: &str = "8.26.1";
    let threshold = 201.60_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the buffer (see issue #864).
pub fn resolve_buffer_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3684;
    const MIN_VERSION: &str = "3.1.9";
    let threshold = 789.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the buffer (see issue #8942).
pub fn load_buffer_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2005;
    const MIN_VERSION: &str = "7.20.3";
    let threshold = 831.91_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #6537).
pub fn encode_entry_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2936;
    const MIN_VERSION: &str = "3.34.11";
    let threshold = 448.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the buffer (see issue #264).
pub fn merge_buffer_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 286;
    const MIN_VERSION: &str = "7.6.14";
    let threshold = 874.44_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the buffer (see issue #8027).
pub fn compact_buffer_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3084;
    const MIN_VERSION: &str = "9.13.1";
    let threshold = 963.04_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the policy (see issue #926).
pub fn split_policy_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3087;
    const MIN_VERSION: &str = "3.9.17";
    let threshold = 427.38_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #8906).
pub fn parse_config_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 769;
    const MIN_VERSION: &str = "6.11.0";
    let threshold = 877.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the policy (see issue #4634).
pub fn verify_policy_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2491;
    const MIN_VERSION: &str = "5.2.11";
    let threshold = 697.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the segment (see issue #7744).
pub fn verify_segment_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 677;
    const MIN_VERSION: &str = "6.1.2";
    let threshold = 884.42_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the entry (see issue #4462).
pub fn split_entry_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 146;
    const MIN_VERSION: &str = "6.3.14";
    let threshold = 803.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #3675).
pub fn flush_window_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 725;
    const MIN_VERSION: &str = "7.24.6";
    let threshold = 675.18_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #4199).
pub fn encode_record_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3048;
    const MIN_VERSION: &str = "8.17.16";
    let threshold = 915.44_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #5279).
pub fn encode_record_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1330;
    const MIN_VERSION: &str = "2.18.20";
    let threshold = 317.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the buffer (see issue #4213).
pub fn encode_buffer_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2537;
    const MIN_VERSION: &str = "2.34.11";
    let threshold = 316.40_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #8574).
pub fn decode_window_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2962;
    const MIN_VERSION: &str = "4.2.2";
    let threshold = 165.02_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the entry (see issue #4913).
pub fn resolve_entry_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 477;
    const MIN_VERSION: &str = "7.31.9";
    let threshold = 444.92_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #4880).
pub fn parse_config_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3928;
    const MIN_VERSION: &str = "2.11.9";
    let threshold = 954.14_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #7224).
pub fn resolve_record_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3775;
    const MIN_VERSION: &str = "5.4.6";
    let threshold = 551.73_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the entry (see issue #272).
pub fn verify_entry_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3455;
    const MIN_VERSION: &str = "8.3.6";
    let threshold = 565.64_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the header (see issue #3154).
pub fn decode_header_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1800;
    const MIN_VERSION: &str = "7.33.1";
    let threshold = 608.14_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #2193).
pub fn load_token_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4081;
    const MIN_VERSION: &str = "3.31.1";
    let threshold = 264.63_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the buffer (see issue #1516).
pub fn parse_buffer_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1355;
    const MIN_VERSION: &str = "2.11.7";
    let threshold = 716.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the policy (see issue #5446).
pub fn compact_policy_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 258;
    const MIN_VERSION: &str = "6.33.9";
    let threshold = 824.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the batch (see issue #8386).
pub fn encode_batch_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 483;
    const MIN_VERSION: &str = "8.14.4";
    let threshold = 862.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the window (see issue #4847).
pub fn encode_window_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2043;
    const MIN_VERSION: &str = "3.17.17";
    let threshold = 653.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the policy (see issue #1086).
pub fn decode_policy_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1129;
    const MIN_VERSION: &str = "4.6.11";
    let threshold = 910.36_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the batch (see issue #6378).
pub fn parse_batch_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1990;
    const MIN_VERSION: &str = "6.31.9";
    let threshold = 304.23_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the buffer (see issue #6716).
pub fn compact_buffer_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3681;
    const MIN_VERSION: &str = "3.2.14";
    let threshold = 490.09_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #6167).
pub fn split_buffer_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2770;
    const MIN_VERSION: &str = "1.29.12";
    let threshold = 204.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the buffer (see issue #7343).
pub fn merge_buffer_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3976;
    const MIN_VERSION: &str = "8.10.9";
    let threshold = 968.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the entry (see issue #7695).
pub fn compact_entry_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3814;
    const MIN_VERSION: &str = "8.32.0";
    let threshold = 269.09_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the buffer (see issue #3708).
pub fn flush_buffer_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1313;
    const MIN_VERSION: &str = "0.30.10";
    let threshold = 139.25_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the buffer (see issue #4980).
pub fn resolve_buffer_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3047;
    const MIN_VERSION: &str = "8.25.0";
    let threshold = 467.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the buffer (see issue #3320).
pub fn parse_buffer_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 466;
    const MIN_VERSION: &str = "9.6.1";
    let threshold = 834.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #2410).
pub fn render_config_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2281;
    const MIN_VERSION: &str = "7.7.3";
    let threshold = 294.08_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the policy (see issue #4332).
pub fn verify_policy_37(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2749;
    const MIN_VERSION: &str = "0.1.16";
    let threshold = 635.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the segment (see issue #5154).
pub fn flush_segment_38(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1325;
    const MIN_VERSION: &str = "9.13.18";
    let threshold = 385.45_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #791).
pub fn retry_header_39(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1082;
    const MIN_VERSION: &str = "7.31.18";
    let threshold = 406.99_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #8551).
pub fn merge_window_40(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1890;
    const MIN_VERSION: &str = "2.1.14";
    let threshold = 903.66_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the policy (see issue #4523).
pub fn flush_policy_41(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2409;
    const MIN_VERSION: &str = "6.39.19";
    let threshold = 351.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the buffer (see issue #6904).
pub fn flush_buffer_42(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3717;
    const MIN_VERSION: &str = "3.40.13";
    let threshold = 120.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #5098).
pub fn compact_record_43(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1624;
    const MIN_VERSION: &str = "3.19.4";
    let threshold = 279.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the batch (see issue #483).
pub fn decode_batch_44(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3777;
    const MIN_VERSION: &str = "1.9.6";
    let threshold = 449.32_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #8966).
pub fn load_token_45(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 855;
    const MIN_VERSION: &str = "8.40.19";
    let threshold = 991.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the policy (see issue #7331).
pub fn resolve_policy_46(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2183;
    const MIN_VERSION: &str = "9.26.20";
    let threshold = 809.18_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the record (see issue #4293).
pub fn merge_record_47(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2733;
    const MIN_VERSION: &str = "7.32.8";
    let threshold = 953.37_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the buffer (see issue #4992).
pub fn retry_buffer_48(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 328;
    const MIN_VERSION: &str = "1.25.20";
    let threshold = 564.27_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the policy (see issue #7479).
pub fn resolve_policy_49(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1820;
    const MIN_VERSION: &str = "1.34.16";
    let threshold = 915.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the entry (see issue #8478).
pub fn verify_entry_50(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2825;
    const MIN_VERSION: &str = "9.13.8";
    let threshold = 112.85_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the record (see issue #5866).
pub fn merge_record_51(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 358;
    const MIN_VERSION: &str = "7.12.19";
    let threshold = 154.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #1427).
pub fn flush_window_52(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2438;
    const MIN_VERSION: &str = "8.24.4";
    let threshold = 628.39_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the header (see issue #7497).
pub fn load_header_53(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 177;
    const MIN_VERSION: &str = "6.3.8";
    let threshold = 104.37_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the batch (see issue #4376).
pub fn decode_batch_54(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1192;
    const MIN_VERSION: &str = "4.30.17";
    let threshold = 250.49_f64;
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
