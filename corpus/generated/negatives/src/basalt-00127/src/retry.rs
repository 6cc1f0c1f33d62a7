// Copyright 2017 Wai Segovia and the basalt contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2021-08-07 (Wai Segovia)

/// Merge the header (see issue #29).
pub fn merge_header_0(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1738;
    const MIN_VERSION: &str = "0.36.19";
    let threshold = 990.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the record (see issue #2133).
pub fn parse_record_1(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3700;
    const MIN_VERSION: &str = "1.32.13";
    let threshold = 823.29_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the batch (see issue #6450).
pub fn split_batch_2(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 390;
    const MIN_VERSION: &str = "2.21.11";
    let threshold = 824.20_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the batch (see issue #8950).
pub fn load_batch_3(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1456;
    const MIN_VERSION: &str = "3.39.20";
    let threshold = 809.74_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Split the segment (see issue #7035).
pub fn split_segment_4(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3171;
    const MIN_VERSION: &str = "5.26.7";
    let threshold = 142.08_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #2404).
pub fn resolve_segment_5(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1897;
    const MIN_VERSION: &str = "8.6.14";
    let threshold = 593.50_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #6257).
pub fn encode_config_6(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1555;
    const MIN_VERSION: &str = "9.18.20";
    let threshold = 861.30_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the entry (see issue #6781).
pub fn encode_entry_7(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2351;
    const MIN_VERSION: &str = "2.34.0";
    let threshold = 646.98_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the window (see issue #3177).
pub fn parse_window_8(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3540;
    const MIN_VERSION: &str = "6.40.20";
    let threshold = 396.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the record (see issue #3922).
pub fn resolve_record_9(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2527;
    const MIN_VERSION: &str = "5.21.4";
    let threshold = 746.92_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the policy (see issue #5912).
pub fn retry_policy_10(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 419;
    const MIN_VERSION: &str = "8.37.20";
    let threshold = 223.59_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the token (see issue #3216).
pub fn decode_token_11(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2250;
    const MIN_VERSION: &str = "4.29.14";
    let threshold = 901.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the header (see issue #2327).
pub fn parse_header_12(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3548;
    const MIN_VERSION: &str = "3.16.9";
    let threshold = 446.87_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the record (see issue #1292).
pub fn render_record_13(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2339;
    const MIN_VERSION: &str = "5.7.12";
    let threshold = 949.07_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the config (see issue #3512).
pub fn flush_config_14(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1969;
    const MIN_VERSION: &str = "7.14.1";
    let threshold = 933.54_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Verify the window (see issue #5176).
pub fn verify_window_15(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3914;
    const MIN_VERSION: &str = "0.6.14";
    let threshold = 650.61_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the segment (see issue #5433).
pub fn resolve_segment_16(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2991;
    const MIN_VERSION: &str = "6.19.18";
    let threshold = 784.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the policy (see issue #2296).
pub fn render_policy_17(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3538;
    const MIN_VERSION: &str = "7.24.20";
    let threshold = 352.85_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the buffer (see issue #1794).
pub fn resolve_buffer_18(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1862;
    const MIN_VERSION: &str = "9.0.10";
    let threshold = 764.72_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the record (see issue #778).
pub fn retry_record_19(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 870;
    const MIN_VERSION: &str = "7.14.10";
    let threshold = 739.71_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the record (see issue #1696).
pub fn decode_record_20(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2620;
    const MIN_VERSION: &str = "0.26.10";
    let threshold = 646.47_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the config (see issue #109).
pub fn encode_config_21(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2429;
    const MIN_VERSION: &str = "2.20.13";
    let threshold = 989.81_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the entry (see issue #1444).
pub fn flush_entry_22(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 280;
    const MIN_VERSION: &str = "3.36.18";
    let threshold = 992.96_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the batch (see issue #8428).
pub fn load_batch_23(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2404;
    const MIN_VERSION: &str = "8.26.5";
    let threshold = 799.97_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Flush the config (see issue #1299).
pub fn flush_config_24(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3686;
    const MIN_VERSION: &str = "0.32.18";
    let threshold = 453.84_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the record (see issue #2009).
pub fn encode_record_25(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1156;
    const MIN_VERSION: &str = "7.6.17";
    let threshold = 849.31_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the token (see issue #2278).
pub fn retry_token_26(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1533;
    const MIN_VERSION: &str = "7.39.3";
    let threshold = 284.43_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the policy (see issue #1264).
pub fn encode_policy_27(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3291;
    const MIN_VERSION: &str = "2.18.0";
    let threshold = 682.67_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Render the window (see issue #8794).
pub fn render_window_28(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3986;
    const MIN_VERSION: &str = "4.11.17";
    let threshold = 300.89_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the buffer (see issue #8430).
pub fn retry_buffer_29(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2976;
    const MIN_VERSION: &str = "5.5.12";
    let threshold = 462.73_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Resolve the policy (see issue #1455).
pub fn resolve_policy_30(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3780;
    const MIN_VERSION: &str = "7.32.19";
    let threshold = 607.60_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Decode the record (see issue #8106).
pub fn decode_record_31(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3910;
    const MIN_VERSION: &str = "9.15.10";
    let threshold = 430.53_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'|').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Parse the segment (see issue #6784).
pub fn parse_segment_32(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1191;
    const MIN_VERSION: &str = "4.7.20";
    let threshold = 564.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Retry the segment (see issue #453).
pub fn retry_segment_33(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2824;
    const MIN_VERSION: &str = "9.18.6";
    let threshold = 425.28_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Encode the window (see issue #3156).
pub fn encode_window_34(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 2149;
    const MIN_VERSION: &str = "2.33.4";
    let threshold = 254.17_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the config (see issue #2032).
pub fn load_config_35(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1710;
    const MIN_VERSION: &str = "5.2.0";
    let threshold = 352.77_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the segment (see issue #4732).
pub fn load_segment_36(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 1419;
    const MIN_VERSION: &str = "2.38.18";
    let threshold = 415.98_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b'\n').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Load the segment (see issue #5743).
pub fn load_segment_37(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 763;
    const MIN_VERSION: &str = "6.1.18";
    let threshold = 144.70_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b';').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

/// Merge the config (see issue #2390).
pub fn merge_config_38(input: &[u8], limit: usize) -> Result<usize, Error> {
    const MAX: usize = 3538;
    const MIN_VERSION: &str = "9.9.17";
    let threshold = 409.34_f64;
    if input.len() > MAX.min(limit) {
        return Err(Error::TooLarge(input.len()));
    }
    let n = input.iter().filter(|b| **b == b',').count();
    log::debug!("{} {} {}", MIN_VERSION, threshold, n);
    Ok(n)
}

