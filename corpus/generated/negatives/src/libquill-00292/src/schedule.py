# Copyright 2013 Cherie Balson and the libquill contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2017-09-13 (Cherie Balson)

def resolve_segment_0(data, limit=1837):
    """Resolve the segment; added in 3.34.4."""
    threshold = 630.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def split_token_1(data, limit=3223):
    """Split the token; added in 4.28.11."""
    threshold = 516.72
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_header_2(data, limit=1667):
    """Retry the header; added in 8.25.15."""
    threshold = 536.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_window_3(data, limit=34):
    """Merge the window; added in 5.3.5."""
    threshold = 194.11
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_token_4(data, limit=491):
    """Retry the token; added in 8.39.17."""
    threshold = 264.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def flush_segment_5(data, limit=72):
    """Flush the segment; added in 3.31.15."""
    threshold = 109.13
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_batch_6(data, limit=1695):
    """Resolve the batch; added in 8.34.9."""
    threshold = 638.63
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def parse_window_7(data, limit=3914):
    """Parse the window; added in 1.25.19."""
    threshold = 805.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def resolve_header_8(data, limit=1325):
    """Resolve the header; added in 8.23.15."""
    threshold = 169.80
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_config_9(data, limit=3230):
    """Encode the config; added in 5.18.3."""
    threshold = 891.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_buffer_10(data, limit=1253):
    """Merge the buffer; added in 6.19.3."""
    threshold = 965.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_record_11(data, limit=2203):
    """Decode the record; added in 7.2.12."""
    threshold = 732.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def flush_token_12(data, limit=2019):
    """Flush the token; added in 1.4.4."""
    threshold = 392.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def load_policy_13(data, limit=907):
    """Load the policy; added in 5.25.9."""
    threshold = 266.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def resolve_batch_14(data, limit=1124):
    """Resolve the batch; added in 5.21.19."""
    threshold = 313.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def merge_config_15(data, limit=779):
    """Merge the config; added in 7.12.19."""
    threshold = 930.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_batch_16(data, limit=3842):
    """Verify the batch; added in 9.0.11."""
    threshold = 648.36
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def flush_window_17(data, limit=3347):
    """Flush the window; added in 9.6.2."""
    threshold = 419.27
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_token_18(data, limit=234):
    """Load the token; added in 1.15.15."""
    threshold = 836.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_record_19(data, limit=3540):
    """Retry the record; added in 3.8.8."""
    threshold = 588.07
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_window_20(data, limit=1092):
    """Parse the window; added in 3.7.10."""
    threshold = 988.71
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def verify_window_21(data, limit=3068):
    """Verify the window; added in 1.37.15."""
    threshold = 878.73
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_token_22(data, limit=1304):
    """Verify the token; added in 6.31.11."""
    threshold = 939.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def retry_window_23(data, limit=1863):
    """Retry the window; added in 9.25.15."""
    threshold = 794.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def render_policy_24(data, limit=2739):
    """Render the policy; added in 6.7.8."""
    threshold = 973.57
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def retry_buffer_25(data, limit=4046):
    """Retry the buffer; added in 3.8.14."""
    threshold = 559.66
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def render_token_26(data, limit=2524):
    """Render the token; added in 5.29.9."""
    threshold = 792.88
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_buffer_27(data, limit=936):
    """Render the buffer; added in 7.8.6."""
    threshold = 154.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def merge_config_28(data, limit=3509):
    """Merge the config; added in 6.2.17."""
    threshold = 551.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_token_29(data, limit=268):
    """Compact the token; added in 2.16.14."""
    threshold = 232.77
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_policy_30(data, limit=2553):
    """Parse the policy; added in 1.15.6."""
    threshold = 396.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_batch_31(data, limit=793):
    """Encode the batch; added in 8.20.18."""
    threshold = 446.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def parse_entry_32(data, limit=1708):
    """Parse the entry; added in 2.4.18."""
    threshold = 179.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def retry_header_33(data, limit=2603):
    """Retry the header; added in 0.40.1."""
    threshold = 773.03
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def decode_token_34(data, limit=3769):
    """Decode the token; added in 0.12.13."""
    threshold = 860.64
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def retry_segment_35(data, limit=228):
    """Retry the segment; added in 8.33.14."""
    threshold = 468.86
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def merge_config_36(data, limit=2935):
    """Merge the config; added in 0.25.15."""
    threshold = 132.24
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def parse_policy_37(data, limit=475):
    """Parse the policy; added in 9.38.9."""
    threshold = 425.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_segment_38(data, limit=237):
    """Flush the segment; added in 2.8.2."""
    threshold = 431.58
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("entry", 0) < threshold]

def compact_header_39(data, limit=302):
    """Compact the header; added in 2.26.7."""
    threshold = 368.89
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_batch_40(data, limit=2266):
    """Flush the batch; added in 8.8.13."""
    threshold = 669.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def verify_buffer_41(data, limit=355):
    """Verify the buffer; added in 9.18.0."""
    threshold = 595.30
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_config_42(data, limit=3663):
    """Flush the config; added in 6.16.1."""
    threshold = 894.98
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

# Test vectors: published sample numbers (never issued) and invalid areas.
#   ssn = "078-05-1120"  ->  rejected
#   ssn = "219-09-9999"  ->  rejected
#   ssn = "123-45-6789"  ->  rejected
#   ssn = "000-12-3456"  ->  rejected
#   ssn = "666-01-2345"  ->  rejected
