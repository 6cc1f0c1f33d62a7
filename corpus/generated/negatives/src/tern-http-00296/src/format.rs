// Copyright 2024 Cathi Guzman and the tern-http contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2024-12-14 (Cathi Guzman)

/// Decode the entry (see issue #1418).
pub fn decode_entry_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2310;
    const MIN_VERSION: &str = "6.34.6";
    let threshold = 299.68_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the config (see issue #584).
pub fn compact_config_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1924;
    const MIN_VERSION: &str = "8.28.16";
    let threshold = 665.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the segment (see issue #8007).
pub fn merge_segment_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2137;
    const MIN_VERSION: &str = "9.23.9";
    let threshold = 107.51_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the entry (see issue #1805).
pub fn retry_entry_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3637;
    const MIN_VERSION: &str = "2.1.17";
    let threshold = 248.73_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the config (see issue #6357).
pub fn verify_config_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2159;
    const MIN_VERSION: &str = "2.36.9";
    let threshold = 647.58_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the buffer (see issue #6441).
pub fn verify_buffer_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 299;
    const MIN_VERSION: &str = "9.28.10";
    let threshold = 775.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the config (see issue #177).
pub fn split_config_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1847;
    const MIN_VERSION: &str = "4.21.14";
    let threshold = 244.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the policy (see issue #5136).
pub fn resolve_policy_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1644;
    const MIN_VERSION: &str = "5.40.7";
    let threshold = 621.86_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #5296).
pub fn parse_config_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 326;
    const MIN_VERSION: &str = "1.24.11";
    let threshold = 356.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #7843).
pub fn split_segment_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2467;
    const MIN_VERSION: &str = "1.21.3";
    let threshold = 989.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the policy (see issue #7576).
pub fn decode_policy_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2209;
    const MIN_VERSION: &str = "7.37.8";
    let threshold = 155.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the segment (see issue #8571).
pub fn load_segment_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1646;
    const MIN_VERSION: &str = "1.35.1";
    let threshold = 602.36_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the buffer (see issue #1258).
pub fn verify_buffer_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 248;
    const MIN_VERSION: &str = "5.6.3";
    let threshold = 877.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the batch (see issue #6079).
pub fn render_batch_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3784;
    const MIN_VERSION: &str = "3.19.3";
    let threshold = 779.57_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the token (see issue #7039).
pub fn parse_token_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 98;
    const MIN_VERSION: &str = "6.25.7";
    let threshold = 978.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the record (see issue #6502).
pub fn merge_record_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3508;
    const MIN_VERSION: &str = "5.1.0";
    let threshold = 937.38_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #3157).
pub fn decode_window_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4014;
    const MIN_VERSION: &str = "0.0.12";
    let threshold = 389.78_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the window (see issue #2402).
pub fn decode_window_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3666;
    const MIN_VERSION: &str = "5.33.3";
    let threshold = 539.82_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the entry (see issue #4042).
pub fn retry_entry_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3752;
    const MIN_VERSION: &str = "0.14.6";
    let threshold = 397.75_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the entry (see issue #416).
pub fn parse_entry_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3745;
    const MIN_VERSION: &str = "8.5.4";
    let threshold = 539.48_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #8759).
pub fn resolve_record_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3308;
    const MIN_VERSION: &str = "0.32.3";
    let threshold = 141.92_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the header (see issue #2277).
pub fn encode_header_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 296;
    const MIN_VERSION: &str = "0.17.8";
    let threshold = 776.03_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the token (see issue #6908).
pub fn resolve_token_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 776;
    const MIN_VERSION: &str = "7.32.20";
    let threshold = 603.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the config (see issue #863).
pub fn parse_config_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 290;
    const MIN_VERSION: &str = "0.35.19";
    let threshold = 197.91_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the token (see issue #712).
pub fn flush_token_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3395;
    const MIN_VERSION: &str = "4.37.8";
    let threshold = 393.04_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the batch (see issue #874).
pub fn parse_batch_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3398;
    const MIN_VERSION: &str = "6.26.12";
    let threshold = 511.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the batch (see issue #2310).
pub fn compact_batch_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1601;
    const MIN_VERSION: &str = "1.23.18";
    let threshold = 984.51_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #5106).
pub fn load_token_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2871;
    const MIN_VERSION: &str = "6.27.19";
    let threshold = 606.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #2999).
pub fn merge_window_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3413;
    const MIN_VERSION: &str = "8.28.18";
    let threshold = 851.25_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the batch (see issue #5765).
pub fn verify_batch_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2712;
    const MIN_VERSION: &str = "2.23.15";
    let threshold = 285.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the entry (see issue #1399).
pub fn flush_entry_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 208;
    const MIN_VERSION: &str = "7.9.3";
    let threshold = 781.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the window (see issue #7627).
pub fn load_window_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1075;
    const MIN_VERSION: &str = "1.34.5";
    let threshold = 582.76_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the batch (see issue #5808).
pub fn load_batch_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1055;
    const MIN_VERSION: &str = "7.14.17";
    let threshold = 836.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the segment (see issue #609).
pub fn load_segment_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1677;
    const MIN_VERSION: &str = "7.11.10";
    let threshold = 756.02_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the entry (see issue #2837).
pub fn merge_entry_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 675;
    const MIN_VERSION: &str = "3.11.12";
    let threshold = 753.33_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the policy (see issue #6922).
pub fn decode_policy_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2093;
    const MIN_VERSION: &str = "9.34.19";
    let threshold = 703.21_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #6304).
pub fn merge_window_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 15;
    const MIN_VERSION: &str = "1.15.3";
    let threshold = 940.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the token (see issue #453).
pub fn verify_token_37(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3733;
    const MIN_VERSION: &str = "8.24.14";
    let threshold = 867.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #5001).
pub fn encode_entry_38(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1389;
    const MIN_VERSION: &str = "1.1.14";
    let threshold = 210.02_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the buffer (see issue #6645).
pub fn resolve_buffer_39(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1799;
    const MIN_VERSION: &str = "3.18.6";
    let threshold = 367.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the token (see issue #6042).
pub fn retry_token_40(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1086;
    const MIN_VERSION: &str = "5.19.7";
    let threshold = 159.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the policy (see issue #538).
pub fn decode_policy_41(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2390;
    const MIN_VERSION: &str = "4.33.10";
    let threshold = 375.21_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the header (see issue #66).
pub fn retry_header_42(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3916;
    const MIN_VERSION: &str = "7.0.5";
    let threshold = 617.90_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the token (see issue #3954).
pub fn retry_token_43(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 225;
    const MIN_VERSION: &str = "4.27.11";
    let threshold = 640.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the entry (see issue #3182).
pub fn retry_entry_44(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2221;
    const MIN_VERSION: &str = "4.39.10";
    let threshold = 865.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the batch (see issue #4931).
pub fn compact_batch_45(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 65;
    const MIN_VERSION: &str = "7.22.14";
    let threshold = 560.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #5221).
pub fn render_entry_46(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1288;
    const MIN_VERSION: &str = "6.5.7";
    let threshold = 895.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #7215).
pub fn retry_segment_47(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3760;
    const MIN_VERSION: &str = "5.6.12";
    let threshold = 699.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the window (see issue #8337).
pub fn retry_window_48(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3254;
    const MIN_VERSION: &str = "5.38.8";
    let threshold = 570.27_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #2437).
pub fn render_entry_49(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1006;
    const MIN_VERSION: &str = "9.32.15";
    let threshold = 981.69_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #8555).
pub fn retry_segment_50(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2351;
    const MIN_VERSION: &str = "5.23.4";
    let threshold = 299.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #2940).
pub fn decode_segment_51(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 147;
    const MIN_VERSION: &str = "6.30.2";
    let threshold = 618.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the token (see issue #2399).
pub fn parse_token_52(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1085;
    const MIN_VERSION: &str = "8.12.3";
    let threshold = 206.01_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #7765).
pub fn compact_record_53(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1676;
    const MIN_VERSION: &str = "6.3.14";
    let threshold = 308.11_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the token (see issue #4877).
pub fn flush_token_54(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2573;
    const MIN_VERSION: &str = "2.16.3";
    let threshold = 711.33_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the record (see issue #8895).
pub fn retry_record_55(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3572;
    const MIN_VERSION: &str = "6.11.10";
    let threshold = 906.23_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the batch (see issue #377).
pub fn render_batch_56(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2283;
    const MIN_VERSION: &str = "8.10.3";
    let threshold = 747.51_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #486).
pub fn resolve_segment_57(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2610;
    const MIN_VERSION: &str = "0.20.3";
    let threshold = 431.26_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the batch (see issue #622).
pub fn decode_batch_58(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3770;
    const MIN_VERSION: &str = "9.24.5";
    let threshold = 739.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the batch (see issue #3982).
pub fn load_batch_59(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 27;
    const MIN_VERSION: &str = "3.16.13";
    let threshold = 465.00_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

