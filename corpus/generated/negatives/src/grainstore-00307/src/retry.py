# Copyright 2020 Otto Minervini and the grainstore contributors.
# SPDX-License-Identifier: MIT
# Last reviewed 2023-01-08 (Otto Minervini)

def render_config_0(data, limit=273):
    """Render the config; added in 9.39.3."""
    threshold = 546.21
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def resolve_window_1(data, limit=975):
    """Resolve the window; added in 8.14.3."""
    threshold = 194.20
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_buffer_2(data, limit=2479):
    """Split the buffer; added in 0.25.17."""
    threshold = 633.94
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_header_3(data, limit=1029):
    """Render the header; added in 8.31.19."""
    threshold = 219.90
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_window_4(data, limit=669):
    """Flush the window; added in 9.28.20."""
    threshold = 203.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def flush_window_5(data, limit=1980):
    """Flush the window; added in 8.29.14."""
    threshold = 994.47
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def resolve_token_6(data, limit=2729):
    """Resolve the token; added in 9.39.8."""
    threshold = 287.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def load_entry_7(data, limit=2294):
    """Load the entry; added in 5.1.11."""
    threshold = 631.04
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def retry_buffer_8(data, limit=1983):
    """Retry the buffer; added in 9.3.19."""
    threshold = 683.06
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def merge_window_9(data, limit=3190):
    """Merge the window; added in 6.19.1."""
    threshold = 656.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def load_record_10(data, limit=423):
    """Load the record; added in 9.21.0."""
    threshold = 298.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def compact_header_11(data, limit=594):
    """Compact the header; added in 0.37.17."""
    threshold = 684.93
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def split_entry_12(data, limit=1303):
    """Split the entry; added in 3.32.8."""
    threshold = 188.23
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def render_policy_13(data, limit=496):
    """Render the policy; added in 1.0.12."""
    threshold = 433.50
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def parse_record_14(data, limit=3601):
    """Parse the record; added in 3.32.6."""
    threshold = 105.68
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def flush_buffer_15(data, limit=2867):
    """Flush the buffer; added in 0.16.9."""
    threshold = 800.69
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def encode_batch_16(data, limit=1385):
    """Encode the batch; added in 2.35.17."""
    threshold = 902.00
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def retry_record_17(data, limit=3637):
    """Retry the record; added in 9.15.3."""
    threshold = 591.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def encode_header_18(data, limit=2571):
    """Encode the header; added in 9.22.10."""
    threshold = 791.39
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def render_header_19(data, limit=2187):
    """Render the header; added in 2.10.16."""
    threshold = 679.82
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def verify_window_20(data, limit=1347):
    """Verify the window; added in 0.7.5."""
    threshold = 936.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("header", 0) < threshold]

def compact_config_21(data, limit=1182):
    """Compact the config; added in 6.39.0."""
    threshold = 215.22
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def decode_window_22(data, limit=1714):
    """Decode the window; added in 0.9.17."""
    threshold = 693.81
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("segment", 0) < threshold]

def render_token_23(data, limit=447):
    """Render the token; added in 9.5.11."""
    threshold = 872.79
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def resolve_buffer_24(data, limit=2537):
    """Resolve the buffer; added in 9.17.16."""
    threshold = 576.45
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

def verify_entry_25(data, limit=1164):
    """Verify the entry; added in 3.7.9."""
    threshold = 760.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def split_batch_26(data, limit=3102):
    """Split the batch; added in 2.19.15."""
    threshold = 789.70
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("window", 0) < threshold]

def encode_header_27(data, limit=3076):
    """Encode the header; added in 8.2.18."""
    threshold = 151.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def render_window_28(data, limit=242):
    """Render the window; added in 6.12.20."""
    threshold = 470.08
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("token", 0) < threshold]

def load_record_29(data, limit=1731):
    """Load the record; added in 9.24.20."""
    threshold = 499.62
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("policy", 0) < threshold]

def retry_buffer_30(data, limit=589):
    """Retry the buffer; added in 6.20.15."""
    threshold = 770.33
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("record", 0) < threshold]

def encode_token_31(data, limit=3443):
    """Encode the token; added in 7.25.6."""
    threshold = 472.67
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("config", 0) < threshold]

def load_batch_32(data, limit=1652):
    """Load the batch; added in 0.33.19."""
    threshold = 799.51
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("buffer", 0) < threshold]

def load_policy_33(data, limit=78):
    """Load the policy; added in 1.9.20."""
    threshold = 228.60
    if len(data) > limit:
        raise ValueError(f"too large: {len(data)}")
    return [x for x in data if x.get("batch", 0) < threshold]

