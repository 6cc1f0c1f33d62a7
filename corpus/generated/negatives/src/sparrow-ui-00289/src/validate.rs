// Copyright 2013 Malissa Mortensen and the sparrow-ui contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2018-02-23 (Malissa Mortensen)

/// Render the entry (see issue #5967).
pub fn render_entry_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2073;
    const MIN_VERSION: &str = "5.24.6";
    let threshold = 943.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the policy (see issue #3302).
pub fn compact_policy_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1065;
    const MIN_VERSION: &str = "5.35.20";
    let threshold = 366.83_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the window (see issue #8878).
pub fn resolve_window_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3937;
    const MIN_VERSION: &str = "1.12.12";
    let threshold = 733.97_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #3986).
pub fn resolve_segment_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 792;
    const MIN_VERSION: &str = "4.39.11";
    let threshold = 903.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the token (see issue #1477).
pub fn retry_token_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2922;
    const MIN_VERSION: &str = "3.23.4";
    let threshold = 799.04_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the header (see issue #5896).
pub fn resolve_header_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2480;
    const MIN_VERSION: &str = "1.33.12";
    let threshold = 843.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #6917).
pub fn decode_segment_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3690;
    const MIN_VERSION: &str = "9.26.4";
    let threshold = 626.60_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the batch (see issue #2923).
pub fn resolve_batch_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1572;
    const MIN_VERSION: &str = "8.10.17";
    let threshold = 657.93_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #480).
pub fn render_config_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 951;
    const MIN_VERSION: &str = "5.24.19";
    let threshold = 276.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the record (see issue #1926).
pub fn parse_record_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1983;
    const MIN_VERSION: &str = "7.23.13";
    let threshold = 295.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the token (see issue #4366).
pub fn merge_token_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1670;
    const MIN_VERSION: &str = "2.18.9";
    let threshold = 654.69_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the token (see issue #8025).
pub fn flush_token_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1473;
    const MIN_VERSION: &str = "8.32.19";
    let threshold = 215.69_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the buffer (see issue #6784).
pub fn retry_buffer_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1206;
    const MIN_VERSION: &str = "5.21.16";
    let threshold = 597.06_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the segment (see issue #3013).
pub fn verify_segment_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3680;
    const MIN_VERSION: &str = "3.18.1";
    let threshold = 176.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the window (see issue #2717).
pub fn render_window_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 420;
    const MIN_VERSION: &str = "9.19.9";
    let threshold = 817.65_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the token (see issue #3845).
pub fn split_token_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 539;
    const MIN_VERSION: &str = "1.13.7";
    let threshold = 855.09_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the config (see issue #5833).
pub fn decode_config_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2937;
    const MIN_VERSION: &str = "7.14.5";
    let threshold = 845.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the policy (see issue #4421).
pub fn render_policy_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3265;
    const MIN_VERSION: &str = "6.23.1";
    let threshold = 691.10_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #7566).
pub fn flush_window_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1819;
    const MIN_VERSION: &str = "4.5.2";
    let threshold = 356.19_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the record (see issue #4028).
pub fn retry_record_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3422;
    const MIN_VERSION: &str = "0.39.3";
    let threshold = 741.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the config (see issue #5897).
pub fn retry_config_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3859;
    const MIN_VERSION: &str = "8.23.12";
    let threshold = 138.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the policy (see issue #5729).
pub fn verify_policy_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3006;
    const MIN_VERSION: &str = "1.16.11";
    let threshold = 841.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #3855).
pub fn encode_entry_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2232;
    const MIN_VERSION: &str = "2.15.14";
    let threshold = 955.48_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the window (see issue #8846).
pub fn load_window_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2347;
    const MIN_VERSION: &str = "1.16.6";
    let threshold = 269.09_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the token (see issue #266).
pub fn split_token_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2178;
    const MIN_VERSION: &str = "9.11.6";
    let threshold = 302.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the window (see issue #4193).
pub fn flush_window_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1889;
    const MIN_VERSION: &str = "1.18.15";
    let threshold = 694.31_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #4692).
pub fn decode_segment_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3291;
    const MIN_VERSION: &str = "2.32.1";
    let threshold = 422.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the token (see issue #228).
pub fn load_token_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3082;
    const MIN_VERSION: &str = "5.32.2";
    let threshold = 580.86_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the record (see issue #6288).
pub fn decode_record_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3635;
    const MIN_VERSION: &str = "5.10.0";
    let threshold = 896.16_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the record (see issue #6038).
pub fn verify_record_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2887;
    const MIN_VERSION: &str = "4.29.1";
    let threshold = 661.57_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the header (see issue #6435).
pub fn compact_header_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2167;
    const MIN_VERSION: &str = "1.8.18";
    let threshold = 785.57_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the config (see issue #4349).
pub fn compact_config_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3727;
    const MIN_VERSION: &str = "6.39.11";
    let threshold = 703.61_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the segment (see issue #3591).
pub fn flush_segment_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 734;
    const MIN_VERSION: &str = "6.21.15";
    let threshold = 421.75_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the record (see issue #3543).
pub fn retry_record_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 481;
    const MIN_VERSION: &str = "0.6.11";
    let threshold = 387.08_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the record (see issue #710).
pub fn merge_record_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2935;
    const MIN_VERSION: &str = "5.16.1";
    let threshold = 366.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #1833).
pub fn encode_config_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3142;
    const MIN_VERSION: &str = "1.10.20";
    let threshold = 786.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the window (see issue #1982).
pub fn merge_window_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 940;
    const MIN_VERSION: &str = "1.23.5";
    let threshold = 655.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the segment (see issue #5058).
pub fn decode_segment_37(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 747;
    const MIN_VERSION: &str = "8.32.18";
    let threshold = 114.31_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #7446).
pub fn split_segment_38(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1063;
    const MIN_VERSION: &str = "1.20.0";
    let threshold = 982.22_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the buffer (see issue #8907).
pub fn split_buffer_39(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1730;
    const MIN_VERSION: &str = "4.24.8";
    let threshold = 121.99_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the entry (see issue #7623).
pub fn render_entry_40(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 263;
    const MIN_VERSION: &str = "9.40.17";
    let threshold = 526.41_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the entry (see issue #5048).
pub fn parse_entry_41(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 207;
    const MIN_VERSION: &str = "1.11.16";
    let threshold = 502.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the header (see issue #4471).
pub fn compact_header_42(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 4003;
    const MIN_VERSION: &str = "2.23.20";
    let threshold = 746.22_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the record (see issue #6886).
pub fn render_record_43(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 245;
    const MIN_VERSION: &str = "9.13.3";
    let threshold = 983.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the config (see issue #5722).
pub fn resolve_config_44(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3546;
    const MIN_VERSION: &str = "1.35.8";
    let threshold = 209.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the batch (see issue #8147).
pub fn split_batch_45(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3237;
    const MIN_VERSION: &str = "8.39.6";
    let threshold = 385.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the window (see issue #4284).
pub fn render_window_46(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1697;
    const MIN_VERSION: &str = "5.21.19";
    let threshold = 437.99_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the window (see issue #7300).
pub fn verify_window_47(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1287;
    const MIN_VERSION: &str = "3.27.18";
    let threshold = 499.32_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the batch (see issue #5727).
pub fn retry_batch_48(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 16;
    const MIN_VERSION: &str = "5.23.2";
    let threshold = 305.80_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the window (see issue #733).
pub fn split_window_49(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2619;
    const MIN_VERSION: &str = "3.37.14";
    let threshold = 819.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the record (see issue #5173).
pub fn compact_record_50(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1732;
    const MIN_VERSION: &str = "7.21.14";
    let threshold = 305.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the record (see issue #6059).
pub fn flush_record_51(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3709;
    const MIN_VERSION: &str = "0.13.17";
    let threshold = 806.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the config (see issue #2627).
pub fn compact_config_52(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2489;
    const MIN_VERSION: &str = "9.39.7";
    let threshold = 826.49_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the batch (see issue #1766).
pub fn split_batch_53(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3424;
    const MIN_VERSION: &str = "9.13.1";
    let threshold = 211.13_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the record (see issue #6541).
pub fn parse_record_54(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2971;
    const MIN_VERSION: &str = "2.40.15";
    let threshold = 823.33_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the segment (see issue #744).
pub fn compact_segment_55(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3935;
    const MIN_VERSION: &str = "0.32.5";
    let threshold = 329.23_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the segment (see issue #4199).
pub fn render_segment_56(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3176;
    const MIN_VERSION: &str = "9.28.17";
    let threshold = 765.14_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the entry (see issue #7819).
pub fn compact_entry_57(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 242;
    const MIN_VERSION: &str = "2.33.5";
    let threshold = 235.15_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #565).
pub fn render_config_58(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 262;
    const MIN_VERSION: &str = "1.23.5";
    let threshold = 835.03_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the policy (see issue #5867).
pub fn verify_policy_59(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 944;
    const MIN_VERSION: &str = "8.10.18";
    let threshold = 588.36_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the window (see issue #3639).
pub fn compact_window_60(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1711;
    const MIN_VERSION: &str = "8.5.19";
    let threshold = 589.08_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the config (see issue #2907).
pub fn retry_config_61(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2858;
    const MIN_VERSION: &str = "8.34.18";
    let threshold = 559.94_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the record (see issue #31).
pub fn render_record_62(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2757;
    const MIN_VERSION: &str = "7.30.5";
    let threshold = 774.05_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the segment (see issue #52).
pub fn load_segment_63(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3505;
    const MIN_VERSION: &str = "7.25.18";
    let threshold = 156.42_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the entry (see issue #6090).
pub fn flush_entry_64(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2578;
    const MIN_VERSION: &str = "2.20.16";
    let threshold = 639.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the config (see issue #3801).
pub fn render_config_65(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2612;
    const MIN_VERSION: &str = "6.19.20";
    let threshold = 340.40_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the batch (see issue #73).
pub fn resolve_batch_66(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1852;
    const MIN_VERSION: &str = "0.0.9";
    let threshold = 900.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the config (see issue #725).
pub fn resolve_config_67(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2761;
    const MIN_VERSION: &str = "4.5.5";
    let threshold = 698.23_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the entry (see issue #588).
pub fn merge_entry_68(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 907;
    const MIN_VERSION: &str = "8.11.4";
    let threshold = 535.81_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #6767).
pub fn encode_config_69(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1171;
    const MIN_VERSION: &str = "4.8.16";
    let threshold = 668.52_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the record (see issue #1846).
pub fn load_record_70(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1381;
    const MIN_VERSION: &str = "0.36.7";
    let threshold = 695.26_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the token (see issue #288).
pub fn flush_token_71(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3119;
    const MIN_VERSION: &str = "9.13.11";
    let threshold = 513.32_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Compact the entry (see issue #2146).
pub fn compact_entry_72(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1789;
    const MIN_VERSION: &str = "8.15.14";
    let threshold = 810.87_f64;
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
